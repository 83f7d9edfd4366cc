import 'server-only';
import { GLOBAL_LOOKUP_KEY, NO_KIOSK_ID_KEY, type LookupPolicy } from '@/lib/session/rate-limit';
import type { LockoutState, Store } from '@/lib/store';

/**
 * Lockouts that are about one customer document, which a supervisor may lift after checking the person's ID:
 * the ownership proof of "Meus dados" (lib/services/cadastro-prova.ts, `cadastro.prova:<hash>`). Lookup limits
 * are per totem and address, not per document: see `desbloquearConsultas` below.
 */
export function documentLockKeys(documentoHash: string): { key: string; motivo: string }[] {
  return [{ key: `cadastro.prova:${documentoHash}`, motivo: 'prova_de_titularidade' }];
}

export interface DesbloqueioResultado {
  /** Which lockouts were active (and are now cleared). */
  estavamBloqueados: string[];
}

export async function desbloquearDocumento(store: Store, documento: string): Promise<DesbloqueioResultado> {
  const hash = store.hashDocumento(documento);
  const estavamBloqueados: string[] = [];
  for (const { key, motivo } of documentLockKeys(hash)) {
    const state: LockoutState = await store.lockouts.status(key);
    if (state.locked || state.failures > 0) estavamBloqueados.push(motivo);
    await store.lockouts.clear(key);
  }
  return { estavamBloqueados };
}

/**
 * Lookup limits (lib/session/rate-limit) a supervisor may lift: a totem (or the shared bucket of browsers
 * without a totem id, or a client address behind a trusted proxy) blocked after failed lookups in a row or
 * with its minute's budget spent, and the whole server's. Lookups are limited per totem and address, not
 * per document (a document is locked only by the ownership proof, above).
 */
export type LimiteDeConsulta =
  | { tipo: 'servidor' }
  | { tipo: 'sem-id' }
  | { tipo: 'totem'; kioskId: string }
  | { tipo: 'endereco'; endereco: string };

export interface BloqueioDeConsulta {
  key: string;
  limite: LimiteDeConsulta;
  retryAfterSeconds: number;
}

/** What a lookup key limits; null for anything that is not a lookup limit (never unlocked from here). */
export function limiteDaChave(key: string): LimiteDeConsulta | null {
  if (key === GLOBAL_LOOKUP_KEY) return { tipo: 'servidor' };
  if (key === NO_KIOSK_ID_KEY) return { tipo: 'sem-id' };
  const kiosk = /^lookup:kiosk:([\w-]{1,64})$/.exec(key);
  if (kiosk?.[1]) return { tipo: 'totem', kioskId: kiosk[1] };
  const ip = /^lookup:ip:([\w.:-]{1,64})$/.exec(key);
  if (ip?.[1]) return { tipo: 'endereco', endereco: ip[1] };
  return null;
}

/** The lookup limits refusing right now, with the seconds left, the whole server's first. */
export async function bloqueiosDeConsulta(
  store: Pick<Store, 'rateLimits'>,
  policy: LookupPolicy,
  now: number,
): Promise<BloqueioDeConsulta[]> {
  const out: BloqueioDeConsulta[] = [];
  for (const key of await store.rateLimits.activeKeys(now)) {
    const limite = limiteDaChave(key);
    if (!limite) continue;
    const rule = limite.tipo === 'servidor' ? policy.global : policy.perKiosk;
    const decision = await store.rateLimits.status([{ key, rule }], now);
    if (!decision.allowed) out.push({ key, limite, retryAfterSeconds: decision.retryAfterSeconds });
  }
  const order = { servidor: 0, 'sem-id': 1, totem: 2, endereco: 3 } as const;
  return out.sort((a, b) => order[a.limite.tipo] - order[b.limite.tipo] || a.key.localeCompare(b.key));
}

/** Lifts one lookup limit; `estavaBloqueado` says whether it was refusing (the unlock is recorded either way). */
export async function desbloquearConsultas(
  store: Pick<Store, 'rateLimits'>,
  policy: LookupPolicy,
  key: string,
  now: number,
): Promise<{ limite: LimiteDeConsulta; estavaBloqueado: boolean } | null> {
  const limite = limiteDaChave(key);
  if (!limite) return null;
  const estavaBloqueado = (await bloqueiosDeConsulta(store, policy, now)).some((b) => b.key === key);
  await store.rateLimits.clear([key]);
  return { limite, estavaBloqueado };
}
