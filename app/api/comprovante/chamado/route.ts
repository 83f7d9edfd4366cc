import { DomainError } from '@/lib/domain/errors';
import { comprovanteChamadoPdf } from '@/lib/services/comprovantes';
import { getKioskSession } from '@/lib/session/kiosk';
import { errorResponse, pdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/comprovante/chamado?c=<confirmation key> — the printed receipt of the ticket that confirmation
 * opened in this session. A key from another session, or one that opened nothing, answers JSON in pt-BR.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    return pdfResponse(await comprovanteChamadoPdf(session, new URL(request.url).searchParams.get('c')));
  } catch (error) {
    return errorResponse(error, 'comprovante-chamado');
  }
}
