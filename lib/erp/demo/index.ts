import { DomainError } from '@/lib/domain/errors';
import { addDays, todayInSaoPaulo, type IsoDate } from '@/lib/domain/dates';
import type { Cliente, ClientePatch, Contato, Documento, Fatura, Plano } from '@/lib/domain/types';
import { desbloqueioResultado } from '../desbloqueio';
import { ERP_CAPABILITIES, type ErpAdapter, type ErpCapability } from '../port';
import { demoBoletoPdf } from './boleto-pdf';
import { DEMO_CUSTOMERS, DEMO_DOCUMENTO_ERP_FORA, type DemoCustomer, type DemoFatura } from './data';
import {
  DEMO_ORIGENS,
  DEMO_PENDENCIAS,
  DEMO_PLANOS,
  DEMO_PRODUTOS,
  DEMO_REVENDEDORES,
  DEMO_VENCIMENTOS,
  demoNotaPdf,
  demoNotas,
} from './extras';

export interface DemoErpOptions {
  /** Today's date; defaults to the São Paulo calendar date at each call. */
  today?: () => IsoDate;
}

/** The embedded demo ERP: in-process, deterministic, the default adapter. */
/** `baixa` (recording a payment) needs a bank behind the ERP; the demo has none, so it never offers it. */
const DEMO_LACKS: ReadonlySet<ErpCapability> = new Set<ErpCapability>(['baixa']);

