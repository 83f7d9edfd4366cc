/**
 * The audit trail's hash chain. Every row carries `hash = HMAC(auditKey, canonical(row fields + prev_hash))`,
 * so altering a row breaks its hash, removing one breaks the next row's link and the contiguous `seq`, and
 * forging a consistent replacement needs the key (which is not in the database). The head (last seq and hash)
 * is kept MACed in store_meta, so cutting rows off the end is detected too. Pruning leaves a MACed checkpoint
 * (the last pruned seq and hash) that the first kept row links to.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditLogTable } from './schema';

export const GENESIS = '';

type Chained = Omit<AuditLogTable, 'hash'>;

export function rowHash(key: string, row: Chained): string {
  const canonical = JSON.stringify([
    'totem.audit.v1',
    row.seq,
    row.at,
    row.actor_kind,
    row.actor_id,
    row.actor_name,
    row.documento_hash,
    row.action,
    row.result,
    row.correlation_id,
    row.details,
    row.prev_hash,
  ]);
  return mac(key, canonical);
}

export interface AuditHead {
  seq: number;
  hash: string;
}

export function headMac(key: string, head: AuditHead): string {
  return mac(key, JSON.stringify(['totem.audit.head.v1', head.seq, head.hash]));
}

export function checkpointMac(
  key: string,
  c: { through_seq: number; last_hash: string; at: number; pruned: number },
): string {
  return mac(key, JSON.stringify(['totem.audit.checkpoint.v1', c.through_seq, c.last_hash, c.at, c.pruned]));
}

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function mac(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('base64url');
}
