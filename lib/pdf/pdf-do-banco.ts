import { DomainError } from '@/lib/domain/errors';
import type { Fatura } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { createHttpClient } from '@/lib/http';
import { validatePdfBytes } from './validate-pdf';

/**
 * "PDF do banco": the boleto as the ERP itself renders it, either through the contract's "Pegar pdf de um
 * boleto" function (adapter `getBoletoPdf`, base64 decoded by the adapter) or by fetching the fatura's
 * `link_boleto` on the server (the kiosk browser never talks to the ERP). Whatever comes back is checked to
 * be a whole PDF within the size limit before it is sent to the printer.
 */

export interface PdfDoBancoDeps {
  erp: ErpAdapter;
  maxBytes: number;
  /** Tests: replace the download of `link_boleto`. */
  fetchLink?: (url: string, maxBytes: number) => Promise<Uint8Array>;
}

function linkBoleto(fatura: Fatura): string | null {
  const link = fatura.linkBoleto?.trim();
  if (!link || !/^https?:\/\//i.test(link) || !URL.canParse(link)) return null;
  return link;
}

/** Whether the ERP can hand over its own PDF of this fatura's boleto. */
export function temPdfDoBanco(fatura: Fatura, erp: ErpAdapter): boolean {
  return (erp.capabilities.has('boletoPdf') && Boolean(fatura.remoteId)) || linkBoleto(fatura) !== null;
}

/**
 * Whether the ERP's PDF may be offered for an evaluated fatura: when its boleto passed the integrity gate, or
 * when there is no linha digitável to check at all (the fallback). Never when the linha digitável
 * contradicts the fatura: the ERP's PDF would carry the same wrong barcode.
 */
export function pdfDoBancoPermitido(avaliada: FaturaAvaliada, erp: ErpAdapter): boolean {
  return (avaliada.boleto.ok || avaliada.boleto.semLinha) && temPdfDoBanco(avaliada.fatura, erp);
}

async function downloadLink(url: string, maxBytes: number): Promise<Uint8Array> {
  const { origin } = new URL(url);
  const http = createHttpClient({
    upstream: `link_boleto:${origin}`,
    baseUrl: origin,
    timeoutMs: 8_000,
    retries: 1,
    // One byte over the limit is enough to know it is too big.
    maxBodyBytes: maxBytes + 1,
  });
  const r = await http.bytes({ method: 'GET', path: url, operation: 'link_boleto' });
  return r.bytes;
}

/**
 * The ERP's PDF for a fatura the caller has already checked belongs to the session's customer.
 *
 * Order, per the 004 contract ("link_boleto = url do boleto (usa a função 'Pegar pdf de um boleto' se estiver
 * vazio)"): the fatura's `link_boleto` first, the function when the link is empty — and either way the other
 * source when the first one fails (a 404 from the function for a fatura whose link works must not tell the
 * customer the fatura does not exist).
 *
 * Throws FUNCAO_INDISPONIVEL when the ERP offers none, PDF_INVALIDO when what came back is not a PDF, and the
 * last source's DomainError (timeouts, outages) when every source failed.
 */
export async function getPdfDoBanco(fatura: Fatura, deps: PdfDoBancoDeps): Promise<Uint8Array> {
  const { erp, maxBytes } = deps;
  const sources: (() => Promise<Uint8Array>)[] = [];
  const link = linkBoleto(fatura);
  if (link) sources.push(() => (deps.fetchLink ?? downloadLink)(link, maxBytes));
  const remoteId = fatura.remoteId;
  const getBoletoPdf = erp.getBoletoPdf;
  if (erp.capabilities.has('boletoPdf') && getBoletoPdf && remoteId) {
    sources.push(() => getBoletoPdf(remoteId));
  }
  if (sources.length === 0) {
    throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'o ERP não fornece o PDF deste boleto' });
  }
  let lastError: unknown = null;
  for (const source of sources) {
    try {
      return validatePdfBytes(await source(), maxBytes);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
