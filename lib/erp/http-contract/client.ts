import 'server-only';
import { DomainError } from '@/lib/domain/errors';
import { decodeText, parseJsonText } from '@/lib/http/body';
import { createHttpClient, type HttpClient, type HttpClientOptions, type HttpMethod } from '@/lib/http';
import { invalid } from '../vendor-values';
import { FUNCTION_SPECS, type ContractFunction } from './functions';
import type { FunctionOverrides } from './options';

export interface ContractClientOptions {
  baseUrl: string;
  /** Names the upstream in logs and its circuit breaker (default `http-contract`); one breaker per name+origin. */
  name?: string;
  token?: string;
  /** Header that carries the token (default `Authorization`). */
  authHeader?: string;
  /** Prefix before the token (default `Bearer`; empty string sends the bare token). */
  authScheme?: string;
  functions?: FunctionOverrides;
  http?: Pick<HttpClientOptions, 'timeoutMs' | 'retries' | 'breaker' | 'logger' | 'sleep' | 'random'>;
}

export interface CallOptions {
  /** A 404 means "no such record" (lookups) instead of "function not implemented". */
  notFoundIsEmpty?: boolean;
  /** The contract gives this function no output ("N/A"): an empty body is success. */
  noOutput?: boolean;
  /** Raw bytes are fine (PDF functions may answer with the file itself). */
  bytes?: boolean;
}

export type CallResult = { found: false } | { found: true; data: unknown } | { found: true; pdf: Uint8Array };

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

export interface ContractClient {
  http: HttpClient;
  call(fn: ContractFunction, input: Record<string, unknown>, options?: CallOptions): Promise<CallResult>;
}

export function createContractClient(options: ContractClientOptions): ContractClient {
  const origin = new URL(options.baseUrl).origin;
  const authHeaders: Record<string, string> = {};
  if (options.token) {
    const scheme = options.authScheme ?? 'Bearer';
    authHeaders[options.authHeader ?? 'Authorization'] = scheme
      ? `${scheme} ${options.token}`
      : options.token;
  }
  const http = createHttpClient({
    upstream: `${options.name ?? 'http-contract'}:${origin}`,
    baseUrl: options.baseUrl,
    headers: authHeaders,
    ...options.http,
  });

  async function call(
    fn: ContractFunction,
    input: Record<string, unknown>,
    callOptions: CallOptions = {},
  ): Promise<CallResult> {
    const spec = FUNCTION_SPECS[fn];
    const override = options.functions?.[fn];
    const method: HttpMethod = override?.method ?? 'POST';
    const path = override?.url ?? override?.path ?? spec.defaultPath;
    const useQuery = method === 'GET';
    const request = {
      method,
      path,
      headers: override?.headers,
      query: useQuery ? toQuery(input) : undefined,
      json: useQuery ? undefined : input,
      idempotent: spec.read,
      acceptStatus: [404, 405, 501],
      emptyOk: callOptions.noOutput,
      operation: fn,
    };
    if (callOptions.bytes) {
      const r = await http.bytes(request);
      if (r.status !== 200 && r.status >= 300) return notImplementedOrEmpty(fn, r.status, callOptions);
      if (PDF_MAGIC.every((b, i) => r.bytes[i] === b)) return { found: true, pdf: r.bytes };
      const parsed = parseJsonText(decodeText(r.bytes), r.contentType);
      if (!parsed.ok) throw invalid('http-contract', `${fn}: corpo ${parsed.reason}`);
      return { found: true, data: unwrapJsonString(parsed.value, fn) };
    }
    const r = await http.json(request);
    if (r.status >= 300) return notImplementedOrEmpty(fn, r.status, callOptions);
    return { found: true, data: unwrapJsonString(r.data, fn) };
  }

  return { http, call };
}

function notImplementedOrEmpty(fn: ContractFunction, status: number, options: CallOptions): CallResult {
  if (status === 404 && options.notFoundIsEmpty) return { found: false };
  throw new DomainError('FUNCAO_INDISPONIVEL', {
    retryable: false,
    details: `http-contract: ${fn} respondeu HTTP ${status} (função não implementada no ERP ou caminho errado)`,
  });
}

/**
 * The contract declares every output as a STRING holding JSON, so a vendor may send the JSON itself or a
 * JSON string that contains it (even twice encoded). Plain strings that are not JSON stay strings.
 */
export function unwrapJsonString(data: unknown, fn: string): unknown {
  let value = data;
  for (let depth = 0; depth < 3 && typeof value === 'string'; depth++) {
    const t = value.trim();
    if (t === '' || t === 'null') return null;
    if (!/^[[{"]/.test(t)) return value;
    try {
      value = JSON.parse(t) as unknown;
    } catch {
      throw invalid('http-contract', `${fn}: texto JSON inválido dentro da resposta`);
    }
  }
  return value;
}

function toQuery(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (v === undefined || v === null) continue;
    out[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return out;
}
