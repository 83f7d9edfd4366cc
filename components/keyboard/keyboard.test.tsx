import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Keyboard } from './keyboard';
import { KeyboardField } from './keyboard-field';

const noop = () => {};

describe('Keyboard (server-rendered markup)', () => {
  it('renders one button per key of the initial layer, with data-key and spoken labels', () => {
    const html = renderToStaticMarkup(
      <Keyboard layout="email" value="" onChange={noop} maxLength={80} fieldLabel="E-mail" />,
    );
    expect(html).toContain('aria-label="Teclado para E-mail"');
    for (const key of ['@', '.com', '.com.br', 'backspace', 'clear', 'q', '0']) {
      expect(html).toContain(`data-key="${key}"`);
    }
    expect(html).toContain('aria-label="Apagar"');
    expect(html).not.toContain('<input');
  });

  it('shows capital letters where the next letter will be capital', () => {
    const empty = renderToStaticMarkup(
      <Keyboard layout="texto" value="" onChange={noop} maxLength={80} fieldLabel="Bairro" />,
    );
    expect(empty).toMatch(/data-key="a"[^>]*>A</);
    const middle = renderToStaticMarkup(
      <Keyboard layout="texto" value="Ce" onChange={noop} maxLength={80} fieldLabel="Bairro" />,
    );
    expect(middle).toMatch(/data-key="a"[^>]*>a</);
  });
});

describe('KeyboardField', () => {
  it('is read-only with inputmode=none (no system keyboard) and ties its error to the input', () => {
    const html = renderToStaticMarkup(
      <KeyboardField id="email" label="E-mail" value="x" active onActivate={noop} error="E-mail inválido." />,
    );
    expect(html).toContain('readOnly=""');
    expect(html).toContain('inputMode="none"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-erro"');
    expect(html).toMatch(/id="email-erro"[^>]*>E-mail inválido\.</);
  });
});
