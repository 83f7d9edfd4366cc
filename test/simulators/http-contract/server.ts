import type { ContractFunction } from '@/lib/erp/http-contract/functions';
import { FUNCTION_SPECS, CONTRACT_FUNCTIONS } from '@/lib/erp/http-contract/functions';
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from '../shared/sim-server';
import { formatDocumento } from '@/lib/br';
import { HTML_ERROR_PAGE } from '../shared/sim-server';
import {
  buildWorld,
  DEMO_DOCUMENTO_ERP_FORA,
  fakePdf,
  type World,
  type WorldCustomer,
} from '../shared/world';

/**
 * A vendor implementing the 004 contract over HTTP, with the habits real automations have: outputs sent as a
 * JSON *string* holding the JSON (as the contract literally says) for some functions and as plain JSON for
 * others, money as "99.90", "102,30" or a number, dates as dd/mm/aaaa or ISO, booleans as "S"/"true", and a
 * `pegar_fatura` that ignores the customer document (the adapter must refuse another customer's fatura).
 */

export interface HttpContractSimOptions {
  token?: string;
  port?: number;
  latencyMs?: number;
  today?: string;
  /** Serve a function somewhere else (to test per-function overrides). */
  routes?: Partial<Record<ContractFunction, string>>;
  /** Functions this vendor did not implement (404). */
  missing?: ContractFunction[];
}

export interface HttpContractSim {
  server: SimServer;
  url: string;
  token: string;
  world(): World;
  /**
   * Contract fields of one fatura as this vendor sends them, overriding the world's (the issue #9 cases: a
   * link_boleto, juros/multa left empty with a higher valor_final, valor_final below valor_inicial, valor_pago).
   */
  setFatura(id: string, fields: Record<string, string>): void;
  reset(): void;
  close(): Promise<void>;
}

type Input = Record<string, unknown>;
const str = (v: unknown) =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v);
const asJsonString = (value: unknown): SimResponse => ({
  body: JSON.stringify(JSON.stringify(value)),
  headers: { 'content-type': 'application/json' },
});
const asJson = (value: unknown): SimResponse => ({ body: value });
const reais = (c: number, comma = false) => {
  const s = (c / 100).toFixed(2);
  return comma ? s.replace('.', ',') : s;
};
/** This vendor's catalogue (what `produtos` and `datas_vencimento` list): orders must use its ids. */
const PRODUTOS = [
  { codigo: '10', nome: 'Fibra 300 Mega' },
  { codigo: '11', nome: 'Fibra 500 Mega' },
];
const DATAS_VENCIMENTO = [
  { code: '5', name: '5' },
  { code: '10', name: '10' },
  { code: '20', name: '20' },
];

/**
 * What a real order automation refuses (422, nothing recorded) — the contract's ORDER: at least one item of a
 * product it sells, a due day it offers (or none), and a `message`; a new customer's order carries the
 * customer (`cliente` with `document_number`), an existing customer's order does not need one.
 */
function pedidoInvalido(i: Input, novoCliente: boolean): string | null {
  const order = i.order as Record<string, unknown> | null | undefined;
  if (!order || typeof order !== 'object') return 'order obrigatório';
  const itens = order.itens;
  if (!Array.isArray(itens) || itens.length === 0) return 'order.itens vazio';
  for (const item of itens as Record<string, unknown>[]) {
    if (!PRODUTOS.some((p) => p.codigo === str(item.produto_id))) return 'produto desconhecido';
    if (!/^[1-9]\d*$/.test(str(item.quantidade))) return 'quantidade inválida';
  }
  const venc = str(order.vencimento_id);
  if (venc !== '' && !DATAS_VENCIMENTO.some((d) => d.code === venc)) return 'vencimento desconhecido';
  if (typeof i.message !== 'string') return 'message obrigatório';
  const cliente = order.cliente as Record<string, unknown> | null | undefined;
  if (novoCliente && (!cliente || str(cliente.document_number) === '')) return 'order.cliente obrigatório';
  return null;
}

