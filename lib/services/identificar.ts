import { parseDocumento } from '@/lib/br';
import { DomainError } from '@/lib/domain/errors';
import type { Cliente } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import type { LookupRateLimiter } from '@/lib/session/rate-limit';

export interface IdentificarDeps {
  erp: Pick<ErpAdapter, 'findCliente'>;
  limiter: LookupRateLimiter;
  now: () => number;
}

/**
 * Identification by CPF/CNPJ: check digits first (no ERP call for a typo), then the rate limit, then the ERP.
 * Throws DomainError: DOCUMENTO_INVALIDO, LIMITE_CONSULTAS (with retryAfterSeconds), CLIENTE_NAO_ENCONTRADO,
 * or whatever the adapter raised (ERP_INDISPONIVEL, ERP_TIMEOUT ...).
 */
export async function identificarCliente(
  input: string,
  rateKeys: string[],
  deps: IdentificarDeps,
): Promise<Cliente> {
  const gate = deps.limiter.attempt(rateKeys, deps.now());
  if (!gate.allowed) throw new DomainError('LIMITE_CONSULTAS', { retryAfterSeconds: gate.retryAfterSeconds });

  const doc = parseDocumento(input);
  if (!doc.ok) {
    throwIfBlocked(deps.limiter.record(rateKeys, 'failure', deps.now()));
    throw new DomainError('DOCUMENTO_INVALIDO', { details: doc.reason });
  }
  const cliente = await deps.erp.findCliente(doc.value);
  if (!cliente) {
    throwIfBlocked(deps.limiter.record(rateKeys, 'failure', deps.now()));
    throw new DomainError('CLIENTE_NAO_ENCONTRADO');
  }
  deps.limiter.record(rateKeys, 'found', deps.now());
  return cliente;
}

function throwIfBlocked(decision: ReturnType<LookupRateLimiter['record']>): void {
  if (!decision.allowed) {
    throw new DomainError('LIMITE_CONSULTAS', { retryAfterSeconds: decision.retryAfterSeconds });
  }
}
