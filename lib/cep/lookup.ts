import 'server-only';
import { createHttpClient, silentLogger, type Logger } from '@/lib/http';
import { isDomainError } from '@/lib/domain/errors';
import { normalizeCep } from '@/lib/br';
import { isUf } from '@/lib/br/uf';
import { createBrasilApiProvider, createViaCepProvider } from './providers';
import type { CepProvider, CepResultado } from './types';

export type CepProviderId = 'viacep' | 'brasilapi' | 'off';

export interface CepLookupOptions {
  provider: CepProviderId;
  /** Override of the service's address (the simulator in tests, a mirror in production). */
  baseUrl?: string;
  timeoutMs: number;
  logger?: Logger;
}

export interface CepLookup {
  /** False when CEP_PROVIDER=off: the form does not offer the lookup at all. */
  readonly enabled: boolean;
  buscar(cep: string): Promise<CepResultado>;
}

export const CEP_DEFAULT_URLS: Record<Exclude<CepProviderId, 'off'>, string> = {
  viacep: 'https://viacep.com.br',
  brasilapi: 'https://brasilapi.com.br',
};

/** A CEP's street rarely changes: remember answers for the process (bounded). */
const CACHE_MAX = 500;

export function createCepLookup(options: CepLookupOptions): CepLookup {
  if (options.provider === 'off') {
    return { enabled: false, buscar: async () => ({ status: 'indisponivel' }) };
  }
  const logger = options.logger ?? silentLogger;
  const baseUrl = options.baseUrl ?? CEP_DEFAULT_URLS[options.provider];
  const http = createHttpClient({
    upstream: `cep:${options.provider}:${baseUrl}`,
    baseUrl,
    timeoutMs: options.timeoutMs,
    // The customer is waiting at the screen and can always type the address: one retry at most, and a
    // circuit that stops asking a service that is down.
    retries: 1,
    breaker: { failureThreshold: 3, openMs: 30_000 },
    logger,
  });
  const provider: CepProvider =
    options.provider === 'viacep' ? createViaCepProvider(http) : createBrasilApiProvider(http);
  const cache = new Map<string, CepResultado>();

  return {
    enabled: true,
    async buscar(input) {
      const cep = normalizeCep(input);
      if (cep === null) return { status: 'nao-encontrado' };
      const known = cache.get(cep);
      if (known) return known;
      let result: CepResultado;
      try {
        const endereco = await provider.buscar(cep);
        // An answer for another CEP or an unknown UF is not an address we can offer.
        result =
          endereco && endereco.cep.replace(/\D/g, '') === cep && isUf(endereco.uf)
            ? { status: 'encontrado', endereco: { ...endereco, cep } }
            : endereco
              ? { status: 'indisponivel' }
              : { status: 'nao-encontrado' };
      } catch (error) {
        logger.warn(
          { provider: provider.id, code: isDomainError(error) ? error.code : 'desconhecido' },
          'consulta de CEP falhou; o cliente digita o endereço',
        );
        return { status: 'indisponivel' };
      }
      if (result.status !== 'indisponivel') {
        if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value ?? '');
        cache.set(cep, result);
      }
      return result;
    },
  };
}