const br = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function faturaOut(
  c: WorldCustomer,
  f: WorldCustomer['faturas'][number],
  overrides: Map<string, Record<string, string>>,
) {
  return {
    // Masked, as many ERPs store it: the adapter normalises.
    document_number: formatDocumento(c.cliente.documento),
    fatura: f.id,
    nome_cliente: c.cliente.nome,
    valor_inicial: reais(f.valorInicial),
    valor_final: reais(f.valorFinal, true),
    juros: f.juros / 100,
    multa: reais(f.multa, true),
    emissao: f.emissao ? br(f.emissao) : '',
    vencimento: f.vencimento,
    historico: f.historico,
    link_boleto: '',
    linha_digitavel: f.linhaDigitavel ?? '',
    code_fatura: f.codeFatura ?? '',
    identifier: f.identifier ?? '',
    remote_id: f.remoteId ?? '',
    pix_code: f.pixCode ?? '',
    // The optional additions for the printed boleto, as a vendor following docs/erp-contract.md sends them.
    ...(c.endereco.endereco
      ? {
          pagador_endereco: c.endereco.endereco,
          pagador_numero: c.endereco.numero,
          pagador_complemento: c.endereco.complemento,
          pagador_bairro: c.endereco.bairro,
          pagador_cidade: c.endereco.cidade,
          pagador_uf: c.endereco.uf,
          pagador_cep: `${c.endereco.cep.slice(0, 5)}-${c.endereco.cep.slice(5)}`,
        }
      : {}),
    multa_percentual: '2,00',
    juros_percentual_mes: '1,00',
    ...overrides.get(f.id),
  };
}

/** Files this vendor serves behind link_boleto (no token: a public link, as banks and gateways give). */
const ARQUIVOS = '/arquivos/';

const PLANO_STATUS: Record<string, string> = { A: 'ativo', D: 'cancelado', I: 'cancelado' };
function planoOut(p: WorldCustomer['planos'][number]) {
  const bloqueado = ['CM', 'CA', 'FA'].includes(p.statusInternet) && p.status === 'A';
  return {
    id: p.id,
    nome: p.nome,
    status: bloqueado ? 'bloqueado' : (PLANO_STATUS[p.status] ?? 'outro'),
    desbloqueio_disponivel:
      bloqueado && p.desbloqueioConfianca === 'S' && p.statusInternet !== 'CM' ? 'S' : 'N',
    valor: reais(p.valor),
  };
}

