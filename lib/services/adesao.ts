import 'server-only';
import { randomBytes } from 'node:crypto';
import { maskDocumento } from '@/lib/br';
import { getConfig } from '@/lib/config';
import { todayInSaoPaulo } from '@/lib/domain/dates';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import type { CodigoNome, PedidoInput } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { getStore } from '@/lib/store';
import { validarDadosAdesao, type AdesaoInput, type DadosAdesao } from './adesao-schema';
import { idempotencyKeyOf, mintConfirmacao } from './confirmacao';
import { auditKiosk } from './kiosk-audit';

/**
 * "Quero ser cliente": a person who is not a customer chooses a plan and a due day, types their data and sends
 * a sign-up to the ERP — "Criação de pedido", or "Criação de lead" when the ERP takes no orders. A document
 * that already is a customer is offered "Criação de pedido para cliente já existente" instead.
 *
 * There is no customer session here: the confirmation key is bound to the totem (its signed id), each send
 * runs at most once per key (a double tap or a retried request gets the first answer), every send is audited
 * (ids and codes only), and a totem sends at most SIGNUP_MAX_PER_HOUR per clock hour (counted in the store,
 * shared by every instance) — existence checks included, so the screen is no fast way to learn who is a
 * customer.
 */

const SCOPE = 'kiosk.adesao';
const ALVO_NOVO = 'novo';
const ALVO_EXISTENTE = 'existente';
export type AlvoAdesao = typeof ALVO_NOVO | typeof ALVO_EXISTENTE;

export type ModoAdesao = 'pedido' | 'lead';

/** Whether the configured ERP can take a sign-up, and how: null hides "Quero ser cliente". */
export function modoAdesao(erp: ErpAdapter = getErp()): ModoAdesao | null {
  const c = erp.capabilities;
  if (!c.has('produtos') || !erp.listProdutos || !c.has('datasVencimento') || !erp.listDatasVencimento)
    return null;
  if (c.has('pedido') && erp.criarPedido) return 'pedido';
  if (c.has('lead') && erp.criarLead) return 'lead';
  return null;
}

export interface OpcoesAdesao {
  produtos: CodigoNome[];
  vencimentos: CodigoNome[];
  /** Empty when the ERP lists none or the list failed: the step is skipped. */
  origens: CodigoNome[];
  /** The store's sellers (code and name only: their CPF/e-mail never reach the screen); empty = no step. */
  revendedores: CodigoNome[];
}

async function opcional(
  has: boolean,
  call: (() => Promise<CodigoNome[]>) | undefined,
): Promise<CodigoNome[]> {
  if (!has || !call) return [];
  try {
    return await call();
  } catch (error) {
    if (isDomainError(error)) return []; // an optional step: the sign-up goes on without it
    throw error;
  }
}

/** The ERP's lists. Plans and due days are required (their failure is thrown); the rest degrade to empty. */
export async function opcoesAdesao(erp: ErpAdapter = getErp()): Promise<OpcoesAdesao> {
  if (!modoAdesao(erp)) throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'ERP sem adesão' });
  return runWithCorrelationId(newCorrelationId(), async () => {
    const [produtos, vencimentos, origens, revendedores] = await Promise.all([
      erp.listProdutos?.() ?? [],
      erp.listDatasVencimento?.() ?? [],
      opcional(erp.capabilities.has('origensComerciais'), erp.listOrigensComerciais?.bind(erp)),
      opcional(
        erp.capabilities.has('revendedores'),
        erp.listRevendedores
          ? async () => ((await erp.listRevendedores?.()) ?? []).map((r) => ({ code: r.code, name: r.name }))
          : undefined,
      ),
    ]);
    const limpa = (l: CodigoNome[]) => l.filter((x) => x.code.trim() !== '' && x.name.trim() !== '');
    const out = {
      produtos: limpa(produtos),
      vencimentos: limpa(vencimentos),
      origens: limpa(origens),
      revendedores: limpa(revendedores),
    };
    if (out.produtos.length === 0 || out.vencimentos.length === 0)
      throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'ERP sem planos ou vencimentos' });
    return out;
  });
}

