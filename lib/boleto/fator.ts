import { addDays, diffDays, type IsoDate } from '@/lib/domain/dates';

/** Day 0 of the fator de vencimento (FEBRABAN). */
export const FATOR_BASE: IsoDate = '1997-10-07';
/** Fator 9999 was reached on 2025-02-21; the next day restarted at 1000, so a cycle is 9000 days. */
const CYCLE = 9000;
const FIRST = 1000;
/** FEBRABAN decoding window: a due date is at most 3000 days past or 5500 days ahead of today. */
export const FATOR_WINDOW_PAST = 3000;
export const FATOR_WINDOW_AHEAD = 5500;

/**
 * The 4-digit fator for a due date, cycle-aware: `((days − 1000) mod 9000) + 1000`.
 * Throws RangeError for dates before 2000-07-03 (fator 1000 in the first cycle), which no boleto carries now.
 */
export function fatorFromDate(date: IsoDate): string {
  const days = diffDays(FATOR_BASE, date);
  if (days < FIRST) throw new RangeError(`data sem fator de vencimento (anterior a 2000-07-03): ${date}`);
  return String(((days - FIRST) % CYCLE) + FIRST);
}

/**
 * The due date a fator denotes when read on `today`: the candidate `1997-10-07 + F + 9000k` that lies within
 * −3000…+5500 days of today. Null for `0000` (no due date) and for fatores with no candidate in the window
 * (around 2026-11-22, F 7139–7637), which must be treated as unknown rather than guessed.
 * Throws RangeError when `fator` is not 4 digits.
 */
export function dateFromFator(fator: string, today: IsoDate): IsoDate | null {
  if (!/^\d{4}$/.test(fator)) throw new RangeError(`fator de vencimento deve ter 4 dígitos: ${fator}`);
  const f = Number(fator);
  if (f === 0) return null;
  const t = diffDays(FATOR_BASE, today);
  const earliest = t - FATOR_WINDOW_PAST;
  // 0001–0999 only ever meant 1997–2000 (the restart goes back to 1000), so they have no later cycles.
  const k = f < FIRST ? 0 : Math.max(0, Math.ceil((earliest - f) / CYCLE));
  const days = f + k * CYCLE;
  return days >= earliest && days <= t + FATOR_WINDOW_AHEAD ? addDays(FATOR_BASE, days) : null;
}
