import 'server-only';
import { randomUUID } from 'node:crypto';
import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { getConfig } from '@/lib/config';
import type { Cliente } from '@/lib/domain/types';
import { processSingleton } from '@/lib/process-singleton';
import { SessionRegistry } from './registry';

/**
 * The kiosk session: the customer's document lives only in an encrypted (iron-session, AES-256-CBC + HMAC),
 * httpOnly, SameSite=strict cookie set at identification, and is valid only while its id is in the server
 * registry. Every later action takes the document from here, never from the request.
 */
export const SESSION_COOKIE = 'totem_sessao';

interface SealedSession {
  sid?: string;
}

export interface KioskSession {
  sid: string;
  documento: string;
  clienteId: string;
  nome: string;
}

// One registry per process; the idle limit is the client's idle reset plus a grace for a slow network.
// A process singleton, not a module variable: `next build` puts route handlers (app/api, e.g. the boleto PDF)
// and pages/actions in separate server chunks, each with its own copy of this module.
function getRegistry(): SessionRegistry {
  return processSingleton('session-registry', () => {
    const { kiosk, session } = getConfig();
    return new SessionRegistry({
      idleMs: (kiosk.idleSeconds + kiosk.idleWarningSeconds + 30) * 1000,
      maxMs: session.maxSeconds * 1000,
    });
  });
}

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

async function sessionOptions(): Promise<SessionOptions> {
  const { session } = getConfig();
  return {
    password: session.secret,
    cookieName: SESSION_COOKIE,
    ttl: session.maxSeconds,
    cookieOptions: { httpOnly: true, sameSite: 'strict', path: '/', secure: await isHttps() },
  };
}

async function sealed() {
  return getIronSession<SealedSession>(await cookies(), await sessionOptions());
}

/** Opens a session for `cliente` (ending any previous one on this browser). */
export async function startKioskSession(cliente: Cliente): Promise<KioskSession> {
  const s = await sealed();
  if (s.sid) getRegistry().close(s.sid);
  const record = getRegistry().open(
    { sid: randomUUID(), documento: cliente.documento, clienteId: cliente.id, nome: cliente.nome },
    Date.now(),
  );
  s.sid = record.sid;
  await s.save();
  return { sid: record.sid, documento: record.documento, clienteId: record.clienteId, nome: record.nome };
}

/** The live session, or null (no cookie, a cookie that fails to unseal, or a revoked/expired session). */
export async function getKioskSession(): Promise<KioskSession | null> {
  const s = await sealed();
  if (!s.sid) return null;
  const record = getRegistry().touch(s.sid, Date.now());
  if (!record) return null;
  return { sid: record.sid, documento: record.documento, clienteId: record.clienteId, nome: record.nome };
}

/** Ends the session on the server and clears the cookie. Safe to call without a session. */
export async function endKioskSession(): Promise<void> {
  const s = await sealed();
  if (s.sid) getRegistry().close(s.sid);
  s.destroy();
}
