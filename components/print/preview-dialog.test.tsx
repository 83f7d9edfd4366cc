import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PreviewDialog } from './preview-dialog';

const noop = () => {};

describe('PreviewDialog title', () => {
  it('names what it shows: a nota fiscal is not called a boleto', () => {
    const nota = renderToStaticMarkup(
      <PreviewDialog src="/x/nota.pdf" filename="nota-000123.pdf" kind="notaFiscal" onClose={noop} />,
    );
    expect(nota).toContain('aria-label="Nota fiscal em PDF"');
    expect(nota).toMatch(/data-testid="preview-title"[^>]*>Nota fiscal em PDF</);
    expect(nota).not.toContain('Boleto');
  });

  it('a boleto and the bank’s own boleto each say so', () => {
    const boleto = renderToStaticMarkup(
      <PreviewDialog src="/x/pdf" filename="boleto.pdf" kind="boleto" onClose={noop} />,
    );
    expect(boleto).toMatch(/data-testid="preview-title"[^>]*>Boleto em PDF</);
    const banco = renderToStaticMarkup(
      <PreviewDialog src="/x/banco" filename="boleto.pdf" kind="boletoBanco" onClose={noop} />,
    );
    expect(banco).toMatch(/data-testid="preview-title"[^>]*>Boleto do banco em PDF</);
  });
});
