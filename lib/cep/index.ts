import 'server-only';
import { getConfig } from '@/lib/config';
import { createLogger } from '@/lib/http';
import { processSingleton } from '@/lib/process-singleton';
import { createCepLookup, type CepLookup } from './lookup';

export type { CepResultado, EnderecoCep } from './types';
export type { CepLookup, CepProviderId } from './lookup';

/** The configured CEP lookup (CEP_PROVIDER, CEP_URL, CEP_TIMEOUT_MS), one per process. */
export function getCep(): CepLookup {
  return processSingleton('cep-lookup', () => {
    const { cep, erp } = getConfig();
    return createCepLookup({
      provider: cep.provider,
      baseUrl: cep.url,
      timeoutMs: cep.timeoutMs,
      logger: createLogger({ level: erp.logLevel, name: 'cep' }),
    });
  });
}
