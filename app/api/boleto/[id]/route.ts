import { DomainError } from '@/lib/domain/errors';
import { BOLETO_LAYOUTS, type BoletoLayout } from '@/lib/pdf';
import { boletoPdfDaSessao } from '@/lib/pdf/server';
import { auditKioskDocument } from '@/lib/services/kiosk-audit';
import { getKioskSession, type KioskSession } from '@/lib/session/kiosk';
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
  let session: KioskSession | null = null;
  let id = '';
  try {
    session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    ({ id } = await params);
    const open = session;
    const response = await gatedPdfResponse(open.sid, () =>
      boletoPdfDaSessao(open, id, layoutFrom(request.url)),
    );
    await auditKioskDocument(session, 'kiosk.boleto.pdf', id, response);
    return response;
  } catch (error) {
    await auditKioskDocument(session, 'kiosk.boleto.pdf', id, error);
    return errorResponse(error, 'boleto');
  }
}
