'use client';

import { Button } from '@/components/ui/button';
import { AfterPrint } from './after-print';
import { PreparingOverlay } from './preparing-overlay';
import { PT } from './texts';
import { usePrintFlow } from './use-print-flow';

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
  const { stage, error, busy, print, more, endSession } = usePrintFlow(home);

  return (
    <div className="flex flex-col gap-3">
      <Button
        variant={variant}
        onClick={() => void print(url)}
        disabled={busy}
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
      {stage === 'depois' ? (
        <AfterPrint onMore={more} onEnd={() => void endSession()} title={retireTitle} text={retireText} />
      ) : null}
    </div>
  );
}
