'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { PT } from './texts';

/**
 * After a print: where the paper comes out, then "Deseja fazer mais alguma coisa?". Untouched, the countdown
 * ENDS the session (the next person in line must not find this customer's faturas a tap away); "Sim" goes back
 * to the customer's home. 20 s: enough to read two short lines and pick the paper up.
 */
export const AFTER_PRINT_SECONDS = 20;

export function AfterPrint({
  onMore,
  onEnd,
  title = PT.retireTitulo,
  text = PT.retireTexto,
}: {
  onMore: () => void;
  onEnd: () => void;
  /** Another paper than the boleto (a receipt, a nota fiscal). */
  title?: string;
  text?: string;
}) {
  const [remaining, setRemaining] = useState(AFTER_PRINT_SECONDS);
  const end = useRef(onEnd);
  const button = useRef<HTMLButtonElement>(null);
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    end.current = onEnd;
  }, [onEnd]);

  useEffect(() => {
    button.current?.focus();
    const started = Date.now();
    const id = window.setInterval(() => {
      const left = AFTER_PRINT_SECONDS - Math.floor((Date.now() - started) / 1000);
      setRemaining(Math.max(0, left));
      if (left <= 0) {
        window.clearInterval(id);
        setLeaving(true);
        end.current();
      }
    }, 250);
    return () => window.clearInterval(id);
  }, []);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="retire-title"
      aria-describedby="after-print-question"
      data-testid="retire-boleto"
      className="fixed inset-0 z-50 flex flex-col items-center justify-center gap-10 bg-ink px-8 text-center"
    >
      <div className="flex max-w-3xl flex-col gap-6 rounded-3xl border-4 border-ok bg-panel p-12">
        {/* A sheet coming out of a printer slot (drawn: the kiosk has no emoji font). */}
        <svg aria-hidden="true" viewBox="0 0 64 64" className="mx-auto h-28 w-28" fill="none" strokeWidth="3">
          <rect x="6" y="8" width="52" height="10" rx="3" className="stroke-muted" />
          <path d="M16 18v38l5-3 5 3 6-3 6 3 5-3 5 3V18" className="stroke-ok" strokeLinejoin="round" />
          <path d="M24 28h16M24 36h16M24 44h10" className="stroke-ok" strokeLinecap="round" />
        </svg>
        <h1 id="retire-title" className="text-5xl font-bold">
          {title}
        </h1>
        <p className="text-3xl leading-relaxed text-muted">{text}</p>
        <p id="after-print-question" className="text-4xl font-bold">
          {PT.maisAlgumaCoisa}
        </p>
        <p className="text-2xl" aria-live="polite" data-testid="retire-countdown">
          {PT.encerrandoEm(remaining)}
        </p>
      </div>
      <div className="flex flex-wrap justify-center gap-6">
        <Button
          ref={button}
          onClick={onMore}
          disabled={leaving}
          data-testid="retire-more"
          className="min-h-28 min-w-80 text-3xl"
        >
          {PT.sim}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setLeaving(true);
            end.current();
          }}
          disabled={leaving}
          data-testid="retire-done"
          className="min-h-28 min-w-80 text-3xl"
        >
          {PT.naoEncerrar}
        </Button>
      </div>
    </div>
  );
}