export async function startHttpContractSimulator(
  options: HttpContractSimOptions = {},
): Promise<HttpContractSim> {
  const token = options.token ?? 'contrato-token-123';
  let world = buildWorld(options.today);
  let overrides = new Map<string, Record<string, string>>();
  const routeOf = new Map<string, ContractFunction>();
  for (const fn of CONTRACT_FUNCTIONS) {
    if (!options.missing?.includes(fn))
      routeOf.set(options.routes?.[fn] ?? FUNCTION_SPECS[fn].defaultPath, fn);
  }

  const handlers: Record<ContractFunction, (input: Input) => SimResponse> = {
    cliente: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      if (!c) return { status: 404, body: { error: 'cliente não encontrado' } };
      return asJson({
        remote_id: c.cliente.id,
        document_number: c.cliente.documento,
        nome: c.cliente.nome,
        tipo_pessoa: c.cliente.tipoPessoa,
        ativo: c.cliente.ativo ? 'true' : 'false',
      });
    },
    listar_faturas: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      // Newest first on purpose: the adapter orders by vencimento itself.
      const open = c
        ? c.faturas.filter((f) => !f.paga).sort((a, b) => b.vencimento.localeCompare(a.vencimento))
        : [];
      return asJsonString(c ? open.map((f) => faturaOut(c, f, overrides)) : []);
    },
    pegar_fatura: (i) => {
      // Sloppy on purpose: finds the fatura by id in ANY customer.
      for (const c of world.customers) {
        const f = c.faturas.find((x) => x.id === str(i.customer_bill_id) && !x.paga);
        if (f) return asJson([faturaOut(c, f, overrides)]);
      }
      return asJson([]);
    },
    pdf_boleto: (i) => {
      const id = str(i.boleto_id);
      const exists = world.customers.some((c) => c.faturas.some((f) => f.remoteId === id || f.id === id));
      if (!exists) return { status: 404, body: { error: 'boleto não encontrado' } };
      return asJsonString({ base_64: Buffer.from(fakePdf(`Boleto ${id}`)).toString('base64') });
    },
    baixa_boleto: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      const f = c?.faturas.find((x) => x.remoteId === str(i.boleto_id) || x.id === str(i.boleto_id));
      if (!c || !f) return asJson({ success: false, api_response: 'boleto não encontrado' });
      f.paga = true;
      world.events.push({ kind: 'baixa', documento: c.cliente.documento, payload: i });
      return asJson({ success: 'true', api_response: JSON.stringify({ baixa: 'ok', id: f.id }) });
    },
    contatos: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      return asJsonString(c ? c.contatos : []);
    },
    pendencias: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      const list =
        c?.planos
          .filter((p) => p.statusInternet === 'CM')
          .map((p) => `Contrato ${p.id} bloqueado manualmente pelo financeiro`) ?? [];
      return asJsonString(list);
    },
    planos: (i) => asJson(world.byDocumento(str(i.customer_document_number))?.planos.map(planoOut) ?? []),
    planos_bloqueados: (i) =>
      asJson(
        world
          .byDocumento(str(i.customer_document_number))
          ?.planos.map(planoOut)
          .filter((p) => p.status === 'bloqueado') ?? [],
      ),
    desbloqueio: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      const p = c?.planos.find((x) => x.id === str(i.plano_id));
      if (!c || !p)
        return asJson({ success: false, codigo: 'plano_nao_encontrado', mensagem: 'Plano não encontrado.' });
      if (p.status !== 'A')
        return asJson({ success: false, codigo: 'contrato_inativo', mensagem: 'Contrato inativo.' });
      // Unlocked already and the internet back: the contract's own code.
      if (p.desbloqueioConfianca === 'P' && p.statusInternet === 'A')
        return asJson({ success: false, codigo: 'ja_ativo', mensagem: 'Desbloqueio já ativo.' });
      // Already used while the fatura is unpaid: this vendor answers with IXC's number, as IXC-backed
      // automations pass it through.
      if (p.desbloqueioConfianca === 'P')
        return asJson({ success: 'false', codigo: '113', mensagem: 'Desbloqueio já utilizado.' });
      if (planoOut(p).desbloqueio_disponivel !== 'S')
        return asJson({
          success: 'false',
          mensagem: 'Desbloqueio de confiança indisponível para este plano.',
        });
      p.statusInternet = 'A';
      p.desbloqueioConfianca = 'P';
      world.events.push({ kind: 'desbloqueio', documento: c.cliente.documento, payload: i });
      const ate = new Date(`${world.today}T12:00:00Z`);
      ate.setUTCDate(ate.getUTCDate() + 3);
      return asJson({
        success: 'true',
        mensagem: 'Desbloqueio realizado por 3 dias.',
        liberado_ate: br(ate.toISOString().slice(0, 10)),
      });
    },
    notas_fiscais: (i) =>
      asJsonString(
        world.byDocumento(str(i.customer_document_number))?.notas.map((n) => ({
          id: n.id,
          numero: n.numero,
          emissao: n.emissao,
          valor: reais(n.valor, true),
        })) ?? [],
      ),
    nota_fiscal_pdf: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      const n = c?.notas.find((x) => x.id === str(i.nota_fiscal_id));
      if (!n) return { status: 404, body: { error: 'nota não encontrada' } };
      // This one answers with the PDF file itself, as some vendors do.
      return { body: fakePdf(`NF ${n.numero}`), headers: { 'content-type': 'application/pdf' } };
    },
    chamado: (i) => {
      const id = String(7000 + world.events.filter((e) => e.kind === 'chamado').length + 1);
      world.events.push({ kind: 'chamado', documento: str(i.customer_document_number), payload: i });
      return asJson({ remote_id: id, protocolo: `2026${id}` });
    },
    pedido: (i) => {
      const invalido = pedidoInvalido(i, true);
      if (invalido) return { status: 422, body: { error: invalido } };
      // Each order gets its own id, as an ERP numbers its records.
      const id = `P-${100 + world.events.filter((e) => e.kind === 'pedido').length + 1}`;
      world.events.push({ kind: 'pedido', payload: i });
      return asJsonString({
        wda_order: i.order,
        remote_id: id,
        remote_message: 'Pedido recebido',
        is_issue: 'false',
      });
    },
    pedido_cliente_existente: (i) => {
      const doc = str(i.customer_document_number);
      // An order "para cliente já existente" for a document the ERP does not know is refused.
      if (!world.byDocumento(doc)) return { status: 422, body: { error: 'cliente não encontrado' } };
      // The contract's USER wda_user: the customer the order is for, the same document.
      const user = i.wda_user as Record<string, unknown> | null | undefined;
      if (!user || str(user.document_number) !== doc)
        return { status: 422, body: { error: 'wda_user não confere com o cliente' } };
      const invalido = pedidoInvalido(i, false);
      if (invalido) return { status: 422, body: { error: invalido } };
      const id = `P-${200 + world.events.filter((e) => e.kind === 'pedido').length + 1}`;
      world.events.push({ kind: 'pedido', documento: doc, payload: i });
      return asJsonString({ remote_id: id });
    },
    lead: (i) => {
      // The contract's Lead: at least a name and a way to reach the person.
      const lead = i.lead as Record<string, unknown> | null | undefined;
      if (!lead || str(lead.nome).trim() === '' || (str(lead.telefone) === '' && str(lead.email) === ''))
        return { status: 422, body: { error: 'lead sem nome ou contato' } };
      world.events.push({ kind: 'lead', payload: i });
      return { status: 200, body: '' };
    },
    revendedores: () =>
      asJsonString([
        { code: 'R1', name: 'Loja Centro', taxvat: '11222333000181', email: 'centro@example.com' },
      ]),
    produtos: () => asJsonString(PRODUTOS),
    datas_vencimento: () => asJsonString(DATAS_VENCIMENTO),
    origens_comerciais: () =>
      asJsonString([
        { code: 'LOJA', description: 'Loja física' },
        { code: 'TOTEM', description: 'Totem' },
      ]),
    editar_cliente: (i) => {
      const c = world.byDocumento(str(i.customer_document_number));
      if (!c) return asJson({ success: false });
      const dados = (i.dados ?? {}) as Record<string, string>;
      for (const [k, v] of Object.entries(dados)) {
        if (k in c.endereco) (c.endereco as unknown as Record<string, string>)[k] = v;
        if (k === 'email') upsertContato(c, 'email', v);
        if (k === 'celular' || k === 'telefone') upsertContato(c, 'phone', v);
      }
      world.events.push({ kind: 'edicao', documento: c.cliente.documento, payload: dados });
      return asJson({ success: true });
    },
  };

  function handle(req: SimRequest): SimResponse {
    if (req.method === 'GET' && req.path.startsWith(ARQUIVOS)) {
      const name = req.path.slice(ARQUIVOS.length);
      const known = world.customers.some((c) => c.faturas.some((f) => `boleto-${f.id}.pdf` === name));
      if (!known) return { status: 404, headers: { 'content-type': 'text/html' }, body: HTML_ERROR_PAGE };
      return { body: fakePdf(`Boleto ${name}`), headers: { 'content-type': 'application/pdf' } };
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return { status: 401, body: { error: 'Token inválido' } };
    const fn = routeOf.get(req.path);
    if (!fn) return { status: 404, body: { error: 'rota não encontrada' } };
    let input: Input;
    if (req.method === 'GET') {
      input = Object.fromEntries(req.query.entries());
    } else {
      try {
        input = req.bodyText ? (JSON.parse(req.bodyText) as Input) : {};
      } catch {
        return { status: 400, body: { error: 'JSON inválido' } };
      }
    }
    if (str(input.customer_document_number) === DEMO_DOCUMENTO_ERP_FORA) {
      return { status: 503, headers: { 'content-type': 'text/html' }, body: HTML_ERROR_PAGE };
    }
    return handlers[fn](input);
  }

  const server = await startSimServer({
    handler: handle,
    port: options.port,
    latencyMs: options.latencyMs,
    backdoors: {
      state: () => ({
        body: {
          events: world.events,
          customers: world.customers.map((c) => ({
            documento: c.cliente.documento,
            endereco: c.endereco,
            contatos: c.contatos,
            faturas: c.faturas.map((f) => ({ id: f.id, paga: f.paga })),
          })),
        },
      }),
      reset: () => {
        world = buildWorld(options.today);
        overrides = new Map();
        return { body: { ok: true } };
      },
      // {"id":"70012","valor_final":"102,07","juros":"","multa":""}; "{{base}}" in a value = this server's URL.
      fatura: (req) => {
        const { id, ...fields } = JSON.parse(req.bodyText || '{}') as Record<string, string>;
        if (!id) return { status: 400, body: { error: 'id obrigatório' } };
        setFatura(id, fields);
        return { body: { ok: true } };
      },
    },
  });

  function setFatura(id: string, fields: Record<string, string>) {
    const resolved = Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [k, v.replaceAll('{{base}}', server.url)]),
    );
    overrides.set(id, { ...overrides.get(id), ...resolved });
  }

  return {
    server,
    url: server.url,
    token,
    world: () => world,
    setFatura,
    reset: () => {
      world = buildWorld(options.today);
      overrides = new Map();
      server.setFault(null);
    },
    close: () => server.close(),
  };
}

function upsertContato(c: WorldCustomer, type: 'email' | 'phone', value: string) {
  const existing = c.contatos.find((x) => x.type === type);
  if (existing) existing.value = value;
  else c.contatos.push({ type, value });
}
