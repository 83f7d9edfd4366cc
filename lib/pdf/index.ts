/**
 * Boleto documents (ARCHITECTURE.md "Printing"): @react-pdf/renderer, vector ITF bars at FEBRABAN size and a
 * vector Pix QR, A4 ficha or 80 mm receipt, fonts shipped with the app.
 *
 * Not marked `server-only` on purpose: it reads no environment, session or secret, and must also run in
 * plain Node (tests, the benchmark, future staff jobs); `server-only` throws outside the React server
 * condition, and @react-pdf/renderer does not run under that condition. It is only ever imported by route
 * handlers and server code (@react-pdf/renderer is in serverExternalPackages).
 */
export { renderBoletoPdf } from './render-boleto';
export { boletoDocumentData } from './document-data';
export { assertBoletoImprimivel } from './integrity';
export { BOLETO_LAYOUTS, type Beneficiario, type BoletoDocumentData, type BoletoLayout } from './types';
export { ITF_HEIGHT_MM, ITF_LENGTH_MM, ITF_MODULE_MM, ITF_QUIET_MM } from './barcode';
