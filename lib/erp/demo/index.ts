import { DomainError } from '@/lib/domain/errors';
import { todayInSaoPaulo, type IsoDate } from '@/lib/domain/dates';
import type { Cliente, Contato, Documento, Fatura } from '@/lib/domain/types';
import type { ErpAdapter, ErpCapability } from '../port';
import { demoBoletoPdf } from './boleto-pdf';
import { DEMO_CUSTOMERS, DEMO_DOCUMENTO_ERP_FORA, type DemoCustomer, type DemoFatura } from './data';

export interface DemoErpOptions {
  /** Today's date; defaults to the São Paulo calendar date at each call. */
  today?: () => IsoDate;
}

/** The embedded demo ERP: in-process, deterministic, the default adapter. */
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

  const capabilities: ReadonlySet<ErpCapability> = new Set<ErpCapability>(['contatos', 'boletoPdf']);

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
      return c ? c.contatos.map((x) => ({ ...x })) : [];
    },
    async getBoletoPdf(boletoId) {
      // The contract's "Pegar pdf de um boleto" takes the boleto id alone; callers check ownership first.
      for (const c of DEMO_CUSTOMERS) {
        const f = openFaturas(c).find((x) => x.remoteId === boletoId);
        if (f) return demoBoletoPdf(f);
      }
      throw new DomainError('FATURA_NAO_ENCONTRADA', { details: `demo: boleto ${boletoId} não existe` });
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
