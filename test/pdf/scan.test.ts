import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOLETO_LAYOUTS, renderBoletoPdf } from '@/lib/pdf';
import { measureItf } from './bars';
import { demoCases, vectorCase, VECTORS, type Case } from './fixtures';
import { pdfPages, rasterize, rasterizeMono, rasterizePgm, requireTools, scratchDir, zbar } from './tools';

/**
 * Proof that what the totem prints scans (BOLETO-PIX.md §8): every printable demo fatura and every published
 * vector, in both layouts, rasterised at 300 dpi (office printers) and 203 dpi (thermal printers), decoded by
 * zbarimg with one symbology enabled at a time. One ITF and one QR per page, so zbar cannot merge symbols.
 */
const DPIS = [300, 203] as const;

let dir = '';
let cases: Case[] = [];

beforeAll(async () => {
  requireTools();
  dir = scratchDir();
  cases = [...(await demoCases()).printable, ...VECTORS.map(vectorCase)];
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('boleto PDFs scan with an independent decoder', () => {
  it('covers the demo faturas and all published vectors, bancário and arrecadação', async () => {
    const names = cases.map((c) => c.name);
    expect(names.filter((n) => n.startsWith('demo-')).length).toBeGreaterThanOrEqual(5);
    expect(names.filter((n) => n.includes('bancario')).length).toBe(5);
    expect(names.filter((n) => n.includes('arrecadacao')).length).toBe(3);
  });

  for (const layout of BOLETO_LAYOUTS) {
    it(`${layout}: ITF → exactly the 44 digits, QR → exactly the Pix payload, at 300 and 203 dpi`, async () => {
      const failures: string[] = [];
      // Cases run in parallel: pdftoppm and zbarimg are separate processes.
      await Promise.all(
        cases.map(async ({ name, data }) => {
          const pdf = await renderBoletoPdf(data, layout);
          const pages = await pdfPages(pdf, dir, `${name}-${layout}`);
          if (pages !== 1) failures.push(`${name} ${layout}: ${pages} páginas`);
          for (const dpi of DPIS) {
            const png = await rasterize(pdf, dpi, dir, `${name}-${layout}`);
            const itf = await zbar(png, 'i25');
            const want = `I2/5:${data.boleto.codigoBarras}`;
            if (itf.length !== 1 || itf[0] !== want)
              failures.push(`${name} ${layout} ${dpi}dpi ITF: ${itf.join(' | ')}`);
            const qr = await zbar(png, 'qrcode');
            const wantQr = data.pix ? [`QR-Code:${data.pix.payload}`] : [];
            if (JSON.stringify(qr) !== JSON.stringify(wantQr)) {
              failures.push(`${name} ${layout} ${dpi}dpi QR: ${qr.join(' | ')}`);
            }
          }
        }),
      );
      expect(failures).toEqual([]);
    }, 180_000);
  }

  for (const layout of BOLETO_LAYOUTS) {
    it(`${layout}: a 1-bit raster at a thermal printer's 203 dpi (pdftoppm -mono, as a driver makes it) still decodes`, async () => {
      const failures: string[] = [];
      await Promise.all(
        cases.map(async ({ name, data }) => {
          // The printer's resolution is configured (BOLETO_PRINTER_DPI): modules are snapped to whole dots.
          const pdf = await renderBoletoPdf({ ...data, printerDpi: 203 }, layout);
          const pbm = await rasterizeMono(pdf, 203, dir, `${name}-${layout}-thermal`);
          const itf = await zbar(pbm, 'i25');
          if (itf.length !== 1 || itf[0] !== `I2/5:${data.boleto.codigoBarras}`)
            failures.push(`${name} ${layout} ITF: ${itf.join(' | ') || 'nada lido'}`);
          const qr = await zbar(pbm, 'qrcode');
          const wantQr = data.pix ? [`QR-Code:${data.pix.payload}`] : [];
          if (JSON.stringify(qr) !== JSON.stringify(wantQr))
            failures.push(`${name} ${layout} QR: ${qr.join(' | ') || 'nada lido'}`);
        }),
      );
      expect(failures).toEqual([]);
    }, 180_000);

    it(`${layout}: at 203 dpi a module is 2 whole dots (0.250 mm), the 1-bit bars exactly 2 and 6 dots`, async () => {
      const { data } = vectorCase(VECTORS[0], 0);
      const pdf = await renderBoletoPdf({ ...data, printerDpi: 203 }, layout);
      const m = measureItf(
        await rasterizePgm(pdf, 203, dir, `dots-${layout}`),
        203,
        data.boleto.codigoBarras,
      );
      expect(m).not.toBeNull();
      if (!m) return;
      const dot = 25.4 / 203;
      expect(m.narrowBarMm / dot).toBeCloseTo(2, 1);
      expect(m.wideBarMm / dot).toBeCloseTo(6, 1);
      expect(m.lengthMm).toBeCloseTo(405 * 2 * dot - 0, 0);
      expect(m.quietBeforeMm).toBeGreaterThanOrEqual(5);
      expect(m.quietAfterMm).toBeGreaterThanOrEqual(5);
    });
  }

  for (const layout of BOLETO_LAYOUTS) {
    it(`${layout}: bars at FEBRABAN size (≈103 × 13 mm, narrow ≈0.254 mm, 3:1, quiet zones ≥ 5 mm)`, async () => {
      const { data } = vectorCase(VECTORS[0], 0);
      const pdf = await renderBoletoPdf(data, layout);
      const m = measureItf(
        await rasterizePgm(pdf, 300, dir, `geometry-${layout}`),
        300,
        data.boleto.codigoBarras,
      );
      expect(m).not.toBeNull();
      if (!m) return;
      expect(m.vertical).toBe(layout === '80mm');
      expect(m.lengthMm).toBeGreaterThan(102.5);
      expect(m.lengthMm).toBeLessThan(103.3);
      expect(m.heightMm).toBeGreaterThan(12.7);
      expect(m.heightMm).toBeLessThan(13.3);
      expect(m.narrowBarMm).toBeGreaterThan(0.2);
      expect(m.narrowBarMm).toBeLessThan(0.31);
      expect(m.wideBarMm / m.narrowBarMm).toBeGreaterThan(2.6);
      expect(m.wideBarMm / m.narrowBarMm).toBeLessThan(3.4);
      expect(m.quietBeforeMm).toBeGreaterThanOrEqual(5);
      expect(m.quietAfterMm).toBeGreaterThanOrEqual(5);
    });
  }
});
