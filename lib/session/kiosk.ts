import 'server-only';
import { randomUUID } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import type { Cliente } from '@/lib/domain/types';
import { processSingleton } from '@/lib/process-singleton';
import { getStore } from '@/lib/store';
import { sessionLimitsFrom } from '@/lib/store/open';
import { PROVA_COOKIE } from './constants';
import { currentKioskId } from './kiosk-cookie';
import { UnsealMemo } from './unseal-memo';

/**
 * The kiosk session: the customer's document lives in an encrypted (iron-session: AES-256-CBC + HMAC-SHA256),
 * httpOnly, SameSite=strict cookie set at identification, and the session is valid only while its record is in
 * the store (kiosk_sessions: sid, the document's keyed hash, kiosk id, times), so "Sair", the idle reset and
 * expiry revoke it even if the cookie is replayed, on whichever instance serves the next request, and a restart
 * keeps it (same SESSION_SECRET). Every later action takes the document from here, never from the request.
 */
export const SESSION_COOKIE = 'totem_sessao';

export interface KioskSession {
  sid: string;
  documento: string;
  clienteId: string;
  nome: string;
  /**
   * The signed kiosk id of the browser that identified (lib/session/kiosk-id), '' when it had none: the
   * session is refused from any other kiosk, so a copied session cookie is worthless elsewhere. Always set
   * by startKioskSession; optional so callers that build a session for a service call need not invent one.
   */
  kioskId?: string;
}

/** The server-side limits: the client's idle reset plus a grace for a slow network; the absolute lifetime. */
function limits(): { idleMs: number; maxMs: number } {
  return processSingleton('session-limits', () => sessionLimitsFrom(getConfig()));
}

/**
 * Unsealing derives two keys with PBKDF2 on every call (the largest cost of a page request in a profile of
 * /cliente). The sealed string is authenticated ciphertext, so the result for the exact same string is the
 * same: remember it. Bounded; a revoked session is still refused by the registry.
 */
function getUnsealMemo(): UnsealMemo<KioskSession> {
  return processSingleton('session-unseal-memo', () => new UnsealMemo<KioskSession>(1000));
}

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

function isKioskSession(value: unknown): value is KioskSession {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['sid', 'documento', 'clienteId', 'nome'].every((k) => typeof v[k] === 'string' && v[k] !== '') &&
    (v.kioskId === undefined || typeof v.kioskId === 'string')
  );
}

async function readCookie(): Promise<KioskSession | null> {
  const sealed = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!sealed) return null;
  const memo = getUnsealMemo();
  const known = memo.get(sealed);
  if (known) return known;
  const { session } = getConfig();
  let data: unknown;
  try {
    data = await unsealData<unknown>(sealed, { password: session.secret, ttl: session.maxSeconds });
  } catch {
    return null; // tampered, sealed with another key, or malformed
  }
  if (!isKioskSession(data)) return null; // expired seals unseal to {}
  memo.set(sealed, data);
  return data;
}

/** Whether a session may be used by the browser presenting kiosk id `current` (null: none or forged). */
export function sameKiosk(session: Pick<KioskSession, 'kioskId'>, current: string | null): boolean {
  return (session.kioskId ?? '') === (current ?? '');
}

/** Opens a session for `cliente` (ending any previous one on this browser). */
export async function startKioskSession(cliente: Cliente): Promise<KioskSession> {
  const store = await getStore();
  const previous = await readCookie();
  if (previous) await store.sessions.close(previous.sid);
  const data: KioskSession = {
    sid: randomUUID(),
    documento: cliente.documento,
    clienteId: cliente.id,
    nome: cliente.nome,
    kioskId: (await currentKioskId()) ?? '',
  };
  await store.sessions.open({
    sid: data.sid,
    documentoHash: store.hashDocumento(data.documento),
    kioskId: (await currentKioskId()) ?? 'sem-id',
  });
  const { session } = getConfig();
  const sealed = await sealData(data, { password: session.secret, ttl: session.maxSeconds });
  (await cookies()).set(SESSION_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: await isHttps(),
    maxAge: session.maxSeconds,
  });
  return data;
}

/**
 * The live session, or null (no cookie, a cookie that fails to unseal, or a revoked/expired session): one
 * atomic statement in the store checks and refreshes it. Memoised per request: the layout and the page of one
 * render share one lookup. Throws DomainError BANCO_INDISPONIVEL when the store cannot be reached.
 */
export const getKioskSession = cache(async (): Promise<KioskSession | null> => {
  const data = await readCookie();
  if (!data) return null;
  if (!sameKiosk(data, await currentKioskId())) return null; // another browser's session cookie
  const store = await getStore();
  const record = await store.sessions.touch(data.sid, limits());
  if (!record || record.documentoHash !== store.hashDocumento(data.documento)) return null;
  return data;
});

/**
 * Ends the session on the server and clears the cookie. Safe to call without a session. The cookie goes even
 * when the store cannot be reached (the record then dies at its idle limit).
 */
export async function endKioskSession(): Promise<void> {
  const data = await readCookie();
  const jar = await cookies();
  jar.delete(SESSION_COOKIE);
  // "Meus dados": the ownership proof made in this session (lib/session/cadastro-prova) goes with it.
  jar.delete(PROVA_COOKIE);
  if (!data) return;
  try {
    await (await getStore()).sessions.close(data.sid);
  } catch {
    // The store is unreachable: the cookies are gone and the record dies at its idle limit.
  }
}
