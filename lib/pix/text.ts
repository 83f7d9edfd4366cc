/**
 * BR Code text is printable ASCII: accents are stripped (`São Paulo` → `Sao Paulo`), whitespace becomes a
 * single space, anything else outside 0x20–0x7E is dropped, and the ends are trimmed.
 */
export function foldAscii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\s/g, ' ')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Folded, cut to `max` characters, trimmed again (a cut can leave a trailing space). */
export function foldTruncate(s: string, max: number): string {
  return foldAscii(s).slice(0, max).trim();
}
