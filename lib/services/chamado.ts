import 'server-only';
import { z } from 'zod';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import type { Plano } from '@/lib/domain/types';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import type { KioskSession } from '@/lib/session/kiosk';
import { getStore } from '@/lib/store';
import { certo, escritaNoErp, idempotencyKeyOf, type EscritaIncerta } from './confirmacao';
import { auditKiosk } from './kiosk-audit';

/**
 * "Abrir chamado" for the session's customer: a reason from a short list, an optional message, the plan it
 * concerns. One ticket per confirmation key (double tap, retried request), audited; the ERP's protocol comes
 * back for the screen and the printed receipt.
 */
export const CHAMADO_MOTIVOS = {
  sem_conexao: 'Sem conexão',
  lentidao: 'Internet lenta',
  financeiro: 'Financeiro',
  mudanca_endereco: 'Mudança de endereço',
  outro: 'Outro assunto',
} as const;
export type ChamadoMotivo = keyof typeof CHAMADO_MOTIVOS;
export const CHAMADO_MENSAGEM_MAX = 500;
/** The confirmation target: one key per "abrir chamado" screen. */
export const CHAMADO_ALVO = 'novo';
const SCOPE = 'kiosk.chamado';

export const chamadoInputSchema = z.object({
  motivo: z.enum(Object.keys(CHAMADO_MOTIVOS) as [ChamadoMotivo, ...ChamadoMotivo[]]),
  // Control characters out, whitespace collapsed: the ERP gets plain text.
  mensagem: z
    .string()
    .max(CHAMADO_MENSAGEM_MAX)
    .transform((m) =>
      m
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  planoId: z
    .string()
    .regex(/^[\w.-]{1,64}$/)
    .nullable(),
});
export type ChamadoPedido = z.infer<typeof chamadoInputSchema>;

/** What the screen and the receipt show (JSON: it is what the idempotency store keeps). */
export interface ChamadoAberto {
  id: string;
  /** The ERP's protocol; its ticket id when it has none. */
  protocolo: string;
  assunto: string;
  planoNome: string | null;
  abertoEm: string;
}

export function chamadoDisponivel(): boolean {
  const erp = getErp();
  return erp.capabilities.has('chamado') && typeof erp.criarChamado === 'function';
}

/** Plans a ticket may concern (cancelled ones left out); empty when the ERP does not list plans or fails. */
export async function planosParaChamado(session: KioskSession): Promise<Plano[]> {
  const erp = getErp();
  if (!erp.capabilities.has('planos') || !erp.listPlanos) return [];
  try {
    const planos = await runWithCorrelationId(newCorrelationId(), () => erp.listPlanos?.(session.documento));
    return (planos ?? []).filter((p) => p.status !== 'cancelado');
  } catch (error) {
    if (isDomainError(error)) return []; // optional part: the ticket can go without a plan
    throw error;
  }
}

export async function abrirChamado(
  session: KioskSession,
  pedido: ChamadoPedido,
  token: unknown,
  now: () => Date = () => new Date(),
): Promise<ChamadoAberto & { replayed: boolean }> {
  const erp = getErp();
  const criar = erp.capabilities.has('chamado') ? erp.criarChamado?.bind(erp) : undefined;
  if (!criar) throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'ERP sem chamado' });
  const key = idempotencyKeyOf(session, SCOPE, CHAMADO_ALVO, token);
  if (!key) throw new DomainError('CONFIRMACAO_INVALIDA');
  const store = await getStore();
  const { value, replayed } = await runWithCorrelationId(newCorrelationId(), () =>
    store.idempotency.run(SCOPE, key, async (): Promise<ChamadoAberto | EscritaIncerta> => {
      const assunto = CHAMADO_MOTIVOS[pedido.motivo];
      let plano: Plano | undefined;
      if (pedido.planoId) {
        plano = (await planosParaChamado(session)).find((p) => p.id === pedido.planoId);
      }
      try {
        const c = await escritaNoErp(
          () =>
            criar(session.documento, {
              assunto,
              mensagem: pedido.mensagem || `${assunto} (aberto pelo totem)`,
              planoId: plano?.id,
            }),
          () => auditKiosk(session, SCOPE, 'erro', { motivo: pedido.motivo, codigo: 'ERP_SEM_CONFIRMACAO' }),
        );
        if ('incerto' in c) return c;
        await auditKiosk(session, SCOPE, 'ok', { chamadoId: c.id, motivo: pedido.motivo });
        return {
          id: c.id,
          protocolo: c.protocolo || c.id,
          assunto,
          planoNome: plano?.nome ?? null,
          abertoEm: now().toISOString(),
        };
      } catch (error) {
        await auditKiosk(session, SCOPE, 'erro', {
          motivo: pedido.motivo,
          codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO',
        });
        throw error;
      }
    }),
  );
  return { ...certo(value), replayed };
}

/**
 * The ticket a confirmation key opened, for its printed receipt; null when that key opened none (the store
 * is asked with a function that refuses to run, so nothing new is ever created here).
 */
export async function chamadoDaConfirmacao(
  session: KioskSession,
  token: unknown,
): Promise<ChamadoAberto | null> {
  const key = idempotencyKeyOf(session, SCOPE, CHAMADO_ALVO, token);
  if (!key) return null;
  try {
    const { value } = await (
      await getStore()
    ).idempotency.run(SCOPE, key, async (): Promise<ChamadoAberto> => {
      throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'nenhum chamado com esta confirmação' });
    });
    return value;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}
