'use client';

import type { ReactNode } from 'react';

/**
 * A form field typed on the on-screen keyboard: a read-only input with `inputmode="none"` (so touching it never
 * opens the system keyboard) that becomes the keyboard's target when touched. Its error is tied to it with
 * aria-describedby and announced by screen readers when it appears.
 */
export function KeyboardField({
  id,
  label,
  value,
  placeholder,
  active,
  onActivate,
  error,
  hint,
  disabled = false,
}: {
  id: string;
  label: string;
  /** What the field shows (the form may format it, e.g. a CEP as 01310-100). */
  value: string;
  placeholder?: string;
  active: boolean;
  onActivate: () => void;
  error?: string | null;
  hint?: ReactNode;
  disabled?: boolean;
}) {
  const errorId = `${id}-erro`;
  const hintId = `${id}-dica`;
  const describedBy = [hint ? hintId : null, errorId].filter(Boolean).join(' ');
  return (
    <div className="flex min-w-0 flex-col gap-1" data-testid={`campo-${id}`}>
      <label htmlFor={id} className="text-lg font-semibold text-muted">
        {label}
      </label>
      <input
        id={id}
        name={id}
        readOnly
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-active={active ? 'true' : 'false'}
        onFocus={onActivate}
        onClick={onActivate}
        className={`min-h-16 w-full min-w-0 cursor-pointer rounded-xl border-4 bg-white px-4 text-2xl text-ink caret-transparent outline-none ${
          error ? 'border-danger' : active ? 'border-brand' : 'border-line'
        }`}
      />
      {hint ? (
        <p id={hintId} className="text-base text-muted">
          {hint}
        </p>
      ) : null}
      <p id={errorId} aria-live="assertive" className="min-h-6 text-lg font-semibold text-danger">
        {error ?? ''}
      </p>
    </div>
  );
}
