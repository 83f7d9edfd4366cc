import 'server-only';
import { getConfig } from '@/lib/config';
import { getCrm } from '@/lib/crm/registry';
import { getErp } from '@/lib/erp/registry';
import { createLogger, type Logger } from '@/lib/http';
import { processSingleton } from '@/lib/process-singleton';
import { getStore, hashDocumento } from '@/lib/store';
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
  return {
    crm: getCrm(),
    erp: getErp(),
    store: await getStore(),
    logger: logger(),
    hashDocumento: (documento) => hashDocumento(config.session.secret, documento),
    regra: { maxFailures: config.cadastro.provaMaxFalhas, lockSeconds: config.cadastro.provaBloqueioSeconds },
  };
}