/** The pseudo-session a sign-up's confirmation keys are bound to: this totem. */
function sessaoDoTotem(kioskId: string | null): { sid: string } {
  return { sid: `adesao:${kioskId ?? 'sem-id'}` };
}

/** A confirmation key for the review screen (one per review). */
export function mintConfirmacaoAdesao(kioskId: string | null, alvo: AlvoAdesao = ALVO_NOVO): string {
  return mintConfirmacao(sessaoDoTotem(kioskId), SCOPE, alvo);
}

/** What the screen and the receipt show (JSON: the idempotency store keeps it). No name, no address. */
export interface AdesaoEnviada {
  status: 'enviado';
  tipo: 'pedido' | 'lead' | 'pedido-cliente-existente';
  /** The ERP's order id; for a lead (the ERP returns nothing) a protocol of the totem's. */
  protocolo: string;
  protocoloDoTotem: boolean;
  planoNome: string;
  vencimentoDia: string;
  documentoMascarado: string;
  enviadoEm: string;
}

export type ResultadoAdesao =
  | AdesaoEnviada
  /** The document already is a customer: offer the existing-customer order (with its own key) or not. */
  | { status: 'cliente-existente'; confirmacao: string | null }
  /** The ERP holds internal notices for that customer (or they could not be read): see the counter. */
  | { status: 'balcao' };

interface Escolhas {
  plano: CodigoNome;
  vencimento: CodigoNome;
  origem: CodigoNome | null;
  revendedor: CodigoNome | null;
}

function escolhaValida(lista: CodigoNome[], id: string): CodigoNome {
  const x = lista.find((i) => i.code === id);
  if (!x) throw new DomainError('CADASTRO_DADOS_INVALIDOS', { details: 'escolha fora da lista do ERP' });
  return x;
}

/** The choices checked against the ERP's lists as they are now (nothing is trusted from the kiosk). */
async function validarEscolhas(erp: ErpAdapter, input: AdesaoInput): Promise<Escolhas> {
  const o = await opcoesAdesao(erp);
  return {
    plano: escolhaValida(o.produtos, input.produtoId),
    vencimento: escolhaValida(o.vencimentos, input.vencimentoId),
    origem: input.origemId && o.origens.length > 0 ? escolhaValida(o.origens, input.origemId) : null,
    revendedor:
      input.revendedorId && o.revendedores.length > 0
        ? escolhaValida(o.revendedores, input.revendedorId)
        : null,
  };
}

function dadosValidos(input: AdesaoInput): DadosAdesao {
  const v = validarDadosAdesao(input.dados);
  if (!v.ok) throw new DomainError('CADASTRO_DADOS_INVALIDOS', { details: 'dados da adesão inválidos' });
  return v.dados;
}

/** Everything chosen, in words: the ERP that keeps orders as an observation still gets all of it. */
export function mensagemDaAdesao(dados: DadosAdesao, e: Escolhas): string {
  const endereco = [
    `${dados.logradouro}, ${dados.numero}`,
    dados.complemento,
    dados.bairro,
    `${dados.cidade}/${dados.uf}`,
    `CEP ${dados.cep}`,
  ]
    .filter((p) => p !== '')
    .join(' - ');
  return [
    'Quero ser cliente (totem)',
    `Plano: ${e.plano.name}`,
    `Vencimento: dia ${e.vencimento.name}`,
    `Endereço de instalação: ${endereco}`,
    `Celular: ${dados.celular}`,
    `E-mail: ${dados.email}`,
    ...(e.origem ? [`Como conheceu: ${e.origem.name}`] : []),
    ...(e.revendedor ? [`Vendedor: ${e.revendedor.name}`] : []),
    'Consentimento LGPD dado no totem',
  ].join('; ');
}

function pedidoDe(dados: DadosAdesao, e: Escolhas, comCliente: boolean): PedidoInput {
  return {
    itens: [{ produtoId: e.plano.code, quantidade: 1 }],
    mensagem: mensagemDaAdesao(dados, e),
    vencimentoId: e.vencimento.code,
    origemId: e.origem?.code,
    revendedorId: e.revendedor?.code,
    cliente: comCliente
      ? {
          nome: dados.nome,
          documento: dados.documento,
          email: dados.email,
          telefone: dados.celular,
          celular: dados.celular,
          endereco: {
            cep: dados.cep,
            logradouro: dados.logradouro,
            numero: dados.numero,
            complemento: dados.complemento,
            bairro: dados.bairro,
            cidade: dados.cidade,
            uf: dados.uf,
          },
        }
      : undefined,
  };
}

