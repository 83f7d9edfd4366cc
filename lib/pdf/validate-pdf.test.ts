import { describe, expect, it } from 'vitest';
import { validatePdfBytes } from './validate-pdf';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const code = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as { code?: string }).code ?? 'outro';
  }
};

describe('validatePdfBytes', () => {
  const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

  it('passes a whole PDF and cuts leading junk off', () => {
    expect(Buffer.from(validatePdfBytes(bytes(pdf), 1000)).toString('latin1')).toBe(pdf);
    expect(Buffer.from(validatePdfBytes(bytes(`\ufeff\n\n${pdf}`), 1000)).toString('latin1')).toBe(pdf);
  });

  it.each([
    ['empty', ''],
    ['an HTML error page', '<!doctype html><html><body>Erro 500</body></html>'],
    ['a JSON envelope', '{"erro":"boleto não encontrado"}'],
    ['a truncated download', '%PDF-1.4\n1 0 obj<<>>endobj\nstream\n'],
  ])('refuses %s', (_, body) => {
    expect(code(() => validatePdfBytes(bytes(body), 1000))).toBe('PDF_INVALIDO');
  });

  it('refuses a PDF above the size limit', () => {
    expect(code(() => validatePdfBytes(bytes(pdf), 10))).toBe('PDF_INVALIDO');
  });
});
