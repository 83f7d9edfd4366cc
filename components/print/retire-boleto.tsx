'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { PT } from './texts';

/**
 * Full-screen "retire seu boleto" after a print: tells the customer where the paper comes out, then goes
 * back home by itself. 12 s: long enough to read two lines and pick the paper up; "Concluir" goes at once.
 */
export const RETIRE_SECONDS = 12;

export function RetireBoleto({
  onDone,
  title = PT.retireTitulo,
  text = PT.retireTexto,
}: {
  onDone: () => void;
  /** Another paper than the boleto (a receipt, a nota fiscal). */
  title?: string;
  text?: string;
}) {
  const [remaining, setRemaining] = useState(RETIRE_SECONDS);
  const done = useRef(onDone);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    done.current = onDone;
  }, [onDone]);

  useEffect(() => {
    button.current?.focus();
    const started = Date.now();
    const id = window.setInterval(() => {
      const left = RETIRE_SECONDS - Math.floor((Date.now() - started) / 1000);
      setRemaining(Math.max(0, left));
      if (left <= 0) {
        window.clearInterval(id);
        done.current();
      }
    }, 250);
    return () => window.clearInterval(id);
  }, []);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-labelledby="retire-title"
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
        <p className="text-2xl" aria-live="polite" data-testid="retire-countdown">
          {PT.retireVoltando(remaining)}
        </p>
      </div>
      <Button ref={button} onClick={() => done.current()} data-testid="retire-done" className="min-w-80">
        {PT.retireConcluir}
      </Button>
    </div>
  );
}
