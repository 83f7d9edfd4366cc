import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBoletoPdf } from '@/lib/pdf';
import { demoCases, type Case } from './fixtures';
import { pdfPageSizeMm, pdfText, pdfWords, rasterizePgm, requireTools, scratchDir } from './tools';

/**
 * The printed boleto as a bank teller and a bank's reader expect it (issue #11): an exact A4 sheet with the
 * ficha de compensação at its foot, the ficha's fields, "(=) Valor cobrado" left blank, and an 80 mm receipt
 * that says it is not a ficha. Fatura 70012 (Maria) is overdue: the updated value differs from the face value.
 */
let dir = '';
let overdue: Case | undefined;

beforeAll(async () => {
  requireTools();
  dir = scratchDir();
  overdue = (await demoCases()).printable.find((c) => c.data.fatura.id === '70012');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function sample(): Case {
  if (!overdue) throw new Error('fatura 70012 ausente');
  return overdue;
}

describe('A4 boleto', () => {
  it('is exactly 210 × 297 mm, one page', async () => {
    const pdf = await renderBoletoPdf(sample().data, 'a4');
    const [w, h] = await pdfPageSizeMm(pdf, dir, 'a4-size');
    expect(w).toBeCloseTo(210, 1);
    expect(h).toBeCloseTo(297, 1);
  });

  it('has the ficha at the foot: 95–108 mm tall, barcode centre ≥ 12 mm above the bottom edge', async () => {
    const pdf = await renderBoletoPdf(sample().data, 'a4');
    const words = await pdfWords(pdf, dir, 'a4-words');
    // The ficha starts with its header row: the bank's name ("Itaú") beside its code and the linha digitável.
    const header = words.find((w) => w.text === 'Itaú');
    expect(header).toBeDefined();
    const fichaMm = 297 - (header?.yMm ?? 0);
    expect(fichaMm).toBeGreaterThanOrEqual(95);
    expect(fichaMm).toBeLessThanOrEqual(108);
    // Nothing is printed below the barcode: the lowest inked row is its bottom; it is 13 mm tall.
    const img = await rasterizePgm(pdf, 300, dir, 'a4-bottom');
    let last = 0;
    for (let y = 0; y < img.height; y++) {
      const row = img.pixels.subarray(y * img.width, (y + 1) * img.width);
      if (row.some((p) => p < 128)) last = y;
    }
    const bottomMm = ((img.height - 1 - last) / 300) * 25.4;
    expect(bottomMm + 13 / 2).toBeGreaterThanOrEqual(12);
    expect(bottomMm).toBeLessThan(20);
  });

  it("the ficha holds what a teller expects, with the payer's full document; the receipt stays masked", async () => {
    const pdf = await renderBoletoPdf(sample().data, 'a4');
    const text = await pdfText(pdf, dir, 'a4-text');
    for (const label of [
      'Local de pagamento',
      'Agência / Código do beneficiário',
      'Nosso número',
      'Nº do documento',
      'Espécie doc.',
      'Aceite',
      'Data do processamento',
      'Carteira',
      'Espécie',
      '(=) Valor do documento',
      '(−) Desconto / Abatimento',
      '(+) Mora / Multa',
      '(=) Valor cobrado',
      'Instruções',
      'Sacador / Avalista',
    ])
      expect(text, label).toContain(label);
    // Itaú's campo livre: carteira 109, nosso número with its DAC, agência 2345 / conta 67890-0.
    expect(text).toContain('109/00070012-1');
    expect(text).toContain('2345 / 67890-0');
    expect(text).toMatch(/Aceite[\s\S]*\bN\b/);
    expect(text).toContain('Maria Aparecida da Silva · 529.982.247-25');
    expect(text).toContain('Maria Aparecida da Silva · 529.***.***-25');
    // The demo wallet's terms, as banks print them (issue #9).
    expect(text).toContain('Após o vencimento, cobrar multa de 2,00% e juros de mora de 0,033% ao dia');
  });

  it('"(=) Valor cobrado" is blank for the teller; the ficha\'s boxes hold the document value and the charges', async () => {
    const pdf = await renderBoletoPdf(sample().data, 'a4');
    const words = await pdfWords(pdf, dir, 'a4-values');
    const fichaTop = words.find((w) => w.text === 'Itaú')?.yMm ?? 0;
    const label = words.filter((w) => w.text === 'cobrado').at(-1);
    expect(label).toBeDefined();
    // Nothing is written in the box under the label (5 mm), on its side of the ficha.
    const inBox = words.filter(
      (w) =>
        w.yMm > (label?.bottomMm ?? 0) &&
        w.yMm < (label?.bottomMm ?? 0) + 3.5 &&
        w.xMm > 210 - 10 - 48 &&
        w.text !== '',
    );
    expect(inBox.map((w) => w.text)).toEqual([]);
    // The ficha's boxes: the document's value (the barcode's) and the charges; R$ 102,30 (99,90 + multa + juros)
    // is the receipt's "valor a pagar hoje", and in the ficha only inside the instructions' text, never in a box.
    const side = (w: { xMm: number }) => w.xMm > 210 - 10 - 48;
    expect(words.some((w) => w.text === '99,90' && w.yMm > fichaTop && side(w))).toBe(true);
    expect(words.some((w) => w.text === '2,40' && w.yMm > fichaTop && side(w))).toBe(true);
    expect(words.filter((w) => w.text === '102,30' && w.yMm < fichaTop).length).toBeGreaterThan(0);
    expect(words.some((w) => w.text === '102,30' && w.yMm > fichaTop && side(w))).toBe(false);
  });
});

describe('80 mm receipt', () => {
  it('says it is not a ficha de compensação and where it is payable', async () => {
    const pdf = await renderBoletoPdf(sample().data, '80mm');
    const text = (await pdfText(pdf, dir, '80-text')).replace(/\s+/g, ' ');
    expect(text).toContain('não é a ficha de compensação');
    expect(text).toContain('Pagável em apps e lotéricas pelo código de barras');
    expect(text).toContain('529.***.***-25');
    expect(text).not.toContain('529.982.247-25');
  });
});
