import 'server-only';
import { randomBytes } from 'node:crypto';
import { maskDocumento } from '@/lib/br';
import { getCep, type CepLookup, type CepResultado } from '@/lib/cep';
import { getConfig } from '@/lib/config';
import { todayInSaoPaulo } from '@/lib/domain/dates';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import type { CodigoNome, PedidoInput } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import { getErp } from '@/lib/erp/registry';
import { getCorrelationId, newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { getStore } from '@/lib/store';
import { validarDadosAdesao, type AdesaoInput, type DadosAdesao } from './adesao-schema';
import { cadastroDeps } from './cadastro-deps';
import { lerCadastro } from './cadastro-leitura';
import { bloqueioDaProva, tipoDeProva, verificarProva, type TipoProva } from './cadastro-prova';
import {
  certo,
  escritaNoErp,
  idempotencyKeyOf,
  idempotencyKeyOfVinculada,
  type EscritaIncerta,
  mintConfirmacao,
  mintConfirmacaoVinculada,
  semVinculo,
} from './confirmacao';
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
 *
 * Anyone can type someone else's CPF, so the existing-customer order needs the ownership proof of "Meus dados"
 * (cadastro-prova: the last 4 digits of a registered mobile, or the day and month of birth), checked here on
 * the server with every send, against the document the server found: the existing-customer key is bound to
 * that document (HMAC), so neither the key nor a proof serves another document. Wrong answers count in the
 * same per-document lockout as "Meus dados"; no possible proof sends the person to the counter.
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

/**
 * CEP → address for the sign-up form. Without a customer session this would be an open proxy to the CEP
 * service: at most SIGNUP_CEP_MAX_PER_MINUTE lookups per totem (its signed id) per minute, counted in the
 * store (shared by every instance); over it the person types the address — the answer of a CEP service that
 * is down.
 */
export async function buscarCepAdesao(
  kioskId: string | null,
  cep: string,
  lookup: CepLookup = getCep(),
  now: number = Date.now(),
): Promise<CepResultado> {
  if (!modoAdesao()) return { status: 'nao-encontrado' };
  const gate = await (
    await getStore()
  ).rateLimits.attempt(
    [
      {
        key: `cep:kiosk:${kioskId ?? 'sem-id'}`,
        rule: { maxPerMinute: getConfig().adesao.cepPorMinuto, blockSeconds: 60 },
      },
    ],
    now,
  );
  if (!gate.allowed) return { status: 'indisponivel' };
  return lookup.buscar(cep);
}

/** The pseudo-session a sign-up's confirmation keys are bound to: this totem. */
function sessaoDoTotem(kioskId: string | null): { sid: string } {
  return { sid: `adesao:${kioskId ?? 'sem-id'}` };
}

/** A confirmation key for the review screen (one per review). */
export function mintConfirmacaoAdesao(kioskId: string | null): string {
  return mintConfirmacao(sessaoDoTotem(kioskId), SCOPE, ALVO_NOVO);
}

/** The existing-customer order's key: minted by the server for the document it found to be a customer. */
function mintConfirmacaoExistente(kioskId: string | null, documento: string): string {
  return mintConfirmacaoVinculada(sessaoDoTotem(kioskId), SCOPE, ALVO_EXISTENTE, documento);
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

/** Why an existing customer is not offered the order at the totem. */
export type MotivoSemOferta =
  /** The ERP has no existing-customer order: identify at the start or see the counter. */
  | 'sem-funcao'
  /** No registered mobile nor date of birth: nothing to prove ownership with — see the counter. */
  | 'sem-prova'
  /** Too many wrong answers for this document lately (the lockout of "Meus dados"). */
  | 'bloqueado';

export type ResultadoAdesao =
  | AdesaoEnviada
  /**
   * The document already is a customer: offered the existing-customer order with its own key (bound to that
   * document) and the proof to ask (`prova`), or not offered (`motivo`).
   */
  | {
      status: 'cliente-existente';
      confirmacao: string | null;
      prova: TipoProva | null;
      motivo: MotivoSemOferta | null;
    }
  /** The ERP holds internal notices for that customer (or they could not be read): see the counter. */
  | { status: 'balcao' };

/** The ownership proof refused the existing-customer order: nothing was sent (and the key is still good). */
export type ProvaRecusada =
  | { status: 'prova-errada'; tentativasRestantes: number }
  | { status: 'prova-bloqueada'; retryAfterSeconds: number }
  /** Not 4 digits: nothing checked, nothing counted. */
  | { status: 'prova-formato' }
  | { status: 'sem-prova' };

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

/** Internal notices for the customer (unreadable ones count as notices: the counter decides). */
async function temPendencia(erp: ErpAdapter, documento: string): Promise<boolean> {
  if (!erp.capabilities.has('pendencias') || !erp.listPendencias) return false;
  try {
    return (await erp.listPendencias(documento)).length > 0;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return true;
  }
}

/**
 * What a document that already is a customer is offered: nothing when the ERP has no existing-customer order,
 * the counter when it has internal notices (no proof is asked for an order the totem would not send), nothing
 * when it is locked or has no way to prove ownership; otherwise the order's key, bound to this document, and
 * the question to ask. Nothing about the customer reaches the screen.
 */
async function ofertaClienteExistente(
  erp: ErpAdapter,
  kioskId: string | null,
  documento: string,
): Promise<ResultadoAdesao> {
  const semOferta = (motivo: MotivoSemOferta) =>
    ({ status: 'cliente-existente', confirmacao: null, prova: null, motivo }) as const;
  if (!erp.capabilities.has('pedidoClienteExistente') || !erp.criarPedidoClienteExistente)
    return semOferta('sem-funcao');
  if (await temPendencia(erp, documento)) {
    await auditKiosk({ documento }, `${SCOPE}.existente`, 'recusado', { motivo: 'pendencia' });
    return { status: 'balcao' };
  }
  const deps = await cadastroDeps();
  if ((await bloqueioDaProva(documento, deps)).bloqueado) return semOferta('bloqueado');
  const cadastro = await lerCadastro(documento, deps);
  const prova = cadastro ? tipoDeProva(cadastro) : null;
  if (!prova) {
    await auditKiosk({ documento }, `${SCOPE}.existente`, 'recusado', { motivo: 'sem-prova' });
    return semOferta('sem-prova');
  }
  return {
    status: 'cliente-existente',
    confirmacao: mintConfirmacaoExistente(kioskId, documento),
    prova,
    motivo: null,
  };
}

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
    store.idempotency.run(SCOPE, key, async (): Promise<ResultadoAdesao | EscritaIncerta> => {
      await contarEnvio(kioskId);
      const escolhas = await validarEscolhas(erp, input);
      const quem = { documento: dados.documento };
      try {
        // An ERP that knows customers only by open faturas answers null for some customers: they are then
        // sent as new, and the ERP's staff see the document on the order.
        if (await erp.findCliente(dados.documento)) {
          await auditKiosk(quem, SCOPE, 'recusado', { ...detalhes(escolhas), motivo: 'cliente-existente' });
          return await ofertaClienteExistente(erp, kioskId, dados.documento);
        }
        // A write whose answer timed out may have been done: kept as uncertain under the key, never re-sent.
        const incerto = () =>
          auditKiosk(quem, SCOPE, 'erro', { ...detalhes(escolhas), codigo: 'ERP_SEM_CONFIRMACAO' });
        if (modo === 'pedido') {
          const r = await escritaNoErp(
            async () => (await erp.criarPedido?.(pedidoDe(dados, escolhas, true))) ?? { remoteId: '' },
            incerto,
          );
          if ('incerto' in r) return r;
          if (!r.remoteId) throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: 'pedido sem id' });
          await auditKiosk(quem, SCOPE, 'ok', {
            ...detalhes(escolhas),
            tipo: 'pedido',
            pedidoId: r.remoteId,
          });
          return enviada('pedido', r.remoteId, false, dados, escolhas, now());
        }
        const protocolo = protocoloDoTotem();
        const lead = await escritaNoErp(
          async () =>
            erp.criarLead?.({
              nome: dados.nome,
              documento: dados.documento,
              email: dados.email,
              telefone: dados.celular,
              mensagem: `${mensagemDaAdesao(dados, escolhas)}; Protocolo do totem: ${protocolo}`,
            }),
          incerto,
        );
        if (lead && 'incerto' in lead) return lead;
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
  return { ...certo(value), replayed };
}

/**
 * The ownership proof for the existing-customer order, checked on every send against the registration of
 * the document the key is bound to — the same question, lockout (per document, shared with "Meus dados") and
 * audit as "Meus dados", audited as `kiosk.adesao.prova`.
 */
async function provarTitular(
  kioskId: string | null,
  documento: string,
  resposta: string,
): Promise<ProvaRecusada | null> {
  const deps = await cadastroDeps();
  const cadastro = await lerCadastro(documento, deps);
  if (!cadastro) return { status: 'sem-prova' };
  const r = await verificarProva(
    {
      cadastro,
      resposta,
      actor: { kind: 'kiosk', kioskId: kioskId ?? 'sem-id' },
      correlationId: getCorrelationId(),
      acao: 'kiosk.adesao.prova',
    },
    deps,
  );
  switch (r.status) {
    case 'ok':
      return null;
    case 'errada':
      return { status: 'prova-errada', tentativasRestantes: r.tentativasRestantes };
    case 'bloqueado':
      return { status: 'prova-bloqueada', retryAfterSeconds: r.retryAfterSeconds };
    case 'formato':
      return { status: 'prova-formato' };
    case 'sem-prova':
      return { status: 'sem-prova' };
  }
}

/**
 * "Criação de pedido para cliente já existente", once per key (the key the "cliente-existente" answer
 * carried, bound to that document: another document's data with it is refused). Every send proves ownership
 * first (`resposta`): a wrong answer sends nothing and counts toward the lockout. Internal notices for that
 * customer send the person to the counter instead, unread by the totem.
 */
export async function enviarPedidoClienteExistente(
  kioskId: string | null,
  input: AdesaoInput,
  token: unknown,
  resposta: string,
  now: () => Date = () => new Date(),
): Promise<(ResultadoAdesao | ProvaRecusada) & { replayed: boolean }> {
  const erp = getErp();
  const criar =
    erp.capabilities.has('pedidoClienteExistente') && modoAdesao(erp)
      ? erp.criarPedidoClienteExistente?.bind(erp)
      : undefined;
  if (!criar)
    throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'ERP sem pedido de cliente existente' });
  const dados = dadosValidos(input);
  // The server decides which document was proven: the one it bound this key to when it found the customer.
  const key = idempotencyKeyOfVinculada(
    sessaoDoTotem(kioskId),
    SCOPE,
    ALVO_EXISTENTE,
    token,
    dados.documento,
  );
  if (!key) throw new DomainError('CONFIRMACAO_INVALIDA');
  const store = await getStore();
  return runWithCorrelationId(newCorrelationId(), async () => {
    const recusada = await provarTitular(kioskId, dados.documento, resposta);
    if (recusada) return { ...recusada, replayed: false };
    const { value, replayed } = await store.idempotency.run(
      SCOPE,
      key,
      async (): Promise<ResultadoAdesao | EscritaIncerta> => {
        await contarEnvio(kioskId);
        const escolhas = await validarEscolhas(erp, input);
        const quem = { documento: dados.documento };
        if (await temPendencia(erp, dados.documento)) {
          await auditKiosk(quem, `${SCOPE}.existente`, 'recusado', {
            ...detalhes(escolhas),
            motivo: 'pendencia',
          });
          return { status: 'balcao' };
        }
        try {
          const r = await escritaNoErp(
            () => criar(dados.documento, pedidoDe(dados, escolhas, false)),
            () =>
              auditKiosk(quem, `${SCOPE}.existente`, 'erro', {
                ...detalhes(escolhas),
                codigo: 'ERP_SEM_CONFIRMACAO',
              }),
          );
          if ('incerto' in r) return r;
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
      },
    );
    return { ...certo(value), replayed };
  });
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
  // Reading needs no binding: a bound key (existing-customer order) is read through its plain part.
  const plain = typeof token === 'string' ? semVinculo(token) : token;
  const key = idempotencyKeyOf(sessaoDoTotem(kioskId), SCOPE, alvo, plain);
  if (!key) return null;
  try {
    const { value } = await (
      await getStore()
    ).idempotency.run(SCOPE, key, async (): Promise<ResultadoAdesao | EscritaIncerta> => {
      throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'nenhuma adesão com esta confirmação' });
    });
    return 'status' in value && value.status === 'enviado' ? value : null;
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}
