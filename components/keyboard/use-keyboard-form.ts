'use client';

import { useCallback, useMemo, useState } from 'react';
import type { KeyboardProps } from './keyboard';
import type { KeyboardLayoutId } from './layouts';

export interface KeyboardFieldSpec {
  label: string;
  layout: KeyboardLayoutId;
  maxLength: number;
}

/**
 * Values of a form typed on one shared on-screen keyboard, and which field it is typing into. Render the
 * keyboard as `<Keyboard key={form.active} {...form.keyboard} />` (the key resets its layer per field).
 * State lives only in React: unmounting the form (idle reset, "Sair") wipes it.
 */
export function useKeyboardForm<F extends string>(
  specs: Readonly<Record<F, KeyboardFieldSpec>>,
  initial: Readonly<Record<F, string>>,
  first: F,
) {
  const [values, setValues] = useState<Record<F, string>>({ ...initial });
  const [active, setActive] = useState<F>(first);

  const set = useCallback((name: F, value: string) => {
    setValues((prev) => (prev[name] === value ? prev : { ...prev, [name]: value }));
  }, []);

  const spec = specs[active];
  const keyboard: Pick<KeyboardProps, 'layout' | 'value' | 'onChange' | 'maxLength' | 'fieldLabel'> = useMemo(
    () => ({
      layout: spec.layout,
      value: values[active],
      onChange: (value: string) => set(active, value),
      maxLength: spec.maxLength,
      fieldLabel: spec.label,
    }),
    [spec, values, active, set],
  );

  return { values, set, setValues, active, setActive, keyboard };
}
