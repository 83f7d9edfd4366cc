import { renderToBuffer } from '@react-pdf/renderer';
import { boleto80mmDocument } from './boleto-80mm';
import { boletoA4Document } from './boleto-a4';
import { registerPdfFonts } from './fonts';
import { assertBoletoImprimivel } from './integrity';
import type { BoletoDocumentData, BoletoLayout } from './types';
import { boletoView } from './view-model';

/**
 * The boleto as a PDF, a plain function of domain data (kiosk route, staff pages, jobs). Refuses — throws
 * DomainError BOLETO_INCONSISTENTE (or PIX_INCONSISTENTE) — anything that does not pass the integrity rules:
 * a wrong barcode sends money to the wrong place.
 */
export async function renderBoletoPdf(data: BoletoDocumentData, layout: BoletoLayout): Promise<Buffer> {
  assertBoletoImprimivel(data);
  registerPdfFonts();
  const view = boletoView(data);
  const title = `Boleto ${view.faturaCodigo}`;
  const doc = layout === 'a4' ? boletoA4Document(view, title) : boleto80mmDocument(view, title);
  return renderToBuffer(doc);
}
