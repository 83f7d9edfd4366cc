'use client';

import { useCallback, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';

export type ConfirmedState<T> =
  | { stage: 'idle' }
  | { stage: 'sending' }
  | { stage: 'done'; data: T }
  | { stage: 'error'; message: string; code?: string };

/**
 * Runs a side-effecting server action from a confirmation screen: a lock taken synchronously on the first tap
 * (a double tap sends one request), kept after success; released on failure so the customer can try again
 * with the same confirmation key — the server answers a retry with the first result (idempotency).
 */
export function useConfirmedAction<T>(
  networkError: string,
  /** An answer that did not spend the confirmation (e.g. a wrong ownership proof): the lock is released. */
  reusable?: (data: T) => boolean,
) {
  const busy = useRef(false);
  const [state, setState] = useState<ConfirmedState<T>>({ stage: 'idle' });
  const run = useCallback(
    async (call: () => Promise<ActionResult<T>>) => {
      if (busy.current) return;
      busy.current = true;
      setState({ stage: 'sending' });
      try {
        const r = await call();
        if (r.ok) {
          setState({ stage: 'done', data: r.data });
          if (reusable?.(r.data)) busy.current = false;
          return; // otherwise stays locked: this confirmation is spent
        }
        setState({ stage: 'error', message: r.message, code: r.code });
      } catch {
        setState({ stage: 'error', message: networkError });
      }
      busy.current = false;
    },
    [networkError, reusable],
  );
  return { state, run };
}
