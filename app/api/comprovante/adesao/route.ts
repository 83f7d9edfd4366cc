import { DomainError } from '@/lib/domain/errors';
import { comprovanteAdesaoPdf } from '@/lib/services/comprovantes';
import { currentKioskId } from '@/lib/session/kiosk-cookie';
import { errorResponse, pdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/comprovante/adesao?c=<confirmation key>&t=novo|existente — the printed receipt of the sign-up that
 * key sent from this totem. A key from another totem, or one that sent nothing, answers JSON in pt-BR.
 */
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const alvo = params.get('t') === 'existente' ? 'existente' : 'novo';
    const token = params.get('c');
    if (!token) throw new DomainError('CONFIRMACAO_INVALIDA');
    return pdfResponse(await comprovanteAdesaoPdf(await currentKioskId(), alvo, token));
  } catch (error) {
    return errorResponse(error, 'comprovante-adesao');
  }
}
