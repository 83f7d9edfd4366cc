/**
 * Boleto bancário (47/44) and arrecadação (48/44): parse and validate every DV, convert, format, build, and
 * the ITF bar pattern. Pure: `today` is always a parameter.
 *
 * Delegated: the ITF bar encoding to jsbarcode (plain-object target, no DOM), checked for 405 modules and
 * its start/stop patterns.
 * Written here, not taken from @brazilian-utils/brazilian-utils (used only as a cross-check in tests): its
 * `getBoletoInfo` takes a `Date` read in the local time zone, falls back to the *nearest* candidate when no
 * fator date is in the FEBRABAN window (we must answer "unknown"), reports a reference quantity (value
 * identifier 7/9) as an amount, only says valid/invalid (we need the reason), does not read a bancário
 * barcode, and has no builder. The mod-10/mod-11 rules are a few lines each.
 */
export { buildBoletoArrecadacao, type BoletoArrecadacaoParts, type IdentificadorValor } from './arrecadacao';
export { buildBoletoBancario, type BoletoBancarioParts } from './bancario';
export { codigoBarrasFromLinha, linhaFromCodigoBarras } from './convert';
export { dateFromFator, fatorFromDate } from './fator';
export { formatLinhaDigitavel } from './format';
export { ITF_MODULES, itfModules } from './itf';
export { parseCodigoBarras, parseLinhaDigitavel } from './parse';
export {
  BOLETO_ERRO_MENSAGENS,
  type BoletoErro,
  type BoletoInfo,
  type BoletoResult,
  type BoletoTipo,
} from './types';
