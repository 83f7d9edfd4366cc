import 'server-only';
import { getConfig } from '@/lib/config';
import { getCrm } from '@/lib/crm/registry';
import { getErp } from '@/lib/erp/registry';
import { createLogger, type Logger } from '@/lib/http';
import { processSingleton } from '@/lib/process-singleton';
import { getStore } from '@/lib/store';
import type { CadastroDeps } from './cadastro';
import type { ProvaDeps } from './cadastro-prova';

function logger(): Logger {
  return processSingleton('cadastro-logger', () =>
    createLogger({ level: getConfig().erp.logLevel, name: 'cadastro' }),
  );
}

/** The configured systems for "Meus dados" (kiosk and desk share them). */
export async function cadastroDeps(): Promise<CadastroDeps & ProvaDeps> {
  const config = getConfig();
  const store = await getStore();
  return {
    crm: getCrm(),
    erp: getErp(),
    store,
    logger: logger(),
    // The store's keyed hash: logs and the audit trail name a document the same way.
    hashDocumento: (documento) => store.hashDocumento(documento),
    regra: { maxFailures: config.cadastro.provaMaxFalhas, lockSeconds: config.cadastro.provaBloqueioSeconds },
  };
}
