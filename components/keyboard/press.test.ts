import { describe, expect, it } from 'vitest';
import { KEYBOARD_LAYOUTS, keyId, type KeyDef, type KeyboardLayoutId } from './layouts';
import { initialState, press, type KeyboardState } from './press';

const texto = KEYBOARD_LAYOUTS.texto;
const email = KEYBOARD_LAYOUTS.email;

function typeKeys(layoutId: KeyboardLayoutId, keys: KeyDef[], maxLength = 60, start = ''): KeyboardState {
  const layout = KEYBOARD_LAYOUTS[layoutId];
  let state = initialState(layout, start);
  for (const key of keys) state = press(state, key, { layout, maxLength });
  return state;
}

const c = (value: string): KeyDef => ({ kind: 'char', value });
const word = (s: string): KeyDef[] => [...s].map((ch) => (ch === ' ' ? { kind: 'space' } : c(ch)));

function allKeys(layoutId: KeyboardLayoutId): KeyDef[] {
  return Object.values(KEYBOARD_LAYOUTS[layoutId].layers).flat(2);
}

describe('keyboard layouts', () => {
  it('the text keyboard has every pt-BR accented letter and ç', () => {
    const values = allKeys('texto').flatMap((k) => (k.kind === 'char' ? [k.value] : []));
    for (const ch of 'áâãàéêíóôõúç') expect(values).toContain(ch);
  });

  it('the e-mail keyboard has @ . _ - and the .com / .com.br keys, and no space', () => {
    const ids = allKeys('email').map(keyId);
    for (const id of ['@', '.', '_', '-', '.com', '.com.br']) expect(ids).toContain(id);
    expect(ids).not.toContain('space');
  });

  it('the numeric keypad offers digits only (plus apagar / limpar)', () => {
    const chars = allKeys('numerico').flatMap((k) => (k.kind === 'char' ? [k.value] : []));
    expect(chars.sort().join('')).toBe('0123456789');
  });

  it('no layer repeats a key (data-key must find exactly one button)', () => {
    for (const layout of Object.values(KEYBOARD_LAYOUTS)) {
      for (const rows of Object.values(layout.layers)) {
        const ids = rows.flat().map(keyId);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });

  it('every layer switch leads to a layer that exists', () => {
    for (const layout of Object.values(KEYBOARD_LAYOUTS)) {
      for (const key of Object.values(layout.layers).flat(2)) {
        if (key.kind === 'layer') expect(Object.keys(layout.layers)).toContain(key.to);
      }
    }
  });
});

describe('press', () => {
  it('capitalises the first letter of each word on the text keyboard', () => {
    expect(typeKeys('texto', word('rua são joão')).value).toBe('Rua São João');
  });

  it('shift pressed on a capitalised start types a lower-case letter ("de")', () => {
    expect(typeKeys('texto', [{ kind: 'shift' }, ...word('de')]).value).toBe('de');
  });

  it('shift is one-shot in the middle of a word', () => {
    expect(typeKeys('texto', [...word('ap'), { kind: 'shift' }, ...word('tob')]).value).toBe('ApTob');
  });

  it('e-mail stays lower case and shift does nothing there', () => {
    const keys: KeyDef[] = [
      { kind: 'shift' },
      ...word('maria'),
      c('@'),
      ...word('exemplo'),
      { kind: 'text', value: '.com.br' },
    ];
    expect(typeKeys('email', keys).value).toBe('maria@exemplo.com.br');
  });

  it('refuses an insertion that would pass the limit, whole, and says so', () => {
    const layout = email;
    const state = initialState(layout, 'abcdefgh');
    const r = press(state, { kind: 'text', value: '.com.br' }, { layout, maxLength: 12 });
    expect(r.refused).toBe(true);
    expect(r.value).toBe('abcdefgh');
    expect(press(state, { kind: 'text', value: '.com' }, { layout, maxLength: 12 }).value).toBe(
      'abcdefgh.com',
    );
  });

  it('never starts with or doubles a space', () => {
    expect(
      typeKeys('texto', [{ kind: 'space' }, c('a'), { kind: 'space' }, { kind: 'space' }, c('b')]).value,
    ).toBe('A B');
  });

  it('backspace removes one whole character (accents included) and clear empties', () => {
    expect(typeKeys('texto', [...word('pão'), { kind: 'backspace' }]).value).toBe('Pã');
    expect(typeKeys('texto', [...word('pão'), { kind: 'clear' }]).value).toBe('');
  });

  it('layer keys switch layers; symbols type as they are', () => {
    const s = typeKeys('texto', [...word('apto 1'), { kind: 'layer', to: 'simbolos', label: '#+=' }, c('º')]);
    expect(s.layer).toBe('simbolos');
    expect(s.value).toBe('Apto 1º');
  });

  it('starts capitalised on an empty text value and after a space, not in the middle of a word', () => {
    expect(initialState(texto, '').shift).toBe(true);
    expect(initialState(texto, 'Rua ').shift).toBe(true);
    expect(initialState(texto, 'Rua').shift).toBe(false);
    expect(initialState(email, '').shift).toBe(false);
  });
});
