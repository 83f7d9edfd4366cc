import { DomainError } from '@/lib/domain/errors';
import { notaPdfDaSessao } from '@/lib/services/notas';
import { getKioskSession } from '@/lib/session/kiosk';
import { errorResponse, pdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/nota-fiscal/:notaId — the ERP's PDF of one of the session customer's notas fiscais, checked to be a
 * whole PDF before it is sent; anything else answers JSON in pt-BR.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    const { id } = await params;
    return pdfResponse(await notaPdfDaSessao(session, decodeURIComponent(id)));
  } catch (error) {
    return errorResponse(error, 'nota-fiscal');
  }
}
