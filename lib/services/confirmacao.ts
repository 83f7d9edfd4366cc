import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { DomainError, isDomainError } from '@/lib/domain/errors';
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

function macVinculo(
  secret: string,
  scope: ConfirmacaoEscopo,
  sid: string,
  target: string,
  nonce: string,
  vinculo: string,
): string {
  return createHmac('sha256', secret)
    .update(`vinculo\u0000${scope}\u0000${sid}\u0000${target}\u0000${nonce}\u0000${vinculo}`)
    .digest('base64url');
}

/**
 * A confirmation key that is also bound to a value the server chose (a sign-up's existing-customer order: the
 * document it found): `nonce.mac.vinculoMac`. The value is inside the HMAC only — never in the key or the
 * idempotency store. Its idempotency key is the plain key's, so the receipt can read what it sent with
 * `semVinculo(token)` (reading needs no binding; sending does).
 */
export function mintConfirmacaoVinculada(
  session: Pick<KioskSession, 'sid'>,
  scope: ConfirmacaoEscopo,
  target: string,
  vinculo: string,
): string {
  const base = mintConfirmacao(session, scope, target);
  const nonce = base.slice(0, base.indexOf('.'));
  return `${base}.${macVinculo(getConfig().session.secret, scope, session.sid, target, nonce, vinculo)}`;
}

/** The plain key inside a bound one (for reading what it sent); anything else unchanged. */
export function semVinculo(token: string): string {
  const parts = token.split('.');
  return parts.length === 3 ? `${parts[0]}.${parts[1]}` : token;
}

/** The idempotency key of a bound confirmation when it was minted for this `vinculo`; null otherwise. */
export function idempotencyKeyOfVinculada(
  session: Pick<KioskSession, 'sid'>,
  scope: ConfirmacaoEscopo,
  target: string,
  token: unknown,
  vinculo: string,
): string | null {
  if (typeof token !== 'string' || token.length > 300) return null;
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[0] || !parts[2]) return null;
  const key = idempotencyKeyOf(session, scope, target, `${parts[0]}.${parts[1]}`);
  if (!key) return null;
  const expected = Buffer.from(
    macVinculo(getConfig().session.secret, scope, session.sid, target, parts[0], vinculo),
  );
  const given = Buffer.from(parts[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return key;
}

/** What the idempotency store keeps for a write whose answer did not come in time. */
export interface EscritaIncerta {
  incerto: true;
}

/**
 * One ERP write inside an idempotent run. A timeout means the ERP got the request and may have done it (only
 * its answer is missing), so instead of releasing the key (a retry would write again: a second ticket) the run
 * ends with the uncertainty, kept under the key: the same confirmation never reaches the ERP again, and
 * `certo` tells the customer to check at the counter (ERP_SEM_CONFIRMACAO). Every other failure (refused,
 * unreachable, an answer that makes no sense) is thrown, which releases the key for a retry.
 */
export async function escritaNoErp<T>(
  write: () => Promise<T>,
  onIncerto: () => Promise<void>,
): Promise<T | EscritaIncerta> {
  try {
    return await write();
  } catch (error) {
    if (!isDomainError(error) || error.code !== 'ERP_TIMEOUT') throw error;
    await onIncerto();
    return { incerto: true };
  }
}

/** The write's result, or ERP_SEM_CONFIRMACAO for a run (first or replayed) that ended uncertain. */
export function certo<T extends object>(value: T | EscritaIncerta): T {
  if ('incerto' in value && value.incerto === true) throw new DomainError('ERP_SEM_CONFIRMACAO');
  return value as T;
}
