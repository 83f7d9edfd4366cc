'use client';

import { Button } from '@/components/ui/button';
import { AfterPrint } from './after-print';
import { PreparingOverlay } from './preparing-overlay';
import { PT } from './texts';
import { usePrintFlow } from './use-print-flow';

/** Where "Sim, continuar" leads after a print. */
const HOME = '/cliente';

/**
 * "Imprimir boleto" (the totem's own PDF) and "PDF do banco" (the ERP's), each with one plain line saying what
 * it prints, in the fatura screen's action bar. One print at a time (print lock), a full-screen "Preparando seu
 * boleto…" when it takes more than a second, a clear message when the server refuses, then "Retire seu boleto
 * — deseja fazer mais alguma coisa?", whose countdown ends the session. `boletoOk` comes from the integrity
 * gate; `pdfDoBanco` is offered only when the server allows it.
 */
export function PrintActions({
  faturaId,
  boletoOk,
  pdfDoBanco,
}: {
  faturaId: string;
  boletoOk: boolean;
  pdfDoBanco: boolean;
}) {
  const { stage, error, busy, print, more, endSession } = usePrintFlow(HOME);

  if (!boletoOk && !pdfDoBanco) return null;
  const id = encodeURIComponent(faturaId);

  return (
    <div
      className="flex min-w-0 flex-col gap-3 portrait:order-first portrait:basis-full landscape:flex-1"
      data-testid="print-actions"
    >
      <div className="grid auto-cols-fr grid-flow-col gap-4">
        {boletoOk ? (
          <PrintButton
            testId="print-boleto"
            label={PT.imprimir}
            hint={PT.imprimirExplica}
            primary
            disabled={busy}
            onClick={() => void print(`/api/boleto/${id}`)}
          />
        ) : null}
        {pdfDoBanco ? (
          <PrintButton
            testId="print-banco"
            label={boletoOk ? PT.imprimirBanco : PT.imprimirBancoFallback}
            hint={PT.imprimirBancoExplica}
            primary={!boletoOk}
            disabled={busy}
            onClick={() => void print(`/api/boleto/${id}/banco`)}
          />
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only" data-testid="print-status">
        {stage === 'preparando' ? PT.preparando : stage === 'imprimindo' ? PT.imprimindo : ''}
      </p>
      {error ? (
        <p
          role="alert"
          data-testid="print-error"
          className="rounded-2xl border-4 border-danger bg-danger-bg p-5 text-2xl"
        >
          {error}
        </p>
      ) : null}
      {stage === 'preparando' || stage === 'imprimindo' ? (
        <PreparingOverlay text={stage === 'imprimindo' ? PT.imprimindo : PT.preparando} />
      ) : null}
      {stage === 'depois' ? <AfterPrint onMore={more} onEnd={() => void endSession()} /> : null}
    </div>
  );
}

function PrintButton(props: {
  testId: string;
  label: string;
  hint: string;
  primary: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <Button
        variant={props.primary ? 'primary' : 'secondary'}
        onClick={props.onClick}
        disabled={props.disabled}
        data-testid={props.testId}
        aria-describedby={`${props.testId}-hint`}
        className="min-h-28 w-full whitespace-nowrap px-6 text-3xl landscape:min-h-20 landscape:whitespace-normal landscape:px-4 landscape:text-center landscape:text-2xl"
      >
        {props.label}
      </Button>
      <p
        id={`${props.testId}-hint`}
        data-testid={`${props.testId}-hint`}
        className="text-lg text-muted landscape:text-base"
      >
        {props.hint}
      </p>
    </div>
  );
}
