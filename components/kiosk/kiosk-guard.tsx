'use client';

import { useEffect } from 'react';

/** How often a totem tells the server it is on (the desk's "visto por último"). */
const PRESENCE_EVERY_MS = 60_000;

/**
 * Kiosk behaviour the CSS cannot give: no context menu (long press) anywhere in the flow; and the totem's
 * presence, sent when a screen opens and every minute after (POST /api/kiosk/presenca), so a totem left on the
 * attract screen still shows as seen at the desk. A failed ping is simply tried again next minute.
 */
export function KioskGuard() {
  useEffect(() => {
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('contextmenu', block);
    const ping = () => {
      fetch('/api/kiosk/presenca', { method: 'POST', cache: 'no-store', keepalive: true }).catch(() => {});
    };
    ping();
    const timer = window.setInterval(ping, PRESENCE_EVERY_MS);
    return () => {
      document.removeEventListener('contextmenu', block);
      window.clearInterval(timer);
    };
  }, []);
  return null;
}
