import 'server-only';
import { z } from 'zod';
import { DomainError } from '@/lib/domain/errors';
import type { Documento, Fatura } from '@/lib/domain/types';
import type { ErpAdapter, ErpCapability, ErpHealth } from '../port';
import { parseVendor } from '../vendor-values';
import { createContractClient, type CallResult, type ContractClientOptions } from './client';
import { CONTRACT_FUNCTIONS, FUNCTION_SPECS, type ContractFunction } from './functions';
import * as m from './mappers';
import * as s from './schemas';

export interface HttpContractErpOptions extends ContractClientOptions {
  /** Functions switched off: not called, not offered. */
  disabled?: readonly ContractFunction[];
}

const V = 'http-contract';

/** A body that is one object where the contract says list, or null: read as a list. */
function asList(data: unknown): unknown[] {
  if (data === null || data === undefined) return [];
  return Array.isArray(data) ? data : [data];
}

function listOf<S extends z.ZodType>(schema: S, result: CallResult, what: string): z.infer<S>[] {
  if (!result.found || !('data' in result)) return [];
  return parseVendor(z.array(schema), asList(result.data), V, what);
}

/** "Nothing" in any of the shapes automations use for it: null, {}, [], "". */
function isNothing(data: unknown): boolean {
  return (
    data === null ||
    data === undefined ||
    (Array.isArray(data) && data.length === 0) ||
    (typeof data === 'object' && !Array.isArray(data) && Object.keys(data).length === 0)
  );
}

function pdfFrom(result: CallResult, what: string): Uint8Array {
  if (!result.found)
    throw new DomainError('FATURA_NAO_ENCONTRADA', { details: `${V}: ${what} não encontrado` });
  if ('pdf' in result) return result.pdf;
  const { base_64 } = parseVendor(s.pdfSchema, result.data, V, what);
  const clean = base_64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  const bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  if (bytes.length < 5 || Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== '%PDF') {
    throw new DomainError('PDF_INVALIDO', { details: `${V}: ${what} não é um PDF` });
  }
  return bytes;
}

