import 'server-only';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import type { Documento } from '@/lib/domain/types';
import { errorResponse, gatedPdfResponse } from '@/lib/pdf/responses';
import { boletoPdfDaSessao, pdfDoBancoDaSessao, type PdfFile } from '@/lib/pdf/server';
import { notaPdfDaSessao } from '@/lib/services/notas';
import { getStore } from '@/lib/store';
import { hashToken, staffActor } from './auth';
import { openCustomerRef } from './customer-ref';
import { requireStaffRoute } from './guard';

type DeskPdfKind = 'boleto' | 'banco' | 'nota';

const ACTION: Record<DeskPdfKind, string> = {
  boleto: 'desk.boleto.pdf',
  banco: 'desk.boleto.pdf_banco',
  nota: 'desk.nota.pdf',
};

function render(kind: DeskPdfKind, documento: Documento, id: string): Promise<PdfFile> {
  if (kind === 'boleto') return boletoPdfDaSessao({ documento }, id);
  if (kind === 'banco') return pdfDoBancoDaSessao({ documento }, id);
  // The ERP's nota PDF, only for a nota in this customer's list, checked to be a whole PDF (lib/services/notas).
  return notaPdfDaSessao({ documento }, id);
}

/**
 * The desk's PDFs (boleto, the bank's boleto, nota fiscal): the same PDFs and the same checks as the kiosk, for the customer the desk
 * page is about (sealed reference), after the role check; every download is audited with the staff user.
 * Renders go through the kiosk's PDF gate (lib/services/render-gate, issue #8): at most PDF_PER_SESSION in the
 * making per desk session and PDF_IN_FLIGHT for the whole server, desk and totems together.
 */
function deskGateKey(token: string): string {
  // Its own namespace: a desk session can never share a kiosk session's count.
  return `balcao:${hashToken(token)}`;
}

export async function deskPdf(
  kind: DeskPdfKind,
  request: Request,
  params: Promise<{ ref: string; id: string }>,
): Promise<Response> {
  const access = await requireStaffRoute('atendente', kind === 'nota' ? 'nota.pdf' : `fatura.${kind}`);
  if (!access.ok) return access.response;
  const { ref, id } = await params;
  const documento = await openCustomerRef(ref);
  const store = await getStore();
  const actor = staffActor(access.ctx.user);
  const action = ACTION[kind];
  const which = kind === 'nota' ? 'nota' : 'fatura';
  const download = new URL(request.url).searchParams.get('download') === '1';
  try {
    if (!documento) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
    const response = await gatedPdfResponse(deskGateKey(access.ctx.token), () => render(kind, documento, id));
    await store.audit.append({
      actor,
      action,
      documento,
      result: 'ok',
      details: { [which]: id, baixar: download },
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
      details: { [which]: id, codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO' },
    });
    return errorResponse(error, `balcao-${kind}`);
  }
}
