import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { createDemoErp } from '@/lib/erp/demo';
import { setErpForTests } from '@/lib/erp/registry';
import { clienteNoBalcao } from './balcao';

/** The desk's customer page data: the ERP's internal notices are shown to staff, and fail on their own. */
describe('clienteNoBalcao › pendências internas', () => {
  afterEach(() => setErpForTests(undefined));

  it("gives staff the notices' texts for the customer", async () => {
    setErpForTests(createDemoErp());
    const carlos = await clienteNoBalcao('93541134780');
    expect(carlos.pendencias).toEqual({
      ok: true,
      value: { suportado: true, textos: ['Contrato 505 bloqueado manualmente pelo financeiro'] },
    });
    expect((await clienteNoBalcao('52998224725')).pendencias).toEqual({
      ok: true,
      value: { suportado: true, textos: [] },
    });
  });

  it('an ERP without the function says so; one that fails loses only the notices', async () => {
    const demo = createDemoErp();
    setErpForTests({
      ...demo,
      capabilities: new Set([...demo.capabilities].filter((c) => c !== 'pendencias')),
    });
    expect((await clienteNoBalcao('93541134780')).pendencias).toEqual({
      ok: true,
      value: { suportado: false, textos: [] },
    });

    setErpForTests({
      ...demo,
      listPendencias: async () => {
        throw new DomainError('ERP_TIMEOUT');
      },
    });
    const page = await clienteNoBalcao('93541134780');
    expect(page.pendencias).toMatchObject({ ok: false, message: expect.stringMatching(/\S/) });
    expect(page.faturas.ok).toBe(true);
    expect(page.cliente).toMatchObject({ ok: true, value: { nome: 'Carlos Eduardo Lima' } });
  });
});