export function createDemoErp(options: DemoErpOptions = {}): ErpAdapter {
  const today = options.today ?? (() => todayInSaoPaulo());

  function lookup(documento: Documento): DemoCustomer | undefined {
    if (documento === DEMO_DOCUMENTO_ERP_FORA) {
      throw new DomainError('ERP_INDISPONIVEL', { details: 'demo: documento que simula o ERP fora do ar' });
    }
    return DEMO_CUSTOMERS.find((c) => c.cliente.documento === documento);
  }

  function openFaturas(customer: DemoCustomer): Fatura[] {
    return customer
      .faturas(today())
      .filter((f) => !f.paga)
      .map(stripDemoFields)
      .sort((a, b) => a.vencimento.localeCompare(b.vencimento));
  }

  // The demo's writes live in this adapter instance (one per process): a restart starts the demo over.
  const unlocked = new Set<string>();
  let chamados = 0;
  let pedidos = 0;

  function planos(c: DemoCustomer): Plano[] {
    return (DEMO_PLANOS[c.cliente.id] ?? []).map(({ jaUsado: _j, ...p }) =>
      unlocked.has(p.id) ? { ...p, status: 'ativo', desbloqueioDisponivel: false } : { ...p },
    );
  }
  // "Editar dados do cliente": edits live in this adapter's memory (one per process), so the demo shows a
  // change after saving and forgets it on restart. Contacts change what listContatos answers.
  const edits = new Map<Documento, { contatos: Contato[]; patch: ClientePatch }>();

  // Everything the port offers except what DEMO_LACKS names. A capability added to the port is declared here
  // too, and the ERP contract suite ("each with its method") fails until the demo implements or lacks it.
  const capabilities: ReadonlySet<ErpCapability> = new Set(
    ERP_CAPABILITIES.filter((c) => !DEMO_LACKS.has(c)),
  );

  return {
    id: 'demo',
    capabilities,
    async findCliente(documento): Promise<Cliente | null> {
      const c = lookup(documento);
      return c ? { ...c.cliente } : null;
    },
    async listFaturas(documento) {
      const c = lookup(documento);
      return c ? openFaturas(c) : [];
    },
    async getFatura(documento, faturaId) {
      const c = lookup(documento);
      return c ? (openFaturas(c).find((f) => f.id === faturaId) ?? null) : null;
    },
    async listContatos(documento): Promise<Contato[]> {
      const c = lookup(documento);
      if (!c) return [];
      return (edits.get(documento)?.contatos ?? c.contatos).map((x) => ({ ...x }));
    },
    async atualizarCliente(documento, patch) {
      const c = lookup(documento);
      if (!c) throw new DomainError('CLIENTE_NAO_ENCONTRADO', { details: 'demo: cliente não existe' });
      const prev = edits.get(documento) ?? { contatos: c.contatos.map((x) => ({ ...x })), patch: {} };
      let contatos = prev.contatos;
      if (patch.email !== undefined) {
        contatos = [...contatos.filter((x) => x.type !== 'email'), { type: 'email', value: patch.email }];
      }
      for (const phone of [patch.celular, patch.telefone]) {
        if (phone === undefined) continue;
        // A mobile replaces the mobile, a landline the landline (the 3rd digit 9 marks a mobile).
        const mobile = phone.length === 11;
        contatos = [
          ...contatos.filter(
            (x) => x.type !== 'phone' || (x.value.replace(/\D/g, '').length === 11) !== mobile,
          ),
          { type: 'phone', value: phone },
        ];
      }
      edits.set(documento, { contatos, patch: { ...prev.patch, ...patch } });
    },
    async getBoletoPdf(boletoId) {
      // The contract's "Pegar pdf de um boleto" takes the boleto id alone; callers check ownership first.
      for (const c of DEMO_CUSTOMERS) {
        const f = openFaturas(c).find((x) => x.remoteId === boletoId);
        if (f) return demoBoletoPdf(f);
      }
      throw new DomainError('FATURA_NAO_ENCONTRADA', { details: `demo: boleto ${boletoId} não existe` });
    },
    async listPendencias(documento) {
      const c = lookup(documento);
      return c ? [...(DEMO_PENDENCIAS[c.cliente.id] ?? [])] : [];
    },
    async listPlanos(documento) {
      const c = lookup(documento);
      return c ? planos(c) : [];
    },
    async listPlanosBloqueados(documento) {
      const c = lookup(documento);
      return c ? planos(c).filter((p) => p.status === 'bloqueado') : [];
    },
    async desbloquear(documento, planoId) {
      const c = lookup(documento);
      const seed = c ? DEMO_PLANOS[c.cliente.id]?.find((p) => p.id === planoId) : undefined;
      if (!seed) return desbloqueioResultado('plano_nao_encontrado');
      if (unlocked.has(planoId)) return desbloqueioResultado('ja_ativo');
      if (seed.status === 'cancelado') return desbloqueioResultado('contrato_inativo');
      if (seed.jaUsado) return desbloqueioResultado('ja_usado');
      if (!seed.desbloqueioDisponivel) return desbloqueioResultado('nao_disponivel');
      unlocked.add(planoId);
      return desbloqueioResultado('liberado', addDays(today(), 3));
    },
    async listNotasFiscais(documento) {
      const c = lookup(documento);
      return c ? demoNotas(c.cliente.id, today()) : [];
    },
    async getNotaFiscalPdf(documento, notaId) {
      const c = lookup(documento);
      const nota = c ? demoNotas(c.cliente.id, today()).find((n) => n.id === notaId) : undefined;
      if (!c || !nota)
        throw new DomainError('NOTA_NAO_ENCONTRADA', { details: `demo: nota ${notaId} não é do cliente` });
      return demoNotaPdf(nota, c.cliente.nome);
    },
    async criarChamado(documento) {
      if (!lookup(documento)) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
      chamados += 1;
      const id = String(7000 + chamados);
      return { id, protocolo: `${today().replace(/-/g, '')}${id}` };
    },
    async criarPedido() {
      pedidos += 1;
      return { remoteId: `P-${100 + pedidos}`, remoteMessage: null, isIssue: false };
    },
    async criarPedidoClienteExistente(documento) {
      if (!lookup(documento)) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
      pedidos += 1;
      return { remoteId: `P-${100 + pedidos}`, remoteMessage: null, isIssue: false };
    },
    async criarLead() {},
    async listRevendedores() {
      return DEMO_REVENDEDORES.map((r) => ({ ...r }));
    },
    async listProdutos() {
      return DEMO_PRODUTOS.map((p) => ({ ...p }));
    },
    async listDatasVencimento() {
      return DEMO_VENCIMENTOS.map((d) => ({ ...d }));
    },
    async listOrigensComerciais() {
      return DEMO_ORIGENS.map((o) => ({ ...o }));
    },
    async health() {
      return { state: 'up' };
    },
  };
}

function stripDemoFields(f: DemoFatura): Fatura {
  const { paga: _paga, ...fatura } = f;
  return fatura;
}
