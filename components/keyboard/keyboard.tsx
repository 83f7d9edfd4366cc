'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { KEYBOARD_LAYOUTS, keyId, type KeyboardLayoutId, type KeyDef } from './layouts';
import { autoShift, charFor, press, type KeyboardState } from './press';
import { KT } from './texts';

/**
 * The on-screen keyboard for text: controlled like an input (`value` / `onChange`), rendered from the layout
 * data in ./layouts. It has no <input> of its own and forms show values in read-only fields
 * (./keyboard-field), so no system keyboard ever opens on the totem. A physical keyboard works too (desk,
 * accessibility), limited to the characters the layout offers.
 */
export interface KeyboardProps {
  layout: KeyboardLayoutId;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Names the field for screen readers ("Teclado para E-mail"). */
  fieldLabel: string;
  disabled?: boolean;
  /** Listen to the physical keyboard while mounted (default true). */
  physicalKeys?: boolean;
  /** Enter on a physical keyboard. */
  onEnter?: () => void;
}

// Key borders (edge) and the pressed state need ≥ 3:1 against what is around them (WCAG 1.4.11): `line` was
// 1.3:1 on a key and `active:bg-line` 1.3:1 against the key at rest (issue #11). Tested in ./contrast.test.tsx.
const KEY_BASE =
  'flex min-h-16 tall:min-h-20 min-w-0 items-center justify-center rounded-xl border-2 border-edge px-1 font-bold select-none disabled:opacity-40';

/** Resting and pressed colours: a pressed key turns brand yellow, a lit (brand) key turns dark. */
const TONE = {
  lit: 'bg-brand text-brand-ink active:bg-ink active:text-brand',
  control: 'bg-panel text-white active:bg-brand active:text-brand-ink',
  char: 'bg-panel-2 text-white active:bg-brand active:text-brand-ink',
} as const;

export function Keyboard({
  layout: layoutId,
  value,
  onChange,
  maxLength,
  fieldLabel,
  disabled = false,
  physicalKeys = true,
  onEnter,
}: KeyboardProps) {
  const layout = KEYBOARD_LAYOUTS[layoutId];
  const [layer, setLayer] = useState(layout.initialLayer);
  // Shift follows the value (capital at the start of a word) unless the person pressed shift for this value.
  const [shiftFor, setShiftFor] = useState<{ value: string; shift: boolean } | null>(null);
  const [refused, setRefused] = useState(0);
  const shift = shiftFor && shiftFor.value === value ? shiftFor.shift : autoShift(layout, value);
  const rows = layout.layers[layer] ?? layout.layers[layout.initialLayer] ?? [];

  const apply = useCallback(
    (key: KeyDef) => {
      const state: KeyboardState = { value, shift, layer };
      const next = press(state, key, { layout, maxLength });
      if (next.refused) {
        setRefused((n) => n + 1);
        return;
      }
      setRefused(0);
      setLayer(next.layer);
      setShiftFor({ value: next.value, shift: next.shift });
      if (next.value !== value) onChange(next.value);
    },
    [value, shift, layer, layout, maxLength, onChange],
  );

  const applyRef = useRef(apply);
  const enterRef = useRef(onEnter);
  useEffect(() => {
    applyRef.current = apply;
    enterRef.current = onEnter;
  }, [apply, onEnter]);

  useEffect(() => {
    if (!physicalKeys || disabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Backspace') applyRef.current({ kind: 'backspace' });
      else if (e.key === 'Enter' && enterRef.current) enterRef.current();
      else if (
        e.key === ' ' &&
        layout.layers[layout.initialLayer]?.some((r) => r.some((k) => k.kind === 'space'))
      )
        applyRef.current({ kind: 'space' });
      else if (e.key.length === 1 && layout.accepts.test(e.key)) {
        const typed = layout.letterCase === 'lower' ? e.key.toLocaleLowerCase('pt-BR') : e.key;
        applyRef.current({ kind: 'text', value: typed });
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [physicalKeys, disabled, layout]);

  const big = layoutId === 'numerico';
  return (
    <div
      role="group"
      aria-label={KT.group(fieldLabel)}
      className="flex flex-col gap-2 tall:gap-3"
      data-testid={`keyboard-${layoutId}`}
      data-layer={layer}
    >
      {rows.map((row, r) => (
        <div key={`${layer}-${r}`} className="flex gap-2 tall:gap-3">
          {row.map((key) => (
            <KeyButton
              key={keyId(key)}
              def={key}
              label={labelFor(key, layout, shift)}
              shift={shift}
              big={big}
              disabled={disabled}
              onPress={apply}
            />
          ))}
        </div>
      ))}
      <p aria-live="polite" className="sr-only" data-testid="keyboard-limit">
        {refused > 0 ? KT.limit(maxLength) : ''}
      </p>
    </div>
  );
}

function labelFor(key: KeyDef, layout: (typeof KEYBOARD_LAYOUTS)[KeyboardLayoutId], shift: boolean): string {
  switch (key.kind) {
    case 'char':
      return charFor(key, layout, shift);
    case 'text':
      return key.value;
    case 'space':
      return KT.space;
    case 'backspace':
      return '⌫';
    case 'shift':
      return '⇧';
    case 'clear':
      return KT.clear;
    case 'layer':
      return key.label;
  }
}

function ariaLabelFor(key: KeyDef): string | undefined {
  switch (key.kind) {
    case 'space':
      return KT.spaceLabel;
    case 'backspace':
      return KT.backspace;
    case 'shift':
      return KT.shift;
    case 'layer':
      return KT.layer(key.label);
    default:
      return undefined;
  }
}

function KeyButton({
  def,
  label,
  shift,
  big,
  disabled,
  onPress,
}: {
  def: KeyDef;
  label: string;
  shift: boolean;
  big: boolean;
  disabled: boolean;
  onPress: (key: KeyDef) => void;
}) {
  const span = def.span ?? 1;
  const control = def.kind !== 'char' && def.kind !== 'text';
  const size = big
    ? 'min-h-20 tall:min-h-24 text-4xl'
    : control || def.kind === 'text'
      ? 'text-xl tall:text-2xl'
      : 'text-2xl tall:text-3xl';
  const tone = def.kind === 'shift' && shift ? TONE.lit : control ? TONE.control : TONE.char;
  return (
    <button
      type="button"
      style={{ flexGrow: span, flexBasis: 0 }}
      className={`${KEY_BASE} ${size} ${tone}`}
      disabled={disabled}
      onClick={() => onPress(def)}
      aria-label={ariaLabelFor(def)}
      aria-pressed={def.kind === 'shift' ? shift : undefined}
      data-key={keyId(def)}
    >
      {label}
    </button>
  );
}
