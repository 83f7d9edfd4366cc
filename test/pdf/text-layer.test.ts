import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOLETO_LAYOUTS, renderBoletoPdf } from '@/lib/pdf';
import { demoCases, type Case } from './fixtures';
import { pdfFonts, pdfText, requireTools, scratchDir } from './tools';

/**
 * The text layer of one PDF per layout, as pdftotext reads it: a layout or wording change shows up as a
 * diff of these files (update with `npx vitest run test/pdf -u` after checking the new PDF by eye).
 * Fatura 70021 has everything: ERP Pix with an expiry, CNPJ payer, a due date ahead of TODAY.
 */
let dir = '';
let sample: Case | undefined;

beforeAll(async () => {
  requireTools();
  dir = scratchDir();
  sample = (await demoCases()).printable.find((c) => c.data.fatura.id === '70021');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('boleto text layer', () => {
  for (const layout of BOLETO_LAYOUTS) {
    it(`${layout} matches its snapshot`, async () => {
      expect(sample).toBeDefined();
      if (!sample) return;
      const text = await pdfText(await renderBoletoPdf(sample.data, layout), dir, `text-${layout}`);
      // The payer's receipt shows the CNPJ masked; only the A4 ficha de compensação, which banks require to
      // carry it, has the full one (the 80 mm receipt is not a ficha).
      expect(text).toContain('11.222.***/****-81');
      const full = text.split('11.222.333/0001-81').length - 1;
      expect(full).toBe(layout === 'a4' ? 1 : 0);
      await expect(text).toMatchFileSnapshot(`./__snapshots__/boleto-${layout}.txt`);
    });
  }

  for (const layout of BOLETO_LAYOUTS) {
    it(`${layout} uses only the shipped fonts, all embedded (no standard-font fallback)`, async () => {
      if (!sample) throw new Error('fatura 70021 ausente');
      const fonts = await pdfFonts(await renderBoletoPdf(sample.data, layout), dir, `fonts-${layout}`);
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
        'IBMPlexMono-Bold',
        'IBMPlexSans-Bold',
        'IBMPlexSans-Regular',
      ]);
      expect(fonts.every((f) => f.embedded)).toBe(true);
    });
  }
});
