import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBoletoPdf } from '@/lib/pdf';
import { demoCases, type Case } from './fixtures';
import { pdfText, rasterize, requireTools, scratchDir, zbar } from './tools';

/**
 * The ficha de compensação as a bank teller reads it (issue #9, #11 "a boleto a bank teller accepts"), proved on
 * the printed PDF: the text pdftotext extracts, and the barcode zbarimg decodes. "(=) Valor do documento" is the
 * value the barcode encodes; the adjustment boxes are filled only when they add up to the amount the screen shows,
 * and "(=) Valor cobrado" stays the teller's; the payer's address and the wallet's terms are printed when known.
 */
let dir = '';
let cases: Case[] = [];

beforeAll(async () => {
  requireTools();
  dir = scratchDir();
  cases = (await demoCases()).printable;
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const S = '[\\s\\u00a0]+';
/** A ficha box as pdftotext lays it out: its label, then its value on the same line. */
const box = (label: string, value: string) =>
  new RegExp(`${label.replace(/[()+/]/g, '\\$&')}${S}${value.replace(/[$]/g, '\\$&').replace(/ /g, S)}`);
const emptyBox = (label: string) => new RegExp(`${label.replace(/[()+/]/g, '\\$&')}[ \\u00a0]*\\n`);
/** A label-above-value cell: the amount at the end of the line under the label's last occurrence (the ficha's). */
function below(text: string, label: string): string {
  const lines = text.split('\n');
  const i = lines.findLastIndex((l) => l.includes(label));
  return (/R\$[\s\u00a0]*[\d.,]+\s*$/.exec(lines[i + 1] ?? '')?.[0] ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function demo(id: string): Case {
  const c = cases.find((x) => x.data.fatura.id === id);
  if (!c) throw new Error(`fatura ${id} ausente`);
  return c;
}

/** The value (centavos) a 44-digit barcode decoded by zbarimg carries: positions 10–19. */
async function valorLido(pdf: Buffer, name: string): Promise<number> {
  const png = await rasterize(pdf, 300, dir, name);
  const [itf] = await zbar(png, 'i25');
  const digits = (itf ?? '').replace('I2/5:', '');
  expect(digits).toHaveLength(44);
  return Number(digits.slice(9, 19));
}

describe('ficha de compensação: value boxes, payer address, late-payment instructions', () => {
  it("overdue with juros and multa known: (+) Mora / Multa adds up to the screen; the barcode = Valor do documento; Valor cobrado is the teller's", async () => {
    const { data } = demo('70012');
    expect(data.fatura).toMatchObject({ valorInicial: 9990, juros: 40, multa: 200, valorFinal: 10230 });
    const pdf = await renderBoletoPdf(data, 'a4');
    const text = await pdfText(pdf, dir, 'ficha-70012');
    expect(below(text, '(=) Valor do documento')).toBe('R$ 99,90');
    expect(text).toMatch(box('(+) Mora / Multa', 'R$ 2,40'));
    expect(text).toMatch(emptyBox('(=) Valor cobrado'));
    expect(text).toMatch(emptyBox('(−) Desconto / Abatimento'));
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /Total para pagamento em 22\/11\/2026, com os valores acima: R\$ 102,30/,
    );
    expect(text).toMatch(emptyBox('(+) Outros acréscimos'));
    // The receipt shows the same amount due today.
    expect(below(text, '(=) Valor a pagar hoje')).toBe('R$ 102,30');
    expect(await valorLido(pdf, 'ficha-70012')).toBe(9990);
  }, 60_000);

  it('a higher amount due without a split (http-contract): (+) Outros acréscimos, and the receipt says "Acréscimos", not juros R$ 0,00', async () => {
    const { data } = demo('70012');
    const fatura = { ...data.fatura, valorFinal: 10207, juros: 0, multa: 0 };
    const pdf = await renderBoletoPdf({ ...data, fatura, pix: null }, 'a4');
    const text = await pdfText(pdf, dir, 'ficha-acrescimos');
    expect(text).toMatch(box('(+) Outros acréscimos', 'R$ 2,17'));
    expect(text).toMatch(emptyBox('(=) Valor cobrado'));
    expect(below(text, '(=) Valor a pagar hoje')).toBe('R$ 102,07');
    expect(text).toMatch(emptyBox('(+) Mora / Multa'));
    expect(text).toContain('(+) Acréscimos (multa e juros)');
    expect(text).not.toContain('(+) Juros / mora');
    expect(await valorLido(pdf, 'ficha-acrescimos')).toBe(9990);
  }, 60_000);

  it('the 80 mm receipt (not a ficha) shows the same: "Acréscimos" when the ERP gave no split, and today\'s amount', async () => {
    const { data } = demo('70012');
    const fatura = { ...data.fatura, valorFinal: 10207, juros: 0, multa: 0 };
    const text = await pdfText(
      await renderBoletoPdf({ ...data, fatura, pix: null }, '80mm'),
      dir,
      'recibo-80',
    );
    expect(text).toMatch(box('(+) Acréscimos (multa e juros)', 'R$ 2,17'));
    expect(text).toMatch(box('(=) Valor a pagar hoje', 'R$ 102,07'));
    expect(text).not.toContain('(+) Juros / mora');
  }, 60_000);

  it('charges unknown (IXC wallet unreadable): the boxes stay blank and the instructions say the bank adds them', async () => {
    const { data } = demo('70012');
    const fatura = { ...data.fatura, valorFinal: 9990, juros: 0, multa: 0, encargosDesconhecidos: true };
    const text = await pdfText(
      await renderBoletoPdf({ ...data, fatura, pix: null }, 'a4'),
      dir,
      'ficha-desconhecidos',
    );
    expect(text).toMatch(emptyBox('(+) Mora / Multa'));
    expect(text).toMatch(emptyBox('(=) Valor cobrado'));
    expect(text.replace(/\s+/g, ' ')).toContain('o banco acrescenta a multa e os juros');
  }, 60_000);

  it('not overdue: nothing filled for the teller; the address and the real terms are printed', async () => {
    const { data } = demo('70021');
    const text = await pdfText(await renderBoletoPdf(data, 'a4'), dir, 'ficha-70021');
    expect(text).toMatch(emptyBox('(=) Valor cobrado'));
    expect(text).toContain('Rua da Assembleia, 10 - Centro - Rio de Janeiro/RJ - CEP 20040-002');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Após o vencimento, cobrar multa de 2,00% e juros de mora de 0,033% ao dia (1,00% ao mês).',
    );
    expect(text).not.toContain('conforme o contrato');
  }, 60_000);

  it('no address from the ERP: the line is left out cleanly, never "undefined"', async () => {
    const { data } = demo('70031');
    expect(data.fatura.enderecoPagador ?? null).toBeNull();
    const text = await pdfText(await renderBoletoPdf(data, 'a4'), dir, 'ficha-70031');
    expect(text).toMatch(/Oficina Alfa Ltda · 12\.ABC\.345\/01DE-35\s*\n\s*Sacador \/ Avalista/);
    expect(text).not.toMatch(/undefined|null|NaN/);
  }, 60_000);
});
