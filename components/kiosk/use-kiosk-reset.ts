'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { sairAction } from '@/lib/actions/kiosk';

/**
 * The full reset used by "Sair" and the idle timeout: server session ended and cookie cleared (server
 * action), client caches dropped, back to the attract screen with a fresh render.
 */
export function useKioskReset(): () => Promise<void> {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await sairAction();
    } finally {
      queryClient.clear();
      router.replace('/');
      router.refresh();
    }
  }, [queryClient, router]);
}
