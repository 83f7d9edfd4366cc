import 'server-only';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import type { DesbloqueioResultado, Plano } from '@/lib/domain/types';
import { desbloqueioResultado } from '@/lib/erp/desbloqueio';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import type { KioskSession } from '@/lib/session/kiosk';
import { getStore } from '@/lib/store';
import { certo, escritaNoErp, idempotencyKeyOf, type EscritaIncerta } from './confirmacao';
import { auditKiosk } from './kiosk-audit';
import { estadoPendencias, type EstadoPendencias } from './pendencias';

/**
 * "Meus planos" and the trust unlock (desbloqueio de confiança) for the session's customer. The document
 * always comes from the session; a plan id from the request is only used after it is found among the
 * customer's own plans.
 */

export interface PlanosDoCliente {
  planos: Plano[];
  /** Open faturas (to suggest paying), or null when they could not be read. */
  faturasAbertas: number | null;
  pendencias: EstadoPendencias;
}

function requireFn<T>(fn: T | undefined, cap: string): T {
  if (!fn) throw new DomainError('FUNCAO_INDISPONIVEL', { details: `ERP sem ${cap}` });
  return fn;
}

async function faturasAbertas(session: KioskSession): Promise<number | null> {
  try {
    return (await getErp().listFaturas(session.documento)).length;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}

export async function planosDoCliente(session: KioskSession): Promise<PlanosDoCliente> {
  const erp = getErp();
  const listPlanos = requireFn(erp.listPlanos?.bind(erp), 'listPlanos');
  return runWithCorrelationId(newCorrelationId(), async () => {
    const [planos, abertas, pendencias] = await Promise.all([
      listPlanos(session.documento),
      faturasAbertas(session),
      erp.capabilities.has('desbloqueio') ? estadoPendencias(session.documento, erp) : 'nenhuma',
    ]);
    return { planos, faturasAbertas: abertas, pendencias: pendencias as EstadoPendencias };
  });
}

/** One of the customer's plans (null when it is not theirs). */
export async function planoDoCliente(session: KioskSession, planoId: string): Promise<Plano | null> {
  if (!/^[\w.-]{1,64}$/.test(planoId)) return null;
  const erp = getErp();
  const listPlanos = requireFn(erp.listPlanos?.bind(erp), 'listPlanos');
  const planos = await runWithCorrelationId(newCorrelationId(), () => listPlanos(session.documento));
  return planos.find((p) => p.id === planoId) ?? null;
}

export interface DesbloqueioFeito extends DesbloqueioResultado {
  /** The answer of an earlier request with the same confirmation (double tap, retried request). */
  replayed: boolean;
}

/**
 * Runs the trust unlock at most once per confirmation key (minted with the confirmation screen). Checks, on
 * the server, that the plan is the customer's and offered for unlock and that no internal notice stands in
 * the way; audits the first run.
 */
export async function desbloquearPlano(
  session: KioskSession,
  planoId: string,
  token: unknown,
): Promise<DesbloqueioFeito> {
  const erp = getErp();
  const desbloquear = requireFn(
    erp.capabilities.has('desbloqueio') ? erp.desbloquear?.bind(erp) : undefined,
    'desbloqueio',
  );
  const key = idempotencyKeyOf(session, 'kiosk.desbloqueio', planoId, token);
  if (!key) throw new DomainError('CONFIRMACAO_INVALIDA');
  const store = await getStore();
  const correlationId = newCorrelationId();
  const { value, replayed } = await runWithCorrelationId(correlationId, () =>
    store.idempotency.run(
      'kiosk.desbloqueio',
      key,
      async (): Promise<DesbloqueioResultado | EscritaIncerta> => {
        try {
          const plano = await planoDoCliente(session, planoId);
          if (!plano || !plano.desbloqueioDisponivel) {
            const r = desbloqueioResultado(plano ? 'nao_disponivel' : 'plano_nao_encontrado');
            await auditKiosk(session, 'kiosk.desbloqueio', 'recusado', { planoId, motivo: r.motivo });
            return r;
          }
          const pendencias = await estadoPendencias(session.documento, erp);
          if (pendencias !== 'nenhuma') {
            await auditKiosk(session, 'kiosk.desbloqueio', 'recusado', { planoId, motivo: pendencias });
            throw new DomainError('PENDENCIA_INTERNA');
          }
          const r = await escritaNoErp(
            () => desbloquear(session.documento, planoId),
            () =>
              auditKiosk(session, 'kiosk.desbloqueio', 'erro', { planoId, codigo: 'ERP_SEM_CONFIRMACAO' }),
          );
          if ('incerto' in r) return r;
          await auditKiosk(session, 'kiosk.desbloqueio', r.ok ? 'ok' : 'recusado', {
            planoId,
            motivo: r.motivo,
          });
          return r;
        } catch (error) {
          if (isDomainError(error) && error.code !== 'PENDENCIA_INTERNA')
            await auditKiosk(session, 'kiosk.desbloqueio', 'erro', { planoId, codigo: error.code });
          throw error;
        }
      },
    ),
  );
  return { ...certo(value), replayed };
}
