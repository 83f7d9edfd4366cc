import JsBarcode from 'jsbarcode';

/** Interleaved 2 of 5 over 44 digits, wide:narrow 3:1: 4 (start) + 22 pairs × 18 + 5 (stop) modules. */
export const ITF_MODULES = 405;
const START = '1010';
const STOP = '11101';

/** The shape jsbarcode's object renderer leaves on its target: `encodings[].data` as '1'/'0' modules. */
function modulesFrom(target: { encodings?: unknown }): string | null {
  if (!Array.isArray(target.encodings)) return null;
  let out = '';
  for (const e of target.encodings as unknown[]) {
    if (typeof e !== 'object' || e === null || !('data' in e) || typeof e.data !== 'string') return null;
    out += e.data;
  }
  return out;
}

/**
 * The boleto barcode as bar modules ('1' bar, '0' space), no check character, no quiet zone: exactly 405
 * modules, to be drawn at ≈ 0.254 mm per module (103 mm). Encoded by jsbarcode (`format: 'ITF'`; `ITF14`
 * refuses 44 digits) with a plain object as target, which needs no DOM or canvas.
 * Throws RangeError unless given 44 digits; throws Error if jsbarcode's output is not a well-formed ITF.
 */
export function itfModules(codigoBarras: string): string {
  if (!/^\d{44}$/.test(codigoBarras)) throw new RangeError('código de barras deve ter 44 dígitos');
  const target: { encodings?: unknown } = {};
  let valid = false;
  JsBarcode(target, codigoBarras, {
    format: 'ITF',
    displayValue: false,
    margin: 0,
    valid: (v) => {
      valid = v;
    },
  });
  const modules = modulesFrom(target);
  if (!valid || modules === null || modules.length !== ITF_MODULES) {
    throw new Error(`jsbarcode não gerou um ITF de ${ITF_MODULES} módulos`);
  }
  if (!modules.startsWith(START) || !modules.endsWith(STOP)) {
    throw new Error('jsbarcode gerou um ITF sem os padrões de início e fim');
  }
  return modules;
}
