/**
 * One print at a time on this screen (VotingWorks-style print lock): taken synchronously on the first tap,
 * before any await, so a double tap or a tap on the other print button cannot start a second job. Held
 * until the kiosk leaves the fatura (the "retire seu boleto" screen returns home), or released on failure.
 */
let held = false;
const listeners = new Set<(held: boolean) => void>();

export function tryAcquirePrintLock(): boolean {
  if (held) return false;
  held = true;
  listeners.forEach((l) => l(true));
  return true;
}

export function releasePrintLock(): void {
  if (!held) return;
  held = false;
  listeners.forEach((l) => l(false));
}

export function isPrintLocked(): boolean {
  return held;
}

export function subscribePrintLock(listener: (held: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
