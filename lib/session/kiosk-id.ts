import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Kiosk ids are minted by the server and signed, so a client cannot choose its own rate-limit bucket: the
 * `totem_kiosk` cookie holds `<id>.<HMAC-SHA256(id)>`, with a key derived from SESSION_SECRET (a separate key,
 * so the session seal key is used for nothing else). A cookie that does not verify counts as no id at all.
 */

const ID_BYTES = 16;
const ID_RE = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

/** The signing key for kiosk ids, derived from the session secret. */
export function kioskIdKey(sessionSecret: string): Buffer {
  return createHmac('sha256', sessionSecret).update('totem/kiosk-id/v1').digest();
}

function sign(key: Buffer, id: string): Buffer {
  return createHmac('sha256', key).update(id).digest();
}

/** A new random id with its signature: the cookie value. */
export function mintKioskId(key: Buffer): string {
  const id = randomBytes(ID_BYTES).toString('base64url');
  return `${id}.${sign(key, id).toString('base64url')}`;
}

/** The id in a cookie value when its signature verifies; null for a missing, malformed or forged value. */
export function verifyKioskId(value: string | undefined, key: Buffer): string | null {
  const m = value ? ID_RE.exec(value) : null;
  const id = m?.[1];
  const mac = m?.[2];
  if (!id || !mac) return null;
  const given = Buffer.from(mac, 'base64url');
  const expected = sign(key, id);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
