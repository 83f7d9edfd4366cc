import 'server-only';
import type { AppConfig } from '@/lib/config';
import { createHttpClient, createLogger, type HttpClient, type HttpClientOptions } from '@/lib/http';

/**
 * The CRM adapters' transport: lib/http (timeouts, retries for reads only, the CRM's own circuit breaker,
 * one redacted log line per call). Breakers are keyed `crm:<vendor>:<origin>`, apart from the ERP's: a CRM
 * outage never fails the billing screens.
 */
export type CrmHttpOptions = Pick<
  HttpClientOptions,
  'timeoutMs' | 'retries' | 'breaker' | 'logger' | 'sleep' | 'random' | 'headers'
> & {
  /** Breaker/log name instead of the vendor's (tests run several adapters against one simulator). */
  name?: string;
};

export function createCrmHttp(vendor: string, baseUrl: string, options: CrmHttpOptions = {}): HttpClient {
  const { name, ...rest } = options;
  return createHttpClient({
    upstream: `crm:${name ?? vendor}:${new URL(baseUrl).origin}`,
    baseUrl,
    ...rest,
  });
}

/** AppConfig → the lib/http options every CRM adapter shares. */
export function crmHttpOptionsFrom(config: AppConfig): CrmHttpOptions {
  return {
    timeoutMs: config.crm.timeoutMs,
    retries: config.crm.retries,
    breaker: { failureThreshold: config.crm.circuitFailures, openMs: config.crm.circuitOpenMs },
    logger: createLogger({ level: config.crm.logLevel, name: 'crm' }),
  };
}

export async function breakerHealth(http: HttpClient) {
  const b = http.breakerState();
  return {
    state: b.health,
    detail: b.health === 'up' ? undefined : `${b.consecutiveFailures} falha(s) seguidas`,
  } as const;
}