/** A protocol for a lead (the ERP answers nothing): the date and 6 characters a person can read out. */
function protocoloDoTotem(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(6);
  const code = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `${todayInSaoPaulo().replace(/-/g, '')}-${code}`;
}

const HOUR_MS = 3_600_000;

/**
 * Counts one send for this totem in the current clock hour (the store's lockouts, one key per totem and hour,
 * atomic across instances); refuses past SIGNUP_MAX_PER_HOUR with the seconds until the next hour.
 */
async function contarEnvio(kioskId: string | null, now = Date.now()): Promise<void> {
  const max = getConfig().adesao.maxPorHora;
  const hora = Math.floor(now / HOUR_MS);
  const lockSeconds = Math.max(1, Math.ceil(((hora + 1) * HOUR_MS - now) / 1000));
  const state = await (
    await getStore()
  ).lockouts.fail(`adesao:kiosk:${kioskId ?? 'sem-id'}:${hora}`, { maxFailures: max + 1, lockSeconds }, now);
  if (state.failures > max) {
    await auditKiosk(null, SCOPE, 'recusado', { motivo: 'limite' });
    throw new DomainError('LIMITE_ADESAO', { retryAfterSeconds: lockSeconds });
  }
}

function keyOrThrow(kioskId: string | null, alvo: AlvoAdesao, token: unknown): string {
  const key = idempotencyKeyOf(sessaoDoTotem(kioskId), SCOPE, alvo, token);
  if (!key) throw new DomainError('CONFIRMACAO_INVALIDA');
  return key;
}

function enviada(
  tipo: AdesaoEnviada['tipo'],
  protocolo: string,
  doTotem: boolean,
  dados: DadosAdesao,
  e: Escolhas,
  now: Date,
): AdesaoEnviada {
  return {
    status: 'enviado',
    tipo,
    protocolo,
    protocoloDoTotem: doTotem,
    planoNome: e.plano.name,
    vencimentoDia: e.vencimento.name,
    documentoMascarado: maskDocumento(dados.documento),
    enviadoEm: now.toISOString(),
  };
}

const detalhes = (e: Escolhas) => ({
  produtoId: e.plano.code,
  vencimentoId: e.vencimento.code,
  origemId: e.origem?.code ?? null,
  revendedorId: e.revendedor?.code ?? null,
});

/**
 * Sends a new customer's sign-up, once per confirmation key. A document the ERP already knows is not sent: the
 * answer offers the existing-customer order instead (with a key of its own).
 */
export async function enviarAdesao(
  kioskId: string | null,
  input: AdesaoInput,
  token: unknown,
  now: () => Date = () => new Date(),
): Promise<ResultadoAdesao & { replayed: boolean }> {
  const erp = getErp();
  const modo = modoAdesao(erp);
  if (!modo) throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'ERP sem adesão' });
  const key = keyOrThrow(kioskId, ALVO_NOVO, token);
  const dados = dadosValidos(input);
  const store = await getStore();
  const { value, replayed } = await runWithCorrelationId(newCorrelationId(), () =>
    store.idempotency.run(SCOPE, key, async (): Promise<ResultadoAdesao> => {
      await contarEnvio(kioskId);
      const escolhas = await validarEscolhas(erp, input);
      const quem = { documento: dados.documento };
      try {
        // An ERP that knows customers only by open faturas answers null for some customers: they are then
        // sent as new, and the ERP's staff see the document on the order.
        if (await erp.findCliente(dados.documento)) {
          const pode = erp.capabilities.has('pedidoClienteExistente') && !!erp.criarPedidoClienteExistente;
          await auditKiosk(quem, SCOPE, 'recusado', { ...detalhes(escolhas), motivo: 'cliente-existente' });
          return {
            status: 'cliente-existente',
            confirmacao: pode ? mintConfirmacaoAdesao(kioskId, ALVO_EXISTENTE) : null,
          };
        }
        if (modo === 'pedido') {
          const r = await erp.criarPedido?.(pedidoDe(dados, escolhas, true));
          if (!r?.remoteId) throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: 'pedido sem id' });
          await auditKiosk(quem, SCOPE, 'ok', {
            ...detalhes(escolhas),
            tipo: 'pedido',
            pedidoId: r.remoteId,
          });
          return enviada('pedido', r.remoteId, false, dados, escolhas, now());
        }
        const protocolo = protocoloDoTotem();
        await erp.criarLead?.({
          nome: dados.nome,
          documento: dados.documento,
          email: dados.email,
          telefone: dados.celular,
          mensagem: `${mensagemDaAdesao(dados, escolhas)}; Protocolo do totem: ${protocolo}`,
        });
        await auditKiosk(quem, SCOPE, 'ok', { ...detalhes(escolhas), tipo: 'lead', protocolo });
        return enviada('lead', protocolo, true, dados, escolhas, now());
      } catch (error) {
        await auditKiosk(quem, SCOPE, 'erro', {
          ...detalhes(escolhas),
          codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO',
        });
        throw error;
      }
    }),
  );
  return { ...value, replayed };
}

