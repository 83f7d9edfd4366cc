import 'server-only';
import type { AppConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { createLogger } from '@/lib/http';
import type { HttpContractErpOptions } from '.';

/** AppConfig → adapter options (the registry's factory line). */
export function httpContractOptionsFrom(config: AppConfig): HttpContractErpOptions {
  const hc = config.erp.httpContract;
  if (!hc)
    throw new DomainError('CONFIGURACAO_INVALIDA', { details: 'HTTP_CONTRACT_BASE_URL/TOKEN ausentes' });
  return {
    baseUrl: hc.baseUrl,
    token: hc.token,
    authHeader: hc.authHeader,
    authScheme: hc.authScheme,
    functions: hc.functions,
    disabled: hc.disabled,
    http: {
      timeoutMs: config.erp.timeoutMs,
      retries: config.erp.retries,
      breaker: { failureThreshold: config.erp.circuitFailures, openMs: config.erp.circuitOpenMs },
      logger: createLogger({ level: config.erp.logLevel, name: 'erp' }),
    },
  };
}
