'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { sairAction } from '@/lib/actions/kiosk';
import { setAccessibility } from './accessibility';

/**
 * The full reset used by "Sair" and the idle timeout: "Acessibilidade" off, server session ended and cookie
 * cleared (server action), the client router cache dropped (refresh), back to the attract screen. The kiosk keeps no other
 * client cache: every customer screen is rendered on the server from the session.
 */
export function useKioskReset(): () => Promise<void> {
  const router = useRouter();
  return useCallback(async () => {
    // The next customer starts in the normal mode (the attract screen drops it too, after a full reload).
    setAccessibility(false);
    try {
      await sairAction();
    } finally {
      router.replace('/');
      router.refresh();
    }
  }, [router]);
}
