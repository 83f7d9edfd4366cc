import { DomainError } from '@/lib/domain/errors';
import { BOLETO_LAYOUTS, type BoletoLayout } from '@/lib/pdf';
import { boletoPdfDaSessao } from '@/lib/pdf/server';
import { getKioskSession } from '@/lib/session/kiosk';
import { errorResponse, gatedPdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/boleto/:faturaId[?layout=a4|80mm] — the boleto PDF of one of the session customer's faturas,
 * rendered by the totem (layout from BOLETO_LAYOUT unless asked). Integrity gate failures, unknown
 * faturas and a missing session answer JSON in pt-BR, never a PDF.
 */
export const dynamic = 'force-dynamic';

function layoutFrom(url: string): BoletoLayout | undefined {
  const asked = new URL(url).searchParams.get('layout');
  return BOLETO_LAYOUTS.find((l) => l === asked);
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    const { id } = await params;
    return await gatedPdfResponse(session.sid, () => boletoPdfDaSessao(session, id, layoutFrom(request.url)));
  } catch (error) {
    return errorResponse(error, 'boleto');
  }
}
