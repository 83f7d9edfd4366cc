'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useKioskReset } from '@/components/kiosk/use-kiosk-reset';
import { disposePrintFrame, fetchPdf, printPdfBlob } from './print-pdf';
import { isPrintLocked, releasePrintLock, subscribePrintLock, tryAcquirePrintLock } from './print-lock';
import { PT } from './texts';

/** idle → preparando (fetching the PDF) → imprimindo (the silent print) → depois ("retire seu papel"). */
export type PrintStage = 'idle' | 'preparando' | 'imprimindo' | 'depois';

/**
 * The print sequence every kiosk print button shares (VotingWorks: printing takes a lock against double
 * prints, then the session ends): one print at a time in the whole page (print lock, held until the "retire"
 * screen's choice), the server's pt-BR refusal or the printer's failure as `error`, `more` back to `home`,
 * `endSession` for the countdown. Leaving the page drops the print frame and the lock.
 */
export function usePrintFlow(home: string) {
  const router = useRouter();
  const endSession = useKioskReset();
  const locked = useSyncExternalStore(subscribePrintLock, isPrintLocked, () => false);
  const [stage, setStage] = useState<PrintStage>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () => () => {
      disposePrintFrame();
      releasePrintLock();
    },
    [],
  );

  const print = useCallback(async (url: string) => {
    if (!tryAcquirePrintLock()) return;
    setError(null);
    setStage('preparando');
    const pdf = await fetchPdf(url);
    if (!pdf.ok) {
      setError(pdf.message);
      setStage('idle');
      releasePrintLock();
      return;
    }
    setStage('imprimindo');
    try {
      await printPdfBlob(pdf.blob);
      setStage('depois');
    } catch {
      setError(PT.erroImpressora);
      setStage('idle');
      releasePrintLock();
    }
  }, []);

  const more = useCallback(() => {
    router.replace(home);
    router.refresh();
  }, [router, home]);

  return { stage, error, busy: locked || stage !== 'idle', print, more, endSession };
}
