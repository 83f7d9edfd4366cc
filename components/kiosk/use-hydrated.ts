'use client';

import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/**
 * false in the server render and until React has hydrated, then true. The keypad stays disabled until then:
 * a tap on server-rendered HTML before hydration would be lost without a trace.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
