'use client';

import { useEffect } from 'react';

/** Kiosk behaviour the CSS cannot give: no context menu (long press) anywhere in the flow. */
export function KioskGuard() {
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('contextmenu', block);
    return () => document.removeEventListener('contextmenu', block);
  }, []);
  return null;
}
