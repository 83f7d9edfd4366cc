'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { disposePrintFrame, fetchPdf, printPdfBlob } from './print-pdf';
import { isPrintLocked, releasePrintLock, subscribePrintLock, tryAcquirePrintLock } from './print-lock';
import { useKioskReset } from '@/components/kiosk/use-kiosk-reset';
import { AfterPrint } from './after-print';
import { PreparingOverlay } from './preparing-overlay';
import { PT } from './texts';

/**
 * One "print this PDF" button for papers other than the boleto (a ticket receipt, a nota fiscal): the same
 * silent print, print lock, "Preparando…" and "retire / deseja fazer mais alguma coisa?" screen (whose countdown
 * ends the session) as the boleto's PrintActions, with its own words.
 */
export function PrintDocument({
  url,
  label,
  retireTitle,
  retireText,
  preparing,
  testId,
  home = '/cliente',
  variant = 'primary',
}: {
  url: string;
  label: string;
  retireTitle: string;
  retireText: string;
  preparing: string;
  testId: string;
  home?: string;
  variant?: 'primary' | 'secondary';
}) {
  const router = useRouter();
  const endSession = useKioskReset();
  const locked = useSyncExternalStore(subscribePrintLock, isPrintLocked, () => false);
  const [stage, setStage] = useState<'idle' | 'preparando' | 'imprimindo' | 'retire'>('idle');
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () => () => {
      disposePrintFrame();
      releasePrintLock();
    },
    [],
  );

  const print = useCallback(async () => {
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
      setStage('retire');
    } catch {
      setError(PT.erroImpressora);
      setStage('idle');
      releasePrintLock();
    }
  }, [url]);

  const done = useCallback(() => {
    router.replace(home);
    router.refresh();
  }, [router, home]);

  return (
    <div className="flex flex-col gap-3">
      <Button
        variant={variant}
        onClick={() => void print()}
        disabled={locked || stage !== 'idle'}
        data-testid={testId}
        className="self-start"
      >
        {label}
      </Button>
      <p aria-live="polite" className="text-xl text-muted">
        {stage === 'preparando' ? preparing : stage === 'imprimindo' ? PT.imprimindo : ''}
      </p>
      {error ? (
        <p
          role="alert"
          data-testid={`${testId}-error`}
          className="rounded-2xl border-4 border-danger bg-danger-bg p-5 text-2xl"
        >
          {error}
        </p>
      ) : null}
      {stage === 'preparando' || stage === 'imprimindo' ? (
        <PreparingOverlay text={stage === 'imprimindo' ? PT.imprimindo : preparing} />
      ) : null}
      {stage === 'retire' ? (
        <AfterPrint onMore={done} onEnd={() => void endSession()} title={retireTitle} text={retireText} />
      ) : null}
    </div>
  );
}
