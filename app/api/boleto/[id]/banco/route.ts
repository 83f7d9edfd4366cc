import { DomainError } from '@/lib/domain/errors';
import { pdfDoBancoDaSessao } from '@/lib/pdf/server';
import { auditKioskDocument } from '@/lib/services/kiosk-audit';
import { getKioskSession, type KioskSession } from '@/lib/session/kiosk';
import { errorResponse, gatedPdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/boleto/:faturaId/banco — "PDF do banco": the ERP's own boleto PDF for one of the session
 * customer's faturas, checked to be a whole PDF within BOLETO_PDF_MAX_BYTES before it is sent.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  let session: KioskSession | null = null;
  let id = '';
  try {
    session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    ({ id } = await params);
    const open = session;
    const response = await gatedPdfResponse(open.sid, () => pdfDoBancoDaSessao(open, id));
    await auditKioskDocument(session, 'kiosk.boleto.banco', id, response);
    return response;
  } catch (error) {
    await auditKioskDocument(session, 'kiosk.boleto.banco', id, error);
    return errorResponse(error, 'boleto-banco');
  }
}