/**
 * "Criação de pedido para cliente já existente", once per key (the key the "cliente-existente" answer
 * carried). Internal notices for that customer send the person to the counter instead, unread by the totem.
 */
export async function enviarPedidoClienteExistente(
  kioskId: string | null,
  input: AdesaoInput,
  token: unknown,
  now: () => Date = () => new Date(),
): Promise<ResultadoAdesao & { replayed: boolean }> {
  const erp = getErp();
  const criar =
    erp.capabilities.has('pedidoClienteExistente') && modoAdesao(erp)
      ? erp.criarPedidoClienteExistente?.bind(erp)
      : undefined;
  if (!criar)
    throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'ERP sem pedido de cliente existente' });
  const key = keyOrThrow(kioskId, ALVO_EXISTENTE, token);
  const dados = dadosValidos(input);
  const store = await getStore();
  const { value, replayed } = await runWithCorrelationId(newCorrelationId(), () =>
    store.idempotency.run(SCOPE, key, async (): Promise<ResultadoAdesao> => {
      await contarEnvio(kioskId);
      const escolhas = await validarEscolhas(erp, input);
      const quem = { documento: dados.documento };
      if (erp.capabilities.has('pendencias') && erp.listPendencias) {
        let pendente = true;
        try {
          pendente = (await erp.listPendencias(dados.documento)).length > 0;
        } catch (error) {
          if (!isDomainError(error)) throw error; // unreadable notices: the counter decides
        }
        if (pendente) {
          await auditKiosk(quem, `${SCOPE}.existente`, 'recusado', {
            ...detalhes(escolhas),
            motivo: 'pendencia',
          });
          return { status: 'balcao' };
        }
      }
      try {
        const r = await criar(dados.documento, pedidoDe(dados, escolhas, false));
        if (!r.remoteId) throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: 'pedido sem id' });
        await auditKiosk(quem, `${SCOPE}.existente`, 'ok', { ...detalhes(escolhas), pedidoId: r.remoteId });
        return enviada('pedido-cliente-existente', r.remoteId, false, dados, escolhas, now());
      } catch (error) {
        await auditKiosk(quem, `${SCOPE}.existente`, 'erro', {
          ...detalhes(escolhas),
          codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO',
        });
        throw error;
      }
    }),
  );
  return { ...value, replayed };
}

/**
 * The sign-up a key sent, for its printed receipt; null when that key sent none (the store is asked with a
 * function that refuses to run, so nothing is ever sent from here).
 */
export async function adesaoDaConfirmacao(
  kioskId: string | null,
  alvo: AlvoAdesao,
  token: unknown,
): Promise<AdesaoEnviada | null> {
  const key = idempotencyKeyOf(sessaoDoTotem(kioskId), SCOPE, alvo, token);
  if (!key) return null;
  try {
    const { value } = await (
      await getStore()
    ).idempotency.run(SCOPE, key, async (): Promise<ResultadoAdesao> => {
      throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'nenhuma adesão com esta confirmação' });
    });
    return value.status === 'enviado' ? value : null;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}