/** The 004 contract spoken over HTTP+JSON (docs/erp-contract.md). */
export function createHttpContractErp(options: HttpContractErpOptions): ErpAdapter {
  const client = createContractClient(options);
  const off = new Set<ContractFunction>([
    ...(options.disabled ?? []),
    ...CONTRACT_FUNCTIONS.filter((fn) => options.functions?.[fn]?.off),
  ]);
  const on = (fn: ContractFunction) => !off.has(fn);
  const capabilities = new Set<ErpCapability>();
  for (const fn of CONTRACT_FUNCTIONS) {
    const cap = FUNCTION_SPECS[fn].capability;
    if (cap && on(fn)) capabilities.add(cap);
  }
  const doc = (documento: Documento) => ({ customer_document_number: documento });

  async function listFaturas(documento: Documento): Promise<Fatura[]> {
    const r = await client.call('listar_faturas', doc(documento), { notFoundIsEmpty: true });
    return listOf(s.faturaSchema, r, 'listar_faturas')
      .map((f) => m.toFatura(f, documento))
      .filter((f) => m.belongsTo(f, documento))
      .sort(m.byVencimento);
  }

  const adapter: ErpAdapter = {
    id: 'http-contract',
    capabilities,
    clienteSoPorFaturas: !on('cliente'),

    async findCliente(documento) {
      if (!on('cliente')) {
        // Without "Informações do cliente", a customer is known by their open faturas (documented limitation).
        const faturas = await listFaturas(documento);
        const first = faturas[0];
        if (!first) return null;
        return {
          id: documento,
          documento,
          nome: first.nomeCliente,
          tipoPessoa: documento.length === 14 ? 'J' : 'F',
          ativo: true,
        };
      }
      const r = await client.call('cliente', doc(documento), { notFoundIsEmpty: true });
      if (!r.found || !('data' in r)) return null;
      const data = Array.isArray(r.data) ? r.data[0] : r.data;
      if (isNothing(data)) return null;
      const cliente = m.toCliente(parseVendor(s.clienteSchema, data, V, 'cliente'), documento);
      return cliente.documento === documento ? cliente : null;
    },

    listFaturas,

    async getFatura(documento, faturaId) {
      const r = await client.call(
        'pegar_fatura',
        { customer_bill_id: faturaId, ...doc(documento) },
        { notFoundIsEmpty: true },
      );
      const found = listOf(s.faturaSchema, r, 'pegar_fatura')
        .map((f) => m.toFatura(f, documento))
        .find((f) => f.id === faturaId);
      // Another customer's fatura is refused here too, whatever the ERP answered.
      return found && m.belongsTo(found, documento) ? found : null;
    },

    async listContatos(documento) {
      if (!on('contatos')) return [];
      const r = await client.call('contatos', doc(documento), { notFoundIsEmpty: true });
      return listOf(s.contatoSchema, r, 'contatos')
        .map(m.toContato)
        .filter((c) => c !== null);
    },

    async health(): Promise<ErpHealth> {
      const b = client.http.breakerState();
      return {
        state: b.health,
        detail: b.health === 'up' ? undefined : `${b.consecutiveFailures} falha(s) seguidas`,
      };
    },
  };

  if (on('pdf_boleto')) {
    adapter.getBoletoPdf = async (boletoId) =>
      pdfFrom(
        await client.call('pdf_boleto', { boleto_id: boletoId }, { notFoundIsEmpty: true, bytes: true }),
        `boleto ${boletoId}`,
      );
  }
  if (on('baixa_boleto')) {
    adapter.baixarBoleto = async (input) => {
      const r = await client.call('baixa_boleto', {
        transaction: m.transactionInput(input.transaction),
        boleto_id: input.boletoId,
        customer_document_number: input.documento,
      });
      if (!r.found || !('data' in r))
        throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: `${V}: baixa sem resposta` });
      return m.toBaixa(parseVendor(s.baixaSchema, r.data, V, 'baixa_boleto'));
    };
  }
  if (on('pendencias')) {
    adapter.listPendencias = async (documento) => {
      const r = await client.call('pendencias', doc(documento));
      return listOf(s.pendenciaSchema, r, 'pendencias')
        .map((p) => (typeof p === 'string' ? p : p.mensagem).trim())
        .filter((p) => p !== '');
    };
  }
  if (on('planos')) {
    adapter.listPlanos = async (documento) =>
      listOf(s.planoSchema, await client.call('planos', doc(documento)), 'planos').map(m.toPlano);
  }
  if (on('planos_bloqueados')) {
    adapter.listPlanosBloqueados = async (documento) =>
      listOf(s.planoSchema, await client.call('planos_bloqueados', doc(documento)), 'planos_bloqueados').map(
        m.toPlano,
      );
  }
  if (on('desbloqueio')) {
    adapter.desbloquear = async (documento, planoId) => {
      const r = await client.call('desbloqueio', { ...doc(documento), plano_id: planoId });
      if (!r.found || !('data' in r))
        throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: `${V}: desbloqueio sem resposta` });
      return m.toDesbloqueio(parseVendor(s.desbloqueioSchema, r.data, V, 'desbloqueio'));
    };
  }
  if (on('notas_fiscais')) {
    adapter.listNotasFiscais = async (documento) =>
      listOf(s.notaFiscalSchema, await client.call('notas_fiscais', doc(documento)), 'notas_fiscais').map(
        m.toNotaFiscal,
      );
  }
  if (on('nota_fiscal_pdf')) {
    adapter.getNotaFiscalPdf = async (documento, notaId) =>
      pdfFrom(
        await client.call(
          'nota_fiscal_pdf',
          { ...doc(documento), nota_fiscal_id: notaId },
          { notFoundIsEmpty: true, bytes: true },
        ),
        `nota fiscal ${notaId}`,
      );
  }
  if (on('chamado')) {
    adapter.criarChamado = async (documento, input) => {
      const r = await client.call('chamado', m.chamadoInput(documento, input));
      if (!r.found || !('data' in r))
        throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: `${V}: chamado sem resposta` });
      return m.toChamado(parseVendor(s.chamadoSchema, r.data, V, 'chamado'));
    };
  }
  if (on('pedido')) {
    adapter.criarPedido = async (input) => {
      const r = await client.call('pedido', { order: m.orderInput(input), message: input.mensagem });
      if (!r.found || !('data' in r))
        throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: `${V}: pedido sem resposta` });
      return m.toPedido(parseVendor(s.pedidoSchema, r.data, V, 'pedido'));
    };
  }
  if (on('pedido_cliente_existente')) {
    adapter.criarPedidoClienteExistente = async (documento, input) => {
      const r = await client.call('pedido_cliente_existente', {
        order: m.orderInput(input),
        message: input.mensagem,
        ...doc(documento),
        wda_user: { document_number: documento },
      });
      if (!r.found || !('data' in r))
        throw new DomainError('ERP_RESPOSTA_INVALIDA', { details: `${V}: pedido sem resposta` });
      return m.toPedido(parseVendor(s.pedidoSchema, r.data, V, 'pedido_cliente_existente'));
    };
  }
  if (on('lead')) {
    adapter.criarLead = async (lead) => {
      await client.call('lead', { lead: m.leadInput(lead) }, { noOutput: true });
    };
  }
  if (on('revendedores')) {
    adapter.listRevendedores = async () =>
      listOf(s.revendedorSchema, await client.call('revendedores', {}), 'revendedores').map(m.toRevendedor);
  }
  if (on('produtos')) {
    adapter.listProdutos = async () =>
      listOf(s.produtoSchema, await client.call('produtos', {}), 'produtos').map(m.toProduto);
  }
  if (on('datas_vencimento')) {
    adapter.listDatasVencimento = async () =>
      listOf(s.dataVencimentoSchema, await client.call('datas_vencimento', {}), 'datas_vencimento').map(
        m.toDataVencimento,
      );
  }
  if (on('origens_comerciais')) {
    adapter.listOrigensComerciais = async () =>
      listOf(s.origemSchema, await client.call('origens_comerciais', {}), 'origens_comerciais').map(
        m.toOrigem,
      );
  }
  if (on('editar_cliente')) {
    adapter.atualizarCliente = async (documento, patch) => {
      const r = await client.call(
        'editar_cliente',
        { ...doc(documento), dados: m.patchInput(patch) },
        { noOutput: true },
      );
      // An explicit {"success": false} is a refusal even with HTTP 200.
      if (r.found && 'data' in r && r.data && typeof r.data === 'object' && 'success' in r.data) {
        const ok = (r.data as { success: unknown }).success;
        if (ok === false || ok === 'false' || ok === 0 || ok === '0') {
          throw new DomainError('ERP_REJEITOU', { details: `${V}: editar_cliente recusado` });
        }
      }
    };
  }

  return adapter;
}

export { CONTRACT_FUNCTIONS, FUNCTION_SPECS } from './functions';
export type { ContractFunction } from './functions';
