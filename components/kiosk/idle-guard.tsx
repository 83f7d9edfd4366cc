'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { manterSessaoAction } from '@/lib/actions/kiosk';
import { Button } from '@/components/ui/button';
import { T } from './texts';
import { useKioskReset } from './use-kiosk-reset';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** The fatura screen: boleto and Pix, where a customer pays on the phone without touching the totem. */
const FATURA_SCREEN = /^\/cliente\/faturas\/[^/]+$/;

/**
 * Two-stage idle, as VotingWorks does it: after `idleSeconds` without a touch a "still there?" prompt counts
 * down `warningSeconds`, then the full reset. While the customer is active the server session is kept alive
 * (at most one request per half idle period), so the server's own idle expiry only catches abandoned browsers.
 * On the fatura screen the idle time is `faturaIdleSeconds` (longer: a Pix is paid on the phone) and the prompt
 * is a bar at the foot of the screen that neither dims nor covers the Pix QR.
 */
export function IdleGuard({
  idleSeconds: baseIdleSeconds,
  faturaIdleSeconds,
  warningSeconds,
  keepAlive = true,
}: {
  idleSeconds: number;
  faturaIdleSeconds?: number;
  warningSeconds: number;
  keepAlive?: boolean;
}) {
  const pathname = usePathname();
  const onFatura = faturaIdleSeconds !== undefined && FATURA_SCREEN.test(pathname);
  const idleSeconds = onFatura ? faturaIdleSeconds : baseIdleSeconds;
  const reset = useKioskReset();
  const [remaining, setRemaining] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const lastPing = useRef(0);
  const resetting = useRef(false);
  const stayButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    lastActivity.current = Date.now();
    lastPing.current = Date.now();
    const onActivity = () => {
      if (resetting.current) return;
      const now = Date.now();
      lastActivity.current = now;
      setRemaining((r) => (r === null ? r : null));
      if (keepAlive && now - lastPing.current > (idleSeconds * 1000) / 2) {
        lastPing.current = now;
        void manterSessaoAction().then((r) => {
          if (!r.ok) void runReset();
        });
      }
    };
    const runReset = async () => {
      if (resetting.current) return;
      resetting.current = true;
      await reset();
    };
    const tick = setInterval(() => {
      if (resetting.current) return;
      const idleFor = (Date.now() - lastActivity.current) / 1000;
      if (idleFor < idleSeconds) return;
      const left = Math.ceil(idleSeconds + warningSeconds - idleFor);
      if (left <= 0) {
        setRemaining(0);
        void runReset();
      } else {
        setRemaining(left);
      }
    }, 250);
    for (const ev of ACTIVITY_EVENTS) window.addEventListener(ev, onActivity, { passive: true });
    return () => {
      clearInterval(tick);
      for (const ev of ACTIVITY_EVENTS) window.removeEventListener(ev, onActivity);
    };
  }, [idleSeconds, warningSeconds, keepAlive, reset]);

  const open = remaining !== null;
  useEffect(() => {
    if (open) stayButton.current?.focus();
  }, [open]);

  if (!open) return null;
  const body = (
    <>
      <h2 id="idle-title" className={onFatura ? 'text-4xl font-bold' : 'text-5xl font-bold'}>
        {T.idle.title}
      </h2>
      <p id="idle-text" className="text-3xl text-muted" aria-live="assertive">
        {T.idle.text(remaining)}
      </p>
      <div className="flex flex-wrap justify-center gap-6">
        <Button ref={stayButton} onClick={() => setRemaining(null)} data-testid="idle-stay">
          {T.idle.stay}
        </Button>
        <Button variant="secondary" onClick={() => void reset()}>
          {T.idle.leave}
        </Button>
      </div>
    </>
  );
  if (onFatura) {
    // Non-modal bar over the action bar only: the QR stays on screen, undimmed, for a phone to read (in landscape
    // the bar, like the action bar, stays right of the Pix column: components/ui/screen.tsx).
    return (
      <div
        role="alertdialog"
        aria-labelledby="idle-title"
        aria-describedby="idle-text"
        data-testid="idle-prompt"
        data-variant="bar"
        className="fixed inset-x-0 bottom-0 z-50 flex flex-wrap items-center justify-center gap-x-10 gap-y-4 border-t-4 border-brand bg-panel px-8 py-6 text-center landscape:left-[calc(1.5rem+var(--fatura-pix-col))] landscape:border-l-4 lg:landscape:left-[calc(2.5rem+var(--fatura-pix-col))]"
      >
        {body}
      </div>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      data-testid="idle-prompt"
      className="fixed inset-0 z-50 flex items-center justify-center bg-black/80 p-8"
    >
      <div className="flex max-w-2xl flex-col items-center gap-8 rounded-3xl border-4 border-brand bg-panel p-10 text-center">
        {body}
      </div>
    </div>
  );
}
