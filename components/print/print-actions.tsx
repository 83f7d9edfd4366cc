'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/button';
import { disposePrintFrame, fetchPdf, printPdfBlob } from './print-pdf';
import { isPrintLocked, releasePrintLock, subscribePrintLock, tryAcquirePrintLock } from './print-lock';
import { RetireBoleto } from './retire-boleto';
import { PT } from './texts';

type Stage = 'idle' | 'preparando' | 'imprimindo' | 'retire';

/** Where the customer lands after picking up the paper. */
const HOME = '/cliente';

function usePrintLock(): boolean {
  return useSyncExternalStore(
    (cb) => subscribePrintLock(cb),
    isPrintLocked,
    () => false,
  );
}

/**
 * "Imprimir boleto" (the totem's own PDF) and "PDF do banco" (the ERP's), on the fatura screen. One print at a
 * time (print lock), a clear message when the server refuses, then the "retire seu boleto" screen and home.
 * `boletoOk` comes from the integrity gate; `pdfDoBanco` is offered only when the server allows it.
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
  const router = useRouter();
  const locked = usePrintLock();
  const [stage, setStage] = useState<Stage>('idle');
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
      setStage('retire');
    } catch {
      setError(PT.erroImpressora);
      setStage('idle');
      releasePrintLock();
    }
  }, []);

  const goHome = useCallback(() => {
    router.replace(HOME);
    router.refresh();
  }, [router]);

  if (!boletoOk && !pdfDoBanco) return null;
  const id = encodeURIComponent(faturaId);
  const busy = locked || stage !== 'idle';

  return (
    <div className="flex flex-col gap-4" data-testid="print-actions">
      <div className="flex flex-wrap gap-4">
        {boletoOk ? (
          <Button onClick={() => void print(`/api/boleto/${id}`)} disabled={busy} data-testid="print-boleto">
            {PT.imprimir}
          </Button>
        ) : null}
        {pdfDoBanco ? (
          <Button
            variant={boletoOk ? 'secondary' : 'primary'}
            onClick={() => void print(`/api/boleto/${id}/banco`)}
            disabled={busy}
            data-testid="print-banco"
          >
            {boletoOk ? PT.imprimirBanco : PT.imprimirBancoFallback}
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className="text-xl text-muted" data-testid="print-status">
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
      {stage === 'retire' ? <RetireBoleto onDone={goHome} /> : null}
    </div>
  );
}
