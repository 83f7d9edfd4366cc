import { describe, it } from 'vitest';
import { createDemoErp } from '@/lib/erp/demo';
import { DEMO_DOCUMENTO_ERP_FORA } from '@/lib/erp/demo/data';
import { expectDomainError, runErpContractTests } from './erp';
import { DEMO_FIXTURES } from './fixtures';

const adapter = createDemoErp();

// In-process: no transport, so the suite registers no transport-failure tests for it.
runErpContractTests({
  name: 'demo',
  adapter: () => adapter,
  fixtures: {
    ...DEMO_FIXTURES,
    desbloqueio: { documento: '52998224725', planoLiberavel: '501', planoNaoLiberavel: '503' },
    notaFiscal: { documento: '52998224725', notaId: '9001' },
  },
});

describe('demo ERP: its documented "ERP fora do ar" document', () => {
  it('fails every lookup with ERP_INDISPONIVEL, retryable, like a real outage', async () => {
    await expectDomainError(adapter.findCliente(DEMO_DOCUMENTO_ERP_FORA), 'ERP_INDISPONIVEL', true);
    await expectDomainError(adapter.listFaturas(DEMO_DOCUMENTO_ERP_FORA), 'ERP_INDISPONIVEL', true);
    await expectDomainError(adapter.getFatura(DEMO_DOCUMENTO_ERP_FORA, '1'), 'ERP_INDISPONIVEL', true);
  });
});
