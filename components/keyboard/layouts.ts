/**
 * The on-screen keyboards, as data (rows of keys), the way VotingWorks' virtual keyboard is built: the
 * component only renders rows and reports presses, so a new layout is a new constant, not new code.
 *
 * - `texto`: pt-BR letters with the accented ones a Brazilian address or name needs, digits on top, a symbols
 *   layer (º ª / , - ...) for complements like "Apto 12, Bloco B";
 * - `email`: lower case, digits, `@ . _ - +` and the `.com` / `.com.br` keys;
 * - `numerico`: the 3×4 keypad of components/kiosk/keypad.tsx, without its letters toggle (CEP, phones).
 */

export type KeyboardLayoutId = 'texto' | 'email' | 'numerico';

export type KeyDef =
  /** One character; letters follow the shift state. */
  | { kind: 'char'; value: string; span?: number }
  /** Literal text inserted as is (`.com`, `.com.br`), never case-shifted. */
  | { kind: 'text'; value: string; span?: number }
  | { kind: 'space'; span?: number }
  | { kind: 'backspace'; span?: number }
  | { kind: 'shift'; span?: number }
  | { kind: 'clear'; span?: number }
  /** Switches to another layer of the same layout. */
  | { kind: 'layer'; to: string; label: string; span?: number };

export type KeyRow = readonly KeyDef[];

export interface KeyboardLayout {
  id: KeyboardLayoutId;
  /** Layers by name; the keyboard opens on `initialLayer`. */
  layers: Readonly<Record<string, readonly KeyRow[]>>;
  initialLayer: string;
  /** `lower`: letters are always lower case and there is no shift (e-mail). */
  letterCase: 'shift' | 'lower';
  /** `words`: the next letter is upper case at the start of the value and after a space (names, streets). */
  autoCapitalize: 'words' | 'none';
  /** What a physical keyboard (desk, accessibility) may type into this layout: the same set the keys offer. */
  accepts: RegExp;
}

const chars = (s: string, span?: number): KeyDef[] =>
  [...s].map((value) => (span ? { kind: 'char', value, span } : { kind: 'char', value }));

const DIGITS = chars('1234567890');

const TEXTO: KeyboardLayout = {
  id: 'texto',
  initialLayer: 'letras',
  letterCase: 'shift',
  autoCapitalize: 'words',
  accepts: /^[\p{L}\p{N} ºª/\-.,&()#':;!?+*"]$/u,
  layers: {
    letras: [
      DIGITS,
      chars('qwertyuiop'),
      chars('asdfghjklç'),
      [{ kind: 'shift', span: 1.5 }, ...chars('zxcvbnm'), { kind: 'backspace', span: 1.5 }],
      chars('áâãàéêíóôõú'),
      [
        { kind: 'layer', to: 'simbolos', label: '#+=', span: 1.5 },
        { kind: 'char', value: ',' },
        { kind: 'char', value: '.' },
        { kind: 'char', value: '-' },
        { kind: 'space', span: 5 },
        { kind: 'clear', span: 1.5 },
      ],
    ],
    simbolos: [
      DIGITS,
      chars('ºª/-.,&()#'),
      chars('\':;!?+*"ü'),
      [
        { kind: 'layer', to: 'letras', label: 'abc', span: 1.5 },
        { kind: 'space', span: 5 },
        { kind: 'backspace', span: 1.5 },
      ],
    ],
  },
};

const EMAIL: KeyboardLayout = {
  id: 'email',
  initialLayer: 'letras',
  letterCase: 'lower',
  autoCapitalize: 'none',
  accepts: /^[a-zA-Z0-9@._+-]$/,
  layers: {
    letras: [
      DIGITS,
      chars('qwertyuiop'),
      chars('asdfghjkl'),
      [...chars('zxcvbnm'), { kind: 'backspace', span: 2 }],
      [
        { kind: 'char', value: '@', span: 1.5 },
        { kind: 'char', value: '.' },
        { kind: 'char', value: '_' },
        { kind: 'char', value: '-' },
        { kind: 'char', value: '+' },
        { kind: 'text', value: '.com', span: 2 },
        { kind: 'text', value: '.com.br', span: 2.5 },
        { kind: 'clear', span: 1.5 },
      ],
    ],
  },
};

const NUMERICO: KeyboardLayout = {
  id: 'numerico',
  initialLayer: 'digitos',
  letterCase: 'lower',
  autoCapitalize: 'none',
  accepts: /^[0-9]$/,
  layers: {
    digitos: [
      chars('123'),
      chars('456'),
      chars('789'),
      [{ kind: 'clear' }, ...chars('0'), { kind: 'backspace' }],
    ],
  },
};

export const KEYBOARD_LAYOUTS: Readonly<Record<KeyboardLayoutId, KeyboardLayout>> = {
  texto: TEXTO,
  email: EMAIL,
  numerico: NUMERICO,
};

/** The `data-key` of a key: what e2e tests and people reading the DOM see. */
export function keyId(key: KeyDef): string {
  switch (key.kind) {
    case 'char':
    case 'text':
      return key.value;
    case 'layer':
      return `layer-${key.to}`;
    default:
      return key.kind;
  }
}
