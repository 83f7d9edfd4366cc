import 'server-only';
import { getConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import type { NotaFiscal } from '@/lib/domain/types';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import type { PdfFile } from '@/lib/pdf/server';
import { validatePdfBytes } from '@/lib/pdf/validate-pdf';
import type { KioskSession } from '@/lib/session/kiosk';

/**
 * Notas fiscais of the session's customer. A PDF is served only for a nota in that customer's own list, and
 * only when the ERP's bytes are a whole PDF within BOLETO_PDF_MAX_BYTES (the same check as the bank boleto).
 */
export function notasDisponiveis(): { lista: boolean; pdf: boolean } {
  const erp = getErp();
  return {
    lista: erp.capabilities.has('notasFiscais') && typeof erp.listNotasFiscais === 'function',
    pdf: erp.capabilities.has('notaFiscalPdf') && typeof erp.getNotaFiscalPdf === 'function',
  };
}

/** The customer's notas, newest first: a kiosk session, or the desk's customer (only the document is used). */
export async function notasDoCliente(session: Pick<KioskSession, 'documento'>): Promise<NotaFiscal[]> {
  const erp = getErp();
  if (!notasDisponiveis().lista || !erp.listNotasFiscais) throw new DomainError('FUNCAO_INDISPONIVEL');
  const notas = await runWithCorrelationId(newCorrelationId(), () =>
    erp.listNotasFiscais?.(session.documento),
  );
  // Newest first: the one a customer usually comes for.
  return [...(notas ?? [])].sort(
    (a, b) => (b.emissao ?? '').localeCompare(a.emissao ?? '') || b.numero.localeCompare(a.numero),
  );
}

export async function notaPdfDaSessao(
  session: Pick<KioskSession, 'documento'>,
  notaId: string,
): Promise<PdfFile> {
  const erp = getErp();
  if (!notasDisponiveis().pdf || !erp.getNotaFiscalPdf) throw new DomainError('FUNCAO_INDISPONIVEL');
  if (!/^[\w.-]{1,64}$/.test(notaId)) throw new DomainError('NOTA_NAO_ENCONTRADA');
  const nota = (await notasDoCliente(session)).find((n) => n.id === notaId);
  if (!nota) throw new DomainError('NOTA_NAO_ENCONTRADA', { details: `nota ${notaId} não é do cliente` });
  const bytes = await runWithCorrelationId(newCorrelationId(), () =>
    erp.getNotaFiscalPdf?.(session.documento, notaId),
  );
  if (!bytes) throw new DomainError('FUNCAO_INDISPONIVEL');
  return {
    bytes: validatePdfBytes(bytes, getConfig().boleto.pdfMaxBytes),
    filename: `nota-fiscal-${nota.numero.replace(/[^\w.-]/g, '_')}.pdf`,
  };
}
