import 'server-only';
import type { LockoutState, Store } from '@/lib/store';

/**
 * Lockouts that are about one customer document, which a supervisor may lift after checking the person's ID:
 * the ownership proof of "Meus dados" (lib/services/cadastro-prova.ts, `cadastro.prova:<hash>`). Lookup limits
 * are per totem and address, not per document, and expire by themselves.
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
