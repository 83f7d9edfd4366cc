import { parseDocumento } from '@/lib/br';
import { DomainError, isDomainError, type ErrorCode } from '@/lib/domain/errors';
import type { Cliente } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import type { LimitDecision, RateCheck, RateLimitCounters } from '@/lib/session/rate-limit';

/**
 * What became of one lookup, for the security log and metrics: never the document. `block` is set when a limit
 * refused it (`bloqueado`) or when this failure started a block.
 */
export interface LookupEvent {
  outcome: 'encontrado' | 'nao_encontrado' | 'invalido' | 'bloqueado' | 'erro';
  code?: ErrorCode;
  block?: { blockedBy: string[]; retryAfterSeconds: number };
}

export interface IdentificarDeps {
  erp: Pick<ErpAdapter, 'findCliente' | 'clienteSoPorFaturas'>;
  counters: RateLimitCounters;
  now: () => number;
  /** Told the outcome of every lookup (refusals by the limit included). */
  onOutcome?: (event: LookupEvent) => void;
}

/**
 * Identification by CPF/CNPJ: the rate limit first (every check in `checks` must allow it), then the check
 * digits (no ERP call for a typo), then the ERP. A typo and an unknown document are failures for the streaks.
 * Throws DomainError: DOCUMENTO_INVALIDO, LIMITE_CONSULTAS (with retryAfterSeconds), CLIENTE_NAO_ENCONTRADO
 * (CLIENTE_SEM_FATURAS when the ERP knows customers only by open faturas),
 * or whatever the adapter raised (ERP_INDISPONIVEL, ERP_TIMEOUT ...).
 */
export async function identificarCliente(
  input: string,
  checks: readonly RateCheck[],
  deps: IdentificarDeps,
): Promise<Cliente> {
  const report = deps.onOutcome ?? (() => undefined);
  const gate = await deps.counters.attempt(checks, deps.now());
  if (!gate.allowed) {
    report({ outcome: 'bloqueado', block: blockOf(gate) });
    throw limitError(gate);
  }

  const doc = parseDocumento(input);
  if (!doc.ok) {
    const after = await deps.counters.record(checks, 'failure', deps.now());
    report({ outcome: 'invalido', ...(after.allowed ? {} : { block: blockOf(after) }) });
    if (!after.allowed) throw limitError(after);
    throw new DomainError('DOCUMENTO_INVALIDO', { details: doc.reason });
  }
  let cliente: Cliente | null;
  try {
    cliente = await deps.erp.findCliente(doc.value);
  } catch (error) {
    report({ outcome: 'erro', code: isDomainError(error) ? error.code : 'ERRO_INTERNO' });
    throw error;
  }
  if (!cliente) {
    const after = await deps.counters.record(checks, 'failure', deps.now());
    report({ outcome: 'nao_encontrado', ...(after.allowed ? {} : { block: blockOf(after) }) });
    if (!after.allowed) throw limitError(after);
    // Without "Informações do cliente" the ERP only knows customers with something open: say just that.
    throw new DomainError(deps.erp.clienteSoPorFaturas ? 'CLIENTE_SEM_FATURAS' : 'CLIENTE_NAO_ENCONTRADO');
  }
  await deps.counters.record(checks, 'found', deps.now());
  report({ outcome: 'encontrado' });
  return cliente;
}

type Refusal = Extract<LimitDecision, { allowed: false }>;

function blockOf(decision: Refusal): NonNullable<LookupEvent['block']> {
  return { blockedBy: decision.blockedBy, retryAfterSeconds: decision.retryAfterSeconds };
}

function limitError(decision: Refusal): DomainError {
  return new DomainError('LIMITE_CONSULTAS', {
    retryAfterSeconds: decision.retryAfterSeconds,
    details: `limite: ${decision.blockedBy.join(', ')}`,
  });
}
