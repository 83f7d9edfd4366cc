import 'server-only';
import { formatDocumento } from '@/lib/br';
import { todayInSaoPaulo } from '@/lib/domain/dates';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import type { Cliente, ClientePatch, Documento, Fatura } from '@/lib/domain/types';
import type { ErpAdapter, ErpCapability, ErpHealth } from '../port';
import { parseVendor, textOf } from '../vendor-values';
import { createIxcClient, pdfFromIxcFile, type IxcClient, type IxcClientOptions, type Row } from './client';
import * as m from './mappers';
import { desbloqueioResultado } from '../desbloqueio';
import { parsePixPayload } from '@/lib/pix';
import { calcularEncargosIxc, regrasAtrasoIxc, type JuropUnidade } from './encargos';
import { PIX_MOTIVOS, motivoDesbloqueioIxc } from './messages';
import * as s from './schemas';

export interface IxcErpOptions extends IxcClientOptions {
  /** fn_areceber_recebimentos_baixas_novo needs the bank account the receipt goes to; no id, no baixa. */
  contaId?: string | null;
  /** su_oss_chamado needs an assunto (and takes a filial and setor); no assunto, no chamado. */
  chamadoAssuntoId?: string | null;
  chamadoSetorId?: string | null;
  filialId?: string | null;
  /** `imprimir_nota` is UNCERTAIN in the public material: off unless the store confirmed it works. */
  notaFiscalPdf?: boolean;
  /** How long a documento → cliente id lookup is remembered (ms). */
  clienteCacheMs?: number;
  /** How long a billing wallet (fn_carteira_cobranca) is remembered (ms); its rates rarely change. */
  carteiraCacheMs?: number;
  /** `jurop` of a wallet without `jurop_mes`: a monthly (default) or daily rate (UNCERTAIN, encargos.ts). */
  juropUnidade?: JuropUnidade;
  /**
   * get_boleto with juro/multa/atualiza_boleto = S: IXC recalculates the charge AND SAVES it (a write; public
   * client code notes it). Default false: the kiosk prints the boleto as registered, whose barcode the bank
   * updates with the wallet's charges at payment, and a read at the kiosk changes nothing in IXC.
   */
  boletoAtualiza?: boolean;
  today?: () => string;
  /** Clock for the Pix expiry check (ms since epoch). */
  now?: () => number;
}

const V = 'ixc';

