import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { FONT_MONO, FONT_SANS, registerPdfFonts } from './fonts';
import { BANCOS, PDF_TEXTS, SEGMENTOS } from './texts';
import { woffToSfnt } from './woff';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function')
    return [String((value as (s: string) => string)('01/02/2026 R$ 1.234,56'))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

async function missingGlyphs(fontFamily: string, fontWeight: number, text: string): Promise<string[]> {
  registerPdfFonts();
  const source = Font.getFont({ fontFamily, fontWeight });
  await source.load();
  const font = source.data;
  if (!font) throw new Error(`fonte ${fontFamily} ${fontWeight} não carregou`);
  return [...new Set(text)].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0));
}

describe('shipped PDF fonts', () => {
  it('refuses what is not a WOFF 1.0 file', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not even close to 44 bytes long'))).toThrow(
      /WOFF/,
    );
  });

  it('have a glyph for every character the boleto prints (no tofu boxes on paper)', async () => {
    const text =
      strings(PDF_TEXTS).join('') +
      strings(BANCOS).join('') +
      strings(SEGMENTOS).join('') +
      'ÁÉÍÓÚÂÊÔÃÕÇáéíóúâêôãõçÀà ***.-/·\u00a0';
    expect(await missingGlyphs(FONT_SANS, 400, text)).toEqual([]);
    expect(await missingGlyphs(FONT_SANS, 700, text)).toEqual([]);
    const code = '0123456789.- ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz*@:/';
    expect(await missingGlyphs(FONT_MONO, 700, code)).toEqual([]);
  });

  it('draw a line break inside a paragraph with the space glyph (no Helvetica fallback run)', async () => {
    registerPdfFonts();
    for (const [fontFamily, fontWeight] of [
      [FONT_SANS, 400],
      [FONT_SANS, 700],
      [FONT_MONO, 700],
    ] as const) {
      const source = Font.getFont({ fontFamily, fontWeight });
      await source.load();
      const font = source.data;
      if (!font) throw new Error(`fonte ${fontFamily} ${fontWeight} não carregou`);
      expect(font.hasGlyphForCodePoint(0x0a)).toBe(true);
      expect(font.glyphForCodePoint(0x0a).id).toBe(font.glyphForCodePoint(0x20).id);
      // The rest of the mapping is intact.
      expect(font.glyphForCodePoint(0x41).id).not.toBe(font.glyphForCodePoint(0x20).id);
    }
  });
});
