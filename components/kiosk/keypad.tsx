'use client';

import { T } from './texts';

/**
 * On-screen keypad, data-driven (rows of keys) and callback-only, as in VotingWorks' virtual keyboard. No
 * <input> exists, so no system keyboard ever opens on the totem.
 */
export type KeypadMode = 'digits' | 'letters';

type Key = { kind: 'char'; value: string } | { kind: 'backspace' } | { kind: 'mode'; to: KeypadMode };

const DIGIT_ROWS: Key[][] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
].map((row) => row.map((value) => ({ kind: 'char', value }) as Key));
DIGIT_ROWS.push([{ kind: 'mode', to: 'letters' }, { kind: 'char', value: '0' }, { kind: 'backspace' }]);

const LETTER_ROWS: Key[][] = ['ABCDEFG', 'HIJKLMN', 'OPQRSTU', 'VWXYZ'].map((row) =>
  [...row].map((value) => ({ kind: 'char', value }) as Key),
);
LETTER_ROWS[3]?.push({ kind: 'backspace' }, { kind: 'mode', to: 'digits' });

export function Keypad({
  mode,
  lettersEnabled,
  disabled,
  charsDisabled = false,
  onChar,
  onBackspace,
  onMode,
}: {
  mode: KeypadMode;
  lettersEnabled: boolean;
  disabled: boolean;
  /** Characters off, backspace still on (a complete CPF). */
  charsDisabled?: boolean;
  onChar: (c: string) => void;
  onBackspace: () => void;
  onMode: (m: KeypadMode) => void;
}) {
  const rows = mode === 'digits' ? DIGIT_ROWS : LETTER_ROWS;
  const cols = mode === 'digits' ? 'grid-cols-3' : 'grid-cols-7';
  return (
    <div
      role="group"
      aria-label="Teclado"
      className={`grid ${cols} gap-3 sm:gap-4`}
      data-testid={`keypad-${mode}`}
    >
      {rows.flat().map((key, i) => {
        const base =
          'min-h-20 tall:min-h-28 rounded-2xl font-bold border-2 border-edge active:bg-brand active:text-brand-ink disabled:opacity-40 select-none';
        if (key.kind === 'char') {
          const isLetter = /[A-Z]/.test(key.value);
          return (
            <button
              key={`c${key.value}`}
              type="button"
              className={`${base} bg-panel-2 ${mode === 'letters' ? 'min-h-18 text-3xl' : 'text-4xl tall:text-5xl'}`}
              disabled={disabled || charsDisabled || (isLetter && !lettersEnabled)}
              onClick={() => onChar(key.value)}
              data-key={key.value}
            >
              {key.value}
            </button>
          );
        }
        if (key.kind === 'backspace') {
          return (
            <button
              key={`b${i}`}
              type="button"
              className={`${base} bg-panel ${mode === 'letters' ? 'text-xl' : 'text-3xl'}`}
              disabled={disabled}
              onClick={onBackspace}
              data-key="backspace"
            >
              <span aria-hidden="true">⌫ </span>
              {T.identify.backspace}
            </button>
          );
        }
        return (
          <button
            key={`m${i}`}
            type="button"
            className={`${base} bg-panel text-2xl ${mode === 'letters' ? 'col-span-1' : ''}`}
            disabled={disabled}
            onClick={() => onMode(key.to)}
            data-key={`mode-${key.to}`}
          >
            {key.to === 'letters' ? T.identify.letters : T.identify.digits}
          </button>
        );
      })}
    </div>
  );
}