/** IXC Soft webservice adapter (INTEGRATIONS.md §E). */
export function createIxcErp(options: IxcErpOptions): ErpAdapter {
  const ixc: IxcClient = createIxcClient(options);
  const today = options.today ?? (() => todayInSaoPaulo());
  const now = options.now ?? Date.now;
  const cacheMs = options.clienteCacheMs ?? 60_000;
  const carteiraCacheMs = options.carteiraCacheMs ?? 10 * 60_000;
  const juropUnidade = options.juropUnidade ?? 'mes';
  const idCache = new Map<Documento, { row: m.IxcClienteRow; until: number }>();
  const carteiraCache = new Map<string, { carteira: s.IxcCarteira | null; until: number }>();
  /** cidade/uf id → name/sigla: IXC's own reference tables, which change about never. */
  const lugarCache = new Map<string, string | null>();

  const capabilities = new Set<ErpCapability>([
    'boletoPdf',
    'contatos',
    'planos',
    'planosBloqueados',
    'desbloqueio',
    'notasFiscais',
    'atualizarCliente',
  ]);
  if (options.notaFiscalPdf) capabilities.add('notaFiscalPdf');
  if (options.chamadoAssuntoId) capabilities.add('chamado');
  if (options.contaId) capabilities.add('baixa');

  /**
   * `cnpj_cpf` matches only in its stored, masked form on the installs documented publicly (INTEGRATIONS.md §E
   * Corrections, "busca só casa com a máscara"): the mask first, the bare digits as the fallback for installs
   * that imported them so. Each miss costs a round trip (~1.4 s measured on a real install).
   */
  async function clienteRow(documento: Documento, fresh = false): Promise<m.IxcClienteRow | null> {
    const cached = idCache.get(documento);
    if (!fresh && cached && cached.until > Date.now()) return cached.row;
    for (const query of unique([formatDocumento(documento), documento])) {
      const rows = await ixc.list('cliente', { qtype: 'cliente.cnpj_cpf', query, oper: '=', rp: 5 }, 1);
      const match = rows
        .map((r) => parseVendor(s.clienteSchema, r, V, 'cliente'))
        .find((c) => m.sameDocumento(documento, c.cnpj_cpf));
      if (match) {
        idCache.set(documento, { row: match, until: Date.now() + cacheMs });
        if (idCache.size > 5_000) idCache.delete(idCache.keys().next().value ?? documento);
        return match;
      }
    }
    return null;
  }

  async function contratos(clienteId: string) {
    const rows = await ixc.list('cliente_contrato', {
      qtype: 'cliente_contrato.id_cliente',
      query: clienteId,
      oper: '=',
    });
    return rows.map((r) => parseVendor(s.contratoSchema, r, V, 'cliente_contrato'));
  }

  async function titulos(params: { qtype: string; query: string }): Promise<s.IxcAreceber[]> {
    const rows = await ixc.list('fn_areceber', {
      ...params,
      oper: '=',
      sortname: 'fn_areceber.data_vencimento',
      sortorder: 'asc',
      grid_param: [
        { TB: 'fn_areceber.liberado', OP: '=', P: 'S' },
        { TB: 'fn_areceber.status', OP: '!=', P: 'C' },
        { TB: 'fn_areceber.status', OP: '!=', P: 'R' },
      ],
    });
    // The filter is re-applied here: some versions ignore grid_param.
    return rows.map((r) => parseVendor(s.areceberSchema, r, V, 'fn_areceber')).filter(m.isOpen);
  }

  function planoNomes(list: s.IxcContrato[]) {
    const byId = new Map(list.map((c) => [textOf(c.id), textOf(c.contrato)]));
    return (id: string) => byId.get(id) || null;
  }

  /**
   * The title's billing wallet, projected to its late-charge and Pix fields (schemas.ts). `null` when the title
   * names none, or IXC refuses it (a token without access to fn_carteira_cobranca answers {type:"error"}).
   * Outages are not cached.
   */
  async function carteira(id: string): Promise<s.IxcCarteira | null> {
    if (!/^\d+$/.test(id) || id === '0') return null;
    const cached = carteiraCache.get(id);
    if (cached && cached.until > Date.now()) return cached.carteira;
    let found: s.IxcCarteira | null = null;
    try {
      const rows = await ixc.list(
        'fn_carteira_cobranca',
        {
          qtype: 'fn_carteira_cobranca.id',
          query: id,
          oper: '=',
          rp: 1,
        },
        1,
      );
      const first = rows[0];
      found = first ? parseVendor(s.carteiraSchema, first, V, 'fn_carteira_cobranca') : null;
    } catch (error) {
      if (!isDomainError(error) || (error.code !== 'ERP_REJEITOU' && error.code !== 'ERP_RESPOSTA_INVALIDA'))
        return null;
    }
    carteiraCache.set(id, { carteira: found, until: Date.now() + carteiraCacheMs });
    return found;
  }

  /** Late charges of an overdue title from its wallet; `null` when not overdue. */
  async function encargosFor(t: s.IxcAreceber, hoje: string): Promise<m.EncargosTitulo> {
    const vencimento = textOf(t.data_vencimento).slice(0, 10);
    if (!(vencimento < hoje)) return null;
    const c = await carteira(textOf(t.id_carteira_cobranca));
    if (!c) return 'desconhecidos';
    const { multa, juros } = calcularEncargosIxc({
      base: m.valorAberto(t),
      vencimento,
      hoje,
      carteira: c,
      juropUnidade,
    });
    return { multa, juros };
  }

  async function toFaturas(list: s.IxcAreceber[], cliente: Cliente, nome: (id: string) => string | null) {
    const hoje = today();
    return Promise.all(list.map(async (t) => m.toFatura(t, cliente, nome, await encargosFor(t, hoje))));
  }

  /**
   * get_pix for one title. IXC has no Pix field on fn_areceber. HTTP 500 is IXC's answer for a title it cannot
   * find (measured by the DeskcommCRM author): accepted here so it neither retries nor trips the breaker. Any
   * failure degrades the Pix only — the fatura and its boleto stay on screen.
   */
  async function pixFor(
    tituloId: string,
  ): Promise<{ code: string; status: string; expira: string | null } | 'sem_pix' | 'falhou'> {
    try {
      const { status, data } = await ixc.http.json({
        method: 'POST',
        path: 'get_pix',
        json: { id_areceber: tituloId },
        idempotent: true,
        acceptStatus: [500],
        operation: 'get_pix',
      });
      if (status === 500) return 'falhou';
      if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'error') return 'sem_pix';
      const p = parseVendor(s.pixSchema, data, V, 'get_pix');
      const code = (p.pix?.qrCode?.qrcode ?? textOf(p.pix?.dadosPix?.pixCopiaECola)).trim();
      if (!code) return 'sem_pix';
      return {
        code,
        status: textOf(p.pix?.dadosPix?.status).toUpperCase(),
        expira: m.pixExpiry(textOf(p.pix?.dadosPix?.expiracaoPix) || null),
      };
    } catch {
      return 'falhou';
    }
  }

  /**
   * The ERP's Pix when it can still be paid for the amount due; else why not (pt-BR) when the key is not allowed.
   *
   * An expired or removed code is not renewed here: IXC's public material (its Postman collection, the API wiki,
   * public client code — searched November 2026) documents `get_pix {id_areceber}` only, which returns the code
   * IXC holds for the title; no call that makes a fresh one (`gerar_pix`, a re-issue) is documented, so none is
   * invented. get_pix is asked on every fatura view, so a code IXC or its gateway renewed on its own shows up;
   * otherwise the configured key (when the wallet allows it) or the reason in PIX_MOTIVOS (README, IXC section).
   */
  async function pixDaFatura(
    fatura: Fatura,
    titulo: s.IxcAreceber,
  ): Promise<Pick<Fatura, 'pixCode' | 'pixExpiraEm' | 'pixIndisponivel'>> {
    const pix = await pixFor(fatura.id);
    let motivo: string = PIX_MOTIVOS.semPix;
    if (typeof pix === 'object') {
      const expirado = pix.expira !== null && Date.parse(pix.expira) <= now();
      const parsed = parsePixPayload(pix.code);
      const valorConfere =
        parsed.ok && (parsed.pix.amount === null || parsed.pix.amount === fatura.valorFinal);
      if (pix.status !== '' && pix.status !== 'ATIVA') motivo = PIX_MOTIVOS.removido;
      else if (expirado) motivo = PIX_MOTIVOS.expirado;
      else if (!valorConfere) motivo = PIX_MOTIVOS.valor;
      else return { pixCode: pix.code, pixExpiraEm: pix.expira, pixIndisponivel: null };
    } else if (pix === 'falhou') motivo = PIX_MOTIVOS.falhou;
    // No payable code from IXC: the configured key, if the title's wallet accepts payments to it.
    const c = await carteira(textOf(titulo.id_carteira_cobranca));
    const chavePermitida = textOf(c?.permite_pagamento_por_chave_pix).toUpperCase() !== 'N';
    return { pixCode: null, pixExpiraEm: null, pixIndisponivel: chavePermitida ? null : motivo };
  }

  async function ownedTitulo(
    documento: Documento,
    tituloId: string,
  ): Promise<{ cliente: Cliente; row: m.IxcClienteRow; titulo: s.IxcAreceber } | null> {
    if (!/^\d+$/.test(tituloId)) return null;
    const row = await clienteRow(documento);
    if (!row) return null;
    const [found] = await titulos({ qtype: 'fn_areceber.id', query: tituloId });
    if (!found || textOf(found.id_cliente) !== textOf(row.id)) return null;
    return { cliente: m.toCliente(row), row, titulo: found };
  }

  /**
   * A `cidade`/`uf` id resolved to the city's name or the state's sigla, for the payer's address on the ficha.
   * Optional: any failure leaves that part out (not cached, so a later boleto tries again).
   */
  async function lugar(table: 'cidade' | 'uf', id: string): Promise<string | null> {
    if (!/^\d+$/.test(id) || id === '0') return null;
    const key = `${table}:${id}`;
    const cached = lugarCache.get(key);
    if (cached !== undefined) return cached;
    try {
      const [first] = await ixc.list(table, { qtype: `${table}.id`, query: id, oper: '=', rp: 1 }, 1);
      const value = first
        ? table === 'cidade'
          ? optional(textOf(parseVendor(s.cidadeSchema, first, V, 'cidade').nome))
          : optional(textOf(parseVendor(s.ufSchema, first, V, 'uf').sigla).toUpperCase())
        : null;
      lugarCache.set(key, value);
      if (lugarCache.size > 10_000) lugarCache.delete(lugarCache.keys().next().value ?? key);
      return value;
    } catch {
      return null;
    }
  }

  async function enderecoPagador(row: m.IxcClienteRow) {
    const [cidade, uf] = await Promise.all([
      lugar('cidade', textOf(row.cidade)),
      lugar('uf', textOf(row.uf)),
    ]);
    return m.toEnderecoPagador(row, cidade, uf);
  }

  const adapter: ErpAdapter = {
    id: 'ixc',
    capabilities,

    async findCliente(documento) {
      const row = await clienteRow(documento, true);
      return row ? m.toCliente(row) : null;
    },

    async listFaturas(documento) {
      const row = await clienteRow(documento);
      if (!row) return [];
      const cliente = m.toCliente(row);
      const [list, planos] = await Promise.all([
        titulos({ qtype: 'fn_areceber.id_cliente', query: cliente.id }),
        contratos(cliente.id).catch(() => []),
      ]);
      const nome = planoNomes(planos);
      return (await toFaturas(list, cliente, nome)).sort(
        (a, b) => a.vencimento.localeCompare(b.vencimento) || Number(a.id) - Number(b.id),
      );
    },

    async getFatura(documento, faturaId) {
      const owned = await ownedTitulo(documento, faturaId);
      if (!owned) return null;
      const [planos, endereco, wallet] = await Promise.all([
        contratos(owned.cliente.id).catch(() => []),
        enderecoPagador(owned.row),
        carteira(textOf(owned.titulo.id_carteira_cobranca)),
      ]);
      const [fatura] = await toFaturas([owned.titulo], owned.cliente, planoNomes(planos));
      if (!fatura) return null;
      return {
        ...fatura,
        // For the printed boleto: the payer's address and the wallet's terms (the instructions).
        enderecoPagador: endereco,
        regrasAtraso: regrasAtrasoIxc(wallet, juropUnidade),
        ...(await pixDaFatura(fatura, owned.titulo)),
      };
    },

    async listContatos(documento) {
      const row = await clienteRow(documento, true);
      return row ? m.toContatos(row) : [];
    },

    async getBoletoPdf(boletoId) {
      const atualiza = options.boletoAtualiza ? 'S' : 'N';
      const file = await ixc.file('get_boleto', {
        boletos: boletoId,
        juro: atualiza,
        multa: atualiza,
        atualiza_boleto: atualiza,
        tipo_boleto: 'arquivo',
        base64: 'S',
        layout_impressao: '',
      });
      return pdfFromIxcFile(file, `get_boleto ${boletoId}`);
    },

    async listPlanos(documento) {
      const row = await clienteRow(documento);
      return row ? (await contratos(textOf(row.id))).map(m.toPlano) : [];
    },

    async listPlanosBloqueados(documento) {
      const row = await clienteRow(documento);
      return row
        ? (await contratos(textOf(row.id))).map(m.toPlano).filter((p) => p.status === 'bloqueado')
        : [];
    },

    async desbloquear(documento, planoId) {
      const row = await clienteRow(documento);
      const contrato = row
        ? (await contratos(textOf(row.id))).find((c) => textOf(c.id) === planoId)
        : undefined;
      if (!contrato) return desbloqueioResultado('plano_nao_encontrado');
      if (!m.toPlano(contrato).desbloqueioDisponivel) return desbloqueioResultado('nao_disponivel');
      const { data } = await ixc.http.json({
        method: 'POST',
        path: 'desbloqueio_confianca',
        json: { id: planoId },
        operation: 'desbloqueio_confianca',
      });
      const r = parseVendor(s.desbloqueioSchema, data, V, 'desbloqueio_confianca');
      if (r.tipo.toLowerCase() === 'sucesso') return desbloqueioResultado('liberado');
      return desbloqueioResultado(motivoDesbloqueioIxc(textOf(r.codigo)));
    },

    async listNotasFiscais(documento) {
      const row = await clienteRow(documento);
      if (!row) return [];
      const rows = await ixc.list('vd_saida', {
        qtype: 'vd_saida.id_cliente',
        query: textOf(row.id),
        oper: '=',
        sortname: 'vd_saida.id',
        sortorder: 'desc',
      });
      return rows
        .map((r) => parseVendor(s.saidaSchema, r, V, 'vd_saida'))
        .filter((x) => textOf(x.status).toUpperCase() !== 'C')
        .map(m.toNotaFiscal);
    },

    async atualizarCliente(documento, patch) {
      const row = await clienteRow(documento, true);
      if (!row)
        throw new DomainError('CLIENTE_NAO_ENCONTRADO', { details: 'ixc: cliente sumiu antes da edição' });
      // IXC blanks every field a PUT omits ("É necessário trazer todos os campos"): send the whole record back.
      const merged: Row = { ...row };
      for (const [key, field] of Object.entries(m.PATCH_FIELDS)) {
        const value = patch[key as keyof typeof m.PATCH_FIELDS];
        if (value !== undefined) merged[field] = value;
      }
      if (patch.cidade !== undefined || patch.uf !== undefined)
        Object.assign(merged, await cidadeUf(patch, row));
      await ixc.put('cliente', textOf(row.id), merged);
      idCache.delete(documento);
    },

    async health(): Promise<ErpHealth> {
      const b = ixc.http.breakerState();
      return {
        state: b.health,
        detail: b.health === 'up' ? undefined : `${b.consecutiveFailures} falha(s) seguidas`,
      };
    },
  };

  /** cidade and uf are ids in IXC: resolve the names the customer typed. */
  async function cidadeUf(patch: ClientePatch, row: m.IxcClienteRow): Promise<Row> {
    let ufId = textOf(row.uf);
    if (patch.uf !== undefined) {
      const ufs = await ixc.list('uf', { qtype: 'uf.sigla', query: patch.uf.toUpperCase(), oper: '=' }, 1);
      const uf = ufs.map((u) => parseVendor(s.ufSchema, u, V, 'uf'))[0];
      if (!uf) throw new DomainError('ERP_REJEITOU', { details: `ixc: UF ${patch.uf} não cadastrada` });
      ufId = textOf(uf.id);
    }
    const out: Row = { uf: ufId };
    if (patch.cidade !== undefined) {
      const cidades = (
        await ixc.list('cidade', { qtype: 'cidade.nome', query: patch.cidade, oper: '=' }, 1)
      ).map((c) => parseVendor(s.cidadeSchema, c, V, 'cidade'));
      const cidade = cidades.find((c) => textOf(c.uf) === ufId);
      if (!cidade)
        throw new DomainError('ERP_REJEITOU', {
          details: `ixc: cidade ${patch.cidade} não cadastrada nessa UF`,
        });
      out.cidade = textOf(cidade.id);
    }
    return out;
  }

  if (options.notaFiscalPdf) {
    adapter.getNotaFiscalPdf = async (documento, notaId) => {
      const notas = (await adapter.listNotasFiscais?.(documento)) ?? [];
      if (!notas.some((n) => n.id === notaId))
        throw new DomainError('NOTA_NAO_ENCONTRADA', { details: `ixc: nota ${notaId} não é do cliente` });
      return pdfFromIxcFile(
        await ixc.file('imprimir_nota', { id: notaId, base64: 'S' }),
        `imprimir_nota ${notaId}`,
      );
    };
  }

  if (options.chamadoAssuntoId) {
    const assunto = options.chamadoAssuntoId;
    adapter.criarChamado = async (documento, input) => {
      const row = await clienteRow(documento);
      if (!row) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
      const data = await ixc.action('su_oss_chamado', {
        tipo: 'C',
        id_cliente: textOf(row.id),
        id_contrato_kit: input.planoId ?? '',
        id_assunto: assunto,
        id_filial: options.filialId ?? '1',
        setor: options.chamadoSetorId ?? '',
        origem_endereco: 'C',
        prioridade: 'N',
        status: 'A',
        mensagem: `${input.assunto}\n\n${input.mensagem}\n\n(aberto pelo totem de autoatendimento)`,
      });
      const r = parseVendor(s.actionSchema, data, V, 'su_oss_chamado');
      const id = textOf(r.id);
      if (!id) throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: 'ixc su_oss_chamado: sem id' });
      return { id, protocolo: null };
    };
  }

  if (options.contaId) {
    const conta = options.contaId;
    adapter.baixarBoleto = async (input) => {
      const owned = await ownedTitulo(input.documento, input.boletoId);
      if (!owned) return { success: false, apiResponse: 'título não encontrado para este cliente' };
      const d = today();
      const valor = (input.transaction.valor / 100).toFixed(2);
      const data = await ixc.action('fn_areceber_recebimentos_baixas_novo', {
        id_receber: input.boletoId,
        id_conta: conta,
        // Receipt type codes are install-specific (UNCERTAIN); the meio goes to the histórico as well.
        tipo_recebimento: TIPO_RECEBIMENTO[input.transaction.meio],
        data: `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`,
        valor_parcela: valor,
        valor_total_recebido: valor,
        credito: valor,
        debito: valor,
        historico: `Totem: ${input.transaction.meio} ${input.transaction.id}`,
        previsao: 'N',
        tipo_lanc: 'R',
      });
      idCache.delete(input.documento);
      return { success: true, apiResponse: JSON.stringify(data) };
    };
  }

  return adapter;
}

const TIPO_RECEBIMENTO: Record<'pix' | 'boleto' | 'cartao' | 'dinheiro', string> = {
  pix: 'P',
  boleto: 'B',
  cartao: 'C',
  dinheiro: 'D',
};

function optional(value: string): string | null {
  return value === '' ? null : value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
