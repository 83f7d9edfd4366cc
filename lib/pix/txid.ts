import { foldAscii } from './text';
import { TXID_MAX } from './types';

/** The BR Code marker for "no txid". */
export const TXID_NONE = '***';
const PREFIX = 'TOTEM';

/** Alphanumerics of `s` (accents folded first), cut to 25; `***` when nothing is left. */
export function sanitizeTxid(s: string | null | undefined): string {
  const clean = foldAscii(s ?? '')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, TXID_MAX);
  return clean === '' ? TXID_NONE : clean;
}

/** FNV-1a 32-bit: a tiny deterministic hash to keep long ids distinct after truncation (not security). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).toUpperCase().padStart(8, '0');
}

/**
 * Deterministic txid for a fatura id: `TOTEM` + its alphanumerics (`TOTEM12345`). When that passes 25
 * characters, the tail is replaced by a hash of the whole seed so two long ids sharing a prefix still differ.
 */
export function pixTxid(seed: string): string {
  const alnum = foldAscii(seed).replace(/[^A-Za-z0-9]/g, '');
  const plain = PREFIX + alnum;
  if (plain.length <= TXID_MAX) return plain;
  const hash = fnv1a(seed);
  return PREFIX + alnum.slice(0, TXID_MAX - PREFIX.length - hash.length) + hash;
}
