'use client';

import { useEffect, useState } from 'react';
import { PT } from './texts';

/**
 * Full-screen "Preparando seu boleto…" for a print that takes longer than ~1 s (a cold server, a slow ERP
 * PDF): a customer who sees nothing happen taps again or walks away. Below 1 s the button's own state is
 * enough, and a flash of a full screen would only startle.
 */
export const PREPARING_OVERLAY_AFTER_MS = 1000;

/** Mount it while a print is under way; it appears once the print has taken PREPARING_OVERLAY_AFTER_MS. */
export function PreparingOverlay({ text }: { text: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const t = window.setTimeout(() => setShown(true), PREPARING_OVERLAY_AFTER_MS);
    return () => window.clearTimeout(t);
  }, []);
  if (!shown) return null;
  return (
    <div
      role="status"
      aria-live="assertive"
      data-testid="print-preparing"
      className="fixed inset-0 z-40 flex flex-col items-center justify-center gap-10 bg-ink/95 px-8 text-center"
    >
      <svg aria-hidden="true" viewBox="0 0 50 50" className="h-28 w-28 motion-safe:animate-spin">
        <circle cx="25" cy="25" r="20" fill="none" strokeWidth="5" className="stroke-line" />
        <path
          d="M25 5a20 20 0 0 1 20 20"
          fill="none"
          strokeWidth="5"
          strokeLinecap="round"
          className="stroke-brand"
        />
      </svg>
      <p className="text-5xl font-bold">{text}</p>
      <p className="text-3xl text-muted">{PT.aguarde}</p>
    </div>
  );
}
