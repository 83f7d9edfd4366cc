/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. Business days are reckoned in America/Sao_Paulo
 * (ARCHITECTURE.md "Money, dates, text"); rules take `today` as a parameter and never read the clock.
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): value is IsoDate {
  const m = ISO_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 (UTC calendar arithmetic, no time zone involved). */
export function toEpochDay(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`data inválida: ${date}`);
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

// Building an Intl.DateTimeFormat with a time zone costs far more than formatting with one (it was 9 % of the
// CPU of a /cliente request when built per call), so the formatter is made once. en-CA formats as YYYY-MM-DD.
const SAO_PAULO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Sao_Paulo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in São Paulo, for the instant `now`. */
export function todayInSaoPaulo(now: Date = new Date()): IsoDate {
  return SAO_PAULO_DATE.format(now);
}

/** dd/mm/aaaa for people. */
export function formatDateBR(date: IsoDate): string {
  const m = ISO_RE.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/**
 * Parses the date shapes ERPs send: `YYYY-MM-DD`, `YYYY-MM-DD HH:mm:ss`, ISO timestamps and `DD/MM/YYYY`
 * (with or without a time). Returns null for anything else, including `0000-00-00`.
 */
export function parseLooseDate(value: string | null | undefined): IsoDate | null {
  if (value == null) return null;
  const s = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T].*)?$/.exec(s);
  if (iso?.[1] && isIsoDate(iso[1])) return iso[1];
  const br = /^(\d{2})\/(\d{2})\/(\d{4})(?:\s.*)?$/.exec(s);
  if (br) {
    const candidate = `${br[3]}-${br[2]}-${br[1]}`;
    if (isIsoDate(candidate)) return candidate;
  }
  return null;
}
