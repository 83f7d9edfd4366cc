import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import type { Logger } from '@/lib/http';
import type { AuditActor, AuditLog, IdempotencyStore, LockoutRule, LockoutStore } from '@/lib/store/types';
import type { CadastroLido } from './cadastro-leitura';

/**
 * Ownership proof before any edit by the customer: anyone can type a CPF at a totem, so editing needs an
 * answer only the owner knows from what the systems hold — the last four digits of a registered mobile, or
 * else the day and month of birth. Wrong answers count per document (not per kiosk: the attacker may move)
 * in the store's lockouts; after the limit, editing that document is locked for a while, logged and audited.
 * No possible proof → the customer is sent to the desk.
 */

export type TipoProva = 'celular' | 'nascimento';

const BRAND = Symbol('ProvaDeTitularidade');

/** Evidence that the kiosk customer answered the proof for this document in this session. */
export interface ProvaDeTitularidade {
  readonly [BRAND]: true;
  readonly documento: string;
  readonly em: number;
}

/**
 * Rebuilds the evidence from the sealed, session-bound proof cookie (lib/session/cadastro-prova). Only that
 * reader and `verificarProva` create one.
 */
export function provaDaSessao(documento: string, em: number): ProvaDeTitularidade {
  return { [BRAND]: true, documento, em };
}

export function tipoDeProva(cadastro: Pick<CadastroLido, 'celulares' | 'dataNascimento'>): TipoProva | null {
  if (cadastro.celulares.length > 0) return 'celular';
  if (cadastro.dataNascimento && /^\d{4}-\d{2}-\d{2}$/.test(cadastro.dataNascimento)) return 'nascimento';
  return null;
}

/** Accepted answers, 4 digits each: last four of each registered mobile, or DDMM of the date of birth. */
function respostasAceitas(
  cadastro: Pick<CadastroLido, 'celulares' | 'dataNascimento'>,
  tipo: TipoProva,
): string[] {
  if (tipo === 'celular') return cadastro.celulares.map((n) => n.slice(-4));
  const d = cadastro.dataNascimento ?? '';
  return [`${d.slice(8, 10)}${d.slice(5, 7)}`];
}

function confere(resposta: string, aceitas: string[]): boolean {
  const r = Buffer.from(resposta);
  let ok = false;
  for (const a of aceitas) {
    const b = Buffer.from(a);
    // Compare every candidate in constant time, without stopping at the first match.
    if (b.length === r.length && timingSafeEqual(b, r)) ok = true;
  }
  return ok;
}

export interface ProvaDeps {
  /** Only what these services use (tests pass the in-memory store). */
  store: { audit: AuditLog; idempotency: IdempotencyStore; lockouts: LockoutStore };
  logger: Logger;
  hashDocumento: (documento: string) => string;
  regra: LockoutRule;
  now?: () => number;
}

export type ProvaResultado =
  | { status: 'ok'; prova: ProvaDeTitularidade }
  | { status: 'errada'; tentativasRestantes: number }
  | { status: 'bloqueado'; retryAfterSeconds: number }
  | { status: 'sem-prova' }
  /** Not 4 digits: nothing checked, nothing counted. */
  | { status: 'formato' };

export function chaveBloqueio(hashDocumento: (d: string) => string, documento: string): string {
  return `cadastro.prova:${hashDocumento(documento)}`;
}

export async function bloqueioDaProva(
  documento: string,
  deps: Pick<ProvaDeps, 'store' | 'hashDocumento' | 'now'>,
): Promise<{ bloqueado: boolean; retryAfterSeconds: number }> {
  const now = (deps.now ?? Date.now)();
  const s = await deps.store.lockouts.status(chaveBloqueio(deps.hashDocumento, documento), now);
  return { bloqueado: s.locked, retryAfterSeconds: s.retryAfterSeconds };
}

/** What the proof unlocks, as the audit trail names it: editing "Meus dados", or a sign-up's order. */
export type AcaoProva = 'kiosk.cadastro.prova' | 'kiosk.adesao.prova';

export async function verificarProva(
  input: {
    cadastro: CadastroLido;
    resposta: string;
    actor: AuditActor;
    correlationId?: string;
    /** The audit action; default "Meus dados". The lockout is the same: one per document, whatever it unlocks. */
    acao?: AcaoProva;
  },
  deps: ProvaDeps,
): Promise<ProvaResultado> {
  const { cadastro, resposta, actor } = input;
  const now = (deps.now ?? Date.now)();
  const key = chaveBloqueio(deps.hashDocumento, cadastro.documento);
  const audit = (result: 'ok' | 'recusado', details: Record<string, string | number | boolean>) =>
    deps.store.audit.append({
      actor,
      documento: cadastro.documento,
      action: input.acao ?? 'kiosk.cadastro.prova',
      result,
      correlationId: input.correlationId,
      details,
    });

  const status = await deps.store.lockouts.status(key, now);
  if (status.locked) {
    await audit('recusado', { motivo: 'bloqueado' });
    return { status: 'bloqueado', retryAfterSeconds: status.retryAfterSeconds };
  }
  const tipo = tipoDeProva(cadastro);
  if (!tipo) return { status: 'sem-prova' };
  if (!/^\d{4}$/.test(resposta)) return { status: 'formato' };

  if (confere(resposta, respostasAceitas(cadastro, tipo))) {
    await deps.store.lockouts.clear(key);
    await audit('ok', { tipo });
    return { status: 'ok', prova: provaDaSessao(cadastro.documento, now) };
  }
  const after = await deps.store.lockouts.fail(key, deps.regra, now);
  await audit('recusado', { tipo, falhas: after.failures, bloqueado: after.locked });
  if (after.locked) {
    deps.logger.warn(
      {
        evento: 'cadastro.prova.bloqueio',
        acao: input.acao ?? 'kiosk.cadastro.prova',
        documentoHash: deps.hashDocumento(cadastro.documento),
        falhas: after.failures,
        bloqueioSegundos: after.retryAfterSeconds,
        correlationId: input.correlationId,
      },
      'documento bloqueado (alteração de cadastro e pedidos pelo totem) após respostas erradas na confirmação de titularidade',
    );
    return { status: 'bloqueado', retryAfterSeconds: after.retryAfterSeconds };
  }
  return { status: 'errada', tentativasRestantes: Math.max(0, deps.regra.maxFailures - after.failures) };
}
