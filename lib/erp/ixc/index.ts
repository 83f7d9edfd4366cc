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
import { motivoDesbloqueioIxc } from './messages';
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
  today?: () => string;
}

const V = 'ixc';

/** IXC Soft webservice adapter (INTEGRATIONS.md §E). */
export function createIxcErp(options: IxcErpOptions): ErpAdapter {
  const ixc: IxcClient = createIxcClient(options);
  const today = options.today ?? (() => todayInSaoPaulo());
  const cacheMs = options.clienteCacheMs ?? 60_000;
  const idCache = new Map<Documento, { row: m.IxcClienteRow; until: number }>();

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

  /** `cnpj_cpf` is stored masked on most installs: try the digits, then the mask (as goixc does). */
  async function clienteRow(documento: Documento, fresh = false): Promise<m.IxcClienteRow | null> {
    const cached = idCache.get(documento);
    if (!fresh && cached && cached.until > Date.now()) return cached.row;
    for (const query of unique([documento, formatDocumento(documento)])) {
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

  /** Pix copia-e-cola for one title; IXC has no such field on fn_areceber. A failure leaves the configured key. */
  async function pixFor(tituloId: string): Promise<{ code: string | null; expira: string | null }> {
    try {
      const data = parseVendor(
        s.pixSchema,
        await ixc.action('get_pix', { id_areceber: tituloId }, { idempotent: true }),
        V,
        'get_pix',
      );
      const expira = textOf(data.pix?.dadosPix?.expiracaoPix);
      return { code: data.pix?.qrCode?.qrcode?.trim() || null, expira: expira || null };
    } catch (error) {
      if (isDomainError(error) && (error.code === 'ERP_REJEITOU' || error.code === 'ERP_RESPOSTA_INVALIDA'))
        return { code: null, expira: null };
      throw error;
    }
  }

  async function ownedTitulo(
    documento: Documento,
    tituloId: string,
  ): Promise<{ cliente: Cliente; titulo: s.IxcAreceber } | null> {
    if (!/^\d+$/.test(tituloId)) return null;
    const row = await clienteRow(documento);
    if (!row) return null;
    const [found] = await titulos({ qtype: 'fn_areceber.id', query: tituloId });
    if (!found || textOf(found.id_cliente) !== textOf(row.id)) return null;
    return { cliente: m.toCliente(row), titulo: found };
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
      return list
        .map((t) => m.toFatura(t, cliente, nome))
        .sort((a, b) => a.vencimento.localeCompare(b.vencimento) || Number(a.id) - Number(b.id));
    },

    async getFatura(documento, faturaId) {
      const owned = await ownedTitulo(documento, faturaId);
      if (!owned) return null;
      const [planos, pix] = await Promise.all([
        contratos(owned.cliente.id).catch(() => []),
        pixFor(faturaId),
      ]);
      const fatura: Fatura = m.toFatura(owned.titulo, owned.cliente, planoNomes(planos));
      return pix.code ? { ...fatura, pixCode: pix.code, pixExpiraEm: m.pixExpiry(pix.expira) } : fatura;
    },

    async listContatos(documento) {
      const row = await clienteRow(documento, true);
      return row ? m.toContatos(row) : [];
    },

    async getBoletoPdf(boletoId) {
      const file = await ixc.file('get_boleto', {
        boletos: boletoId,
        juro: 'S',
        multa: 'S',
        atualiza_boleto: 'S',
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
        throw new DomainError('FATURA_NAO_ENCONTRADA', { details: `ixc: nota ${notaId} não é do cliente` });
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

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
