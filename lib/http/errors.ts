import { DomainError, type ErrorCode } from '@/lib/domain/errors';

/**
 * How outbound failures become DomainErrors. One table for every adapter, so "the ERP is down" means the
 * same thing (same code, same `retryable`) whichever ERP the store runs.
 */

export interface FailureContext {
  upstream: string;
  /** Already redacted (lib/http/redact). */
  url: string;
  method: string;
}

/** Codes that mean "the upstream is unwell" and count against its circuit breaker. */
export const BREAKER_CODES: ReadonlySet<ErrorCode> = new Set(['ERP_TIMEOUT', 'ERP_INDISPONIVEL']);

/** The circuit is open: the call was refused without contacting the upstream. */
export class CircuitOpenError extends DomainError {
  constructor(upstream: string) {
    super('ERP_INDISPONIVEL', {
      retryable: true,
      details: `${upstream}: circuito aberto, chamada recusada sem contatar o ERP`,
    });
    this.name = 'CircuitOpenError';
  }
}

export function errorForStatus(
  status: number,
  ctx: FailureContext,
  bodySnippet: string,
  retryAfterSeconds?: number,
): DomainError {
  const details = `${ctx.upstream} ${ctx.method} ${ctx.url} → HTTP ${status}${bodySnippet ? `: ${bodySnippet}` : ''}`;
  if (status === 401 || status === 403)
    return new DomainError('AUTENTICACAO_ERP', { details, retryable: false });
  if (status === 408 || status === 504) return new DomainError('ERP_TIMEOUT', { details, retryable: true });
  if (status === 429 || status >= 500) {
    return new DomainError('ERP_INDISPONIVEL', { details, retryable: true, retryAfterSeconds });
  }
  return new DomainError('ERP_REJEITOU', { details, retryable: false });
}

interface ErrorWithCode {
  code?: unknown;
  name?: unknown;
  cause?: unknown;
  message?: unknown;
}

function chain(error: unknown): ErrorWithCode[] {
  const out: ErrorWithCode[] = [];
  let cur: unknown = error;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const e = cur as ErrorWithCode;
    out.push(e);
    cur = e.cause;
  }
  return out;
}

const CONNECT_TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

/**
 * A thrown fetch/stream error → DomainError. `timedOut` is true when our own deadline fired (the abort reason
 * is ours), which undici reports in several shapes depending on whether headers had arrived.
 */
export function errorForException(error: unknown, ctx: FailureContext, timedOut: boolean): DomainError {
  if (error instanceof DomainError) return error;
  const links = chain(error);
  const names = links.map((e) => String(e.name ?? ''));
  const codes = links.map((e) => String(e.code ?? ''));
  const first = links[0];
  const message = first ? String(first.message ?? '') : String(error);
  const details = `${ctx.upstream} ${ctx.method} ${ctx.url}: ${codes.filter(Boolean).join('/') || names[0] || 'erro'} ${message}`;
  if (timedOut || names.includes('TimeoutError') || codes.some((c) => CONNECT_TIMEOUT_CODES.has(c))) {
    return new DomainError('ERP_TIMEOUT', { details, retryable: true, cause: error });
  }
  // Refused, reset, DNS, closed mid-body ("terminated"), TLS: all mean we could not get a whole answer.
  return new DomainError('ERP_INDISPONIVEL', { details, retryable: true, cause: error });
}
