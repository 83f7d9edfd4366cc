import { DomainError } from '@/lib/domain/errors';
import { pdfDoBancoDaSessao } from '@/lib/pdf/server';
import { getKioskSession } from '@/lib/session/kiosk';
import { errorResponse, gatedPdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/boleto/:faturaId/banco — "PDF do banco": the ERP's own boleto PDF for one of the session
 * customer's faturas, checked to be a whole PDF within BOLETO_PDF_MAX_BYTES before it is sent.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    const { id } = await params;
    return await gatedPdfResponse(session.sid, () => pdfDoBancoDaSessao(session, id));
  } catch (error) {
    return errorResponse(error, 'boleto-banco');
  }
}
