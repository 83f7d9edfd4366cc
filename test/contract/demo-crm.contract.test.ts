import { describe, expect, it } from 'vitest';
import { createDemoCrm, demoCrmRecords } from '@/lib/crm/demo';
import { DEMO_CRM_CLIENTES, DEMO_DOCUMENTO_CRM_FALHA_GRAVACAO } from '@/lib/crm/demo/data';
import type { CrmCliente } from '@/lib/crm/port';
import { DEMO_CUSTOMERS } from '@/lib/erp/demo/data';
import { CRM_FIXTURES } from './crm-fixtures';
import { runCrmContractTests } from './crm';
import { expectDomainError } from './erp';

let records = demoCrmRecords();
let adapter = createDemoCrm({ records });

// In-process: no transport, so the suite registers no transport-failure tests for it.
runCrmContractTests({
  name: 'demo',
  adapter: () => adapter,
  fixtures: { ...CRM_FIXTURES, stored: undefined },
  backdoor: () => ({
    stored: (doc) => {
      const c = [...records.values()].find((r) => r.documento === doc);
      if (!c) return null;
      const { id: _id, documento: _d, tipo: _t, ativo: _a, ...fields } = c;
      return fields;
    },
    rawDocumento: (doc) => [...records.values()].find((r) => r.documento === doc)?.documento ?? null,
    reset: () => {
      records = demoCrmRecords();
      adapter = createDemoCrm({ records });
    },
  }),
});

describe('demo CRM data', () => {
  it('holds the demo ERP customers, same ids, documents, names, e-mails and phones', () => {
    for (const erp of DEMO_CUSTOMERS) {
      const crm = DEMO_CRM_CLIENTES.find((c) => c.documento === erp.cliente.documento);
      expect(crm, erp.cliente.nome).toMatchObject({
        id: erp.cliente.id,
        nome: erp.cliente.nome,
        tipo: erp.cliente.tipoPessoa,
      });
      for (const contato of erp.contatos) {
        const held: (string | null | undefined)[] =
          contato.type === 'email' ? [crm?.email] : [crm?.celular, crm?.telefone];
        expect(held, `${erp.cliente.nome} ${contato.value}`).toContain(contato.value);
      }
    }
  });
  it('has PF birth dates where the proof needs them and a customer with no possible proof', () => {
    const pf = (c: CrmCliente) => c.tipo === 'F';
    expect(DEMO_CRM_CLIENTES.filter(pf).filter((c) => c.dataNascimento).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_CRM_CLIENTES.some((c) => !c.celular && !c.dataNascimento)).toBe(true);
  });
  it('its documented document reads fine and fails writes as a CRM outage', async () => {
    const a = createDemoCrm();
    const c = await a.findClienteByDocumento(DEMO_DOCUMENTO_CRM_FALHA_GRAVACAO);
    expect(c).not.toBeNull();
    await expectDomainError(
      a.updateCliente(c?.id ?? '', { email: 'x@example.com' }),
      'CRM_INDISPONIVEL',
      true,
    );
    expect((await a.getCliente(c?.id ?? ''))?.email).toBe(c?.email);
  });
});
