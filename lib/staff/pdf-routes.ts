import 'server-only';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import { errorResponse, gatedPdfResponse } from '@/lib/pdf/responses';
import { boletoPdfDaSessao, pdfDoBancoDaSessao } from '@/lib/pdf/server';
import { getStore } from '@/lib/store';
import { hashToken, staffActor } from './auth';
import { openCustomerRef } from './customer-ref';
import { requireStaffRoute } from './guard';

/**
 * The desk's boleto PDFs: the same PDFs and the same integrity gate as the kiosk, for the customer the desk
 * page is about (sealed reference), after the role check; every download is audited with the staff user.
 * Renders go through the kiosk's PDF gate (lib/services/render-gate, issue #8): at most PDF_PER_SESSION in the
 * making per desk session and PDF_IN_FLIGHT for the whole server, desk and totems together.
 */
function deskGateKey(token: string): string {
  // Its own namespace: a desk session can never share a kiosk session's count.
  return `balcao:${hashToken(token)}`;
}

export async function deskPdf(
  kind: 'boleto' | 'banco',
  request: Request,
  params: Promise<{ ref: string; id: string }>,
): Promise<Response> {
  const access = await requireStaffRoute('atendente', `fatura.${kind}`);
  if (!access.ok) return access.response;
  const { ref, id } = await params;
  const documento = await openCustomerRef(ref);
  const store = await getStore();
  const actor = staffActor(access.ctx.user);
  const action = kind === 'boleto' ? 'desk.boleto.pdf' : 'desk.boleto.pdf_banco';
  const download = new URL(request.url).searchParams.get('download') === '1';
  try {
    if (!documento) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
    const response = await gatedPdfResponse(deskGateKey(access.ctx.token), () =>
      kind === 'boleto' ? boletoPdfDaSessao({ documento }, id) : pdfDoBancoDaSessao({ documento }, id),
    );
    await store.audit.append({
      actor,
      action,
      documento,
      result: 'ok',
      details: { fatura: id, baixar: download },
    });
    const disposition = response.headers.get('Content-Disposition') ?? '';
    if (download) response.headers.set('Content-Disposition', disposition.replace(/^inline/, 'attachment'));
    return response;
  } catch (error) {
    await store.audit.append({
      actor,
      action,
      ...(documento ? { documento } : {}),
      result: isDomainError(error) && !error.retryable && error.code !== 'ERRO_INTERNO' ? 'recusado' : 'erro',
      details: { fatura: id, codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO' },
    });
    return errorResponse(error, `balcao-${kind}`);
  }
}
