import 'server-only';
import { getConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { getErp } from '@/lib/erp/registry';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { getFaturaDoCliente } from '@/lib/services/faturas';
import type { KioskSession } from '@/lib/session/kiosk';
import { boletoDocumentData } from './document-data';
import { getPdfDoBanco } from './pdf-do-banco';
import { renderBoletoPdfInPool } from './render-pool';
import type { BoletoLayout } from './types';

/**
 * Boleto PDFs for the kiosk session's customer. The fatura is looked up with the session's document only
 * (never one from the request), so a PDF is served only for that customer's own faturas. The desk passes the
 * document of the customer it is serving (from its sealed reference, after the role check).
 */

async function faturaDaSessao(
  session: Pick<KioskSession, 'documento'>,
  faturaId: string,
): Promise<FaturaAvaliada> {
  const avaliada = await getFaturaDoCliente(session, faturaId);
  if (!avaliada) throw new DomainError('FATURA_NAO_ENCONTRADA');
  return avaliada;
}

export interface PdfFile {
  bytes: Uint8Array;
  filename: string;
}

function filenameFor(avaliada: FaturaAvaliada, suffix = ''): string {
  const code = (avaliada.fatura.codeFatura ?? avaliada.fatura.id).replace(/[^\w.-]/g, '_');
  return `boleto-${code}${suffix}.pdf`;
}

/** The boleto rendered by the totem; BOLETO_INCONSISTENTE when the integrity gate refuses it. */
export async function boletoPdfDaSessao(
  session: Pick<KioskSession, 'documento'>,
  faturaId: string,
  layout: BoletoLayout = getConfig().boleto.layout,
): Promise<PdfFile> {
  const avaliada = await faturaDaSessao(session, faturaId);
  const { business, boleto } = getConfig();
  const data = {
    ...boletoDocumentData(avaliada, {
      nome: business.name,
      cnpj: business.cnpj,
      endereco: business.address,
    }),
    printerDpi: boleto.printerDpi,
  };
  return { bytes: await renderBoletoPdfInPool(data, layout), filename: filenameFor(avaliada) };
}

/** The ERP's own PDF of the session customer's fatura, validated. */
export async function pdfDoBancoDaSessao(
  session: Pick<KioskSession, 'documento'>,
  faturaId: string,
): Promise<PdfFile> {
  const avaliada = await faturaDaSessao(session, faturaId);
  // The ERP's PDF of a boleto the gate refused would carry the same wrong barcode; only a missing linha
  // digitável falls back to it.
  if (!avaliada.boleto.ok && !avaliada.boleto.semLinha) {
    throw new DomainError('BOLETO_INCONSISTENTE', {
      details: `PDF do banco recusado: ${avaliada.boleto.motivo}`,
    });
  }
  const bytes = await getPdfDoBanco(avaliada.fatura, {
    erp: getErp(),
    maxBytes: getConfig().boleto.pdfMaxBytes,
  });
  return { bytes, filename: filenameFor(avaliada, '-banco') };
}
