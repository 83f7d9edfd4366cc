import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/config';
import type { KioskSession } from '@/lib/session/kiosk';

/**
 * Confirmation keys for side-effecting ERP actions (trust unlock, ticket). The server mints one when it shows
 * the confirmation screen: a random nonce plus an HMAC binding it to the session, the action and its target.
 * The action verifies the HMAC (a key from another session, action or plan is refused) and runs the ERP call
 * through the idempotency store under `sid:target:nonce`, so a double tap or a retried request with the same
 * key runs it once and gets the first answer back. A new confirmation screen mints a new key. A sign-up
 * ("Quero ser cliente") has no customer session: its key is bound to the totem (lib/services/adesao).
 */
export type ConfirmacaoEscopo = 'kiosk.desbloqueio' | 'kiosk.chamado' | 'kiosk.adesao';

function mac(secret: string, scope: ConfirmacaoEscopo, sid: string, target: string, nonce: string): string {
  return createHmac('sha256', secret)
    .update(`confirmacao\u0000${scope}\u0000${sid}\u0000${target}\u0000${nonce}`)
    .digest('base64url');
}

export function mintConfirmacao(
  session: Pick<KioskSession, 'sid'>,
  scope: ConfirmacaoEscopo,
  target: string,
): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${mac(getConfig().session.secret, scope, session.sid, target, nonce)}`;
}

/** The idempotency key for a valid confirmation; null for anything forged, replayed elsewhere or malformed. */
export function idempotencyKeyOf(
  session: Pick<KioskSession, 'sid'>,
  scope: ConfirmacaoEscopo,
  target: string,
  token: unknown,
): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [nonce, sig, extra] = token.split('.');
  if (!nonce || !sig || extra !== undefined || !/^[\w-]{16,64}$/.test(nonce)) return null;
  const expected = Buffer.from(mac(getConfig().session.secret, scope, session.sid, target, nonce));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return `${session.sid}:${target}:${nonce}`;
}
