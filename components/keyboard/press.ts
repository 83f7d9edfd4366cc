import type { KeyboardLayout, KeyDef } from './layouts';

/**
 * What a key press does to a value, as a pure function (unit-tested without a browser). The keyboard
 * component holds the state; forms hold only the value.
 */
export interface KeyboardState {
  value: string;
  /** The next letter is upper case (one-shot: it turns off after a letter). */
  shift: boolean;
  layer: string;
}

export interface PressOptions {
  layout: KeyboardLayout;
  /** Characters the field keeps; an insertion that would pass it is refused whole (no half `.com.br`). */
  maxLength: number;
}

export interface PressResult extends KeyboardState {
  /** True when the key was refused (length limit): the UI says so instead of silently dropping it. */
  refused: boolean;
}

/** Shift as the field expects it with this value: on at the start of a word when the layout capitalises. */
export function autoShift(layout: KeyboardLayout, value: string): boolean {
  if (layout.letterCase === 'lower' || layout.autoCapitalize !== 'words') return false;
  return value === '' || value.endsWith(' ');
}

export function initialState(layout: KeyboardLayout, value: string): KeyboardState {
  return { value, shift: autoShift(layout, value), layer: layout.initialLayer };
}

/** The character a `char` key types in the current shift state. */
export function charFor(
  key: Extract<KeyDef, { kind: 'char' }>,
  layout: KeyboardLayout,
  shift: boolean,
): string {
  if (layout.letterCase === 'lower') return key.value.toLocaleLowerCase('pt-BR');
  return shift ? key.value.toLocaleUpperCase('pt-BR') : key.value;
}

export function press(state: KeyboardState, key: KeyDef, options: PressOptions): PressResult {
  const { layout, maxLength } = options;
  const insert = (text: string): PressResult => {
    if (state.value.length + text.length > maxLength) return { ...state, refused: true };
    const value = state.value + text;
    return { value, shift: autoShift(layout, value), layer: state.layer, refused: false };
  };
  switch (key.kind) {
    case 'char':
      return insert(charFor(key, layout, state.shift));
    case 'text':
      return insert(key.value);
    case 'space':
      // A leading or doubled space is never what someone means on a form field.
      if (state.value === '' || state.value.endsWith(' ')) return { ...state, refused: false };
      return insert(' ');
    case 'backspace': {
      const value = [...state.value].slice(0, -1).join('');
      return { value, shift: autoShift(layout, value), layer: state.layer, refused: false };
    }
    case 'clear':
      return { value: '', shift: autoShift(layout, ''), layer: state.layer, refused: false };
    case 'shift':
      return { ...state, shift: layout.letterCase === 'lower' ? false : !state.shift, refused: false };
    case 'layer':
      return { ...state, layer: key.to in layout.layers ? key.to : state.layer, refused: false };
  }
}
