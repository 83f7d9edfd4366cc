'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useSyncExternalStore } from 'react';
import { T } from './texts';

/**
 * "Acessibilidade" on the kiosk (issue #11): larger type and a high-contrast palette (app/globals.css,
 * `html[data-acessibilidade]`) for the customer who turns it on, on every kiosk screen, until their session
 * ends. The choice lives in the tab's sessionStorage (it survives a full page load) and is dropped whenever the
 * kiosk is back at its start — the attract screen, or the keypad after an expired session — so the next
 * customer starts in the normal mode. Nothing personal is stored: only "on".
 */
const STORAGE_KEY = 'totem.acessibilidade';
const ATTRIBUTE = 'data-acessibilidade';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function isOn(): boolean {
  return document.documentElement.hasAttribute(ATTRIBUTE);
}

function remembered(): boolean {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turns the mode on or off for this customer (and remembers it for the rest of the session). */
export function setAccessibility(on: boolean): void {
  if (on) document.documentElement.setAttribute(ATTRIBUTE, 'on');
  else document.documentElement.removeAttribute(ATTRIBUTE);
  try {
    if (on) window.sessionStorage.setItem(STORAGE_KEY, '1');
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused: the mode still holds until the next full page load.
  }
  for (const l of listeners) l();
}

/** Where a customer's session has ended and the next one begins. */
function atStart(pathname: string): boolean {
  if (pathname === '/') return true;
  return pathname === '/identificar' && new URLSearchParams(window.location.search).get('expirada') === '1';
}

/** In the kiosk layout: applies the remembered choice, and drops it at the start of the next session. */
export function AccessibilityMode() {
  const pathname = usePathname();
  useEffect(() => {
    if (atStart(pathname)) setAccessibility(false);
    else if (remembered() && !isOn()) setAccessibility(true);
  }, [pathname]);
  // Leaving the kiosk screens (a desk page in the same browser) leaves the normal look behind.
  useEffect(() => () => document.documentElement.removeAttribute(ATTRIBUTE), []);
  return null;
}

/** The toggle on the kiosk's screens: a real button, pressed while the mode is on. */
export function AccessibilityToggle() {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return (
    <>
      <button
        type="button"
        aria-pressed={on}
        aria-describedby="acessibilidade-dica"
        onClick={() => setAccessibility(!on)}
        data-testid="acessibilidade"
        className={`inline-flex min-h-16 min-w-16 items-center justify-center gap-3 rounded-2xl border-2 px-5 text-xl font-bold select-none ${
          on
            ? 'border-brand bg-brand text-brand-ink active:bg-ink active:text-brand'
            : 'border-edge bg-panel-2 text-white active:bg-brand active:text-brand-ink'
        }`}
      >
        <span aria-hidden="true" className="text-2xl">
          Aa
        </span>
        {T.acessibilidade.label}
      </button>
      <span id="acessibilidade-dica" className="sr-only">
        {on ? T.acessibilidade.hintOn : T.acessibilidade.hintOff}
      </span>
    </>
  );
}
