import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { getConfig } from '@/lib/config';
import { provaDaSessao, type ProvaDeTitularidade } from '@/lib/services/cadastro-prova';
import { PROVA_COOKIE } from './constants';
import type { KioskSession } from './kiosk';

/**
 * The ownership proof of "Meus dados", remembered for the rest of the kiosk session: a sealed (iron-session),
 * httpOnly, SameSite=strict cookie bound to the session id and document. "Sair", the idle reset and expiry end
 * the session, and with it every proof made in it (a new session has a new id); the cookie is also deleted.
 */

interface ProvaSelada {
  sid: string;
  documento: string;
  em: number;
}

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

export async function guardarProva(session: KioskSession, prova: ProvaDeTitularidade): Promise<void> {
  const { session: cfg } = getConfig();
  const data: ProvaSelada = { sid: session.sid, documento: prova.documento, em: prova.em };
  const sealed = await sealData(data, { password: cfg.secret, ttl: cfg.maxSeconds });
  (await cookies()).set(PROVA_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: await isHttps(),
    maxAge: cfg.maxSeconds,
  });
}

/** The proof made in this session for its customer, or null. */
export async function lerProva(session: KioskSession): Promise<ProvaDeTitularidade | null> {
  const sealed = (await cookies()).get(PROVA_COOKIE)?.value;
  if (!sealed) return null;
  const { session: cfg } = getConfig();
  let data: unknown;
  try {
    data = await unsealData<unknown>(sealed, { password: cfg.secret, ttl: cfg.maxSeconds });
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Partial<ProvaSelada>;
  if (d.sid !== session.sid || d.documento !== session.documento || typeof d.em !== 'number') return null;
  return provaDaSessao(d.documento, d.em);
}

export async function apagarProva(): Promise<void> {
  (await cookies()).delete(PROVA_COOKIE);
}
