import { afterEach, describe, expect, it } from 'vitest';
import { resetProcessSingleton } from '@/lib/process-singleton';
import { getCrm, setCrmForTests } from './registry';

function withEnv(vars: Record<string, string>) {
  for (const [k, v] of Object.entries(vars)) process.env[k] = v;
  resetProcessSingleton('config');
  setCrmForTests(undefined);
}

describe('CRM registry', () => {
  afterEach(() => {
    delete process.env.CRM_ADAPTER;
    resetProcessSingleton('config');
    setCrmForTests(undefined);
  });

  it('serves the demo CRM by default, one instance per process (edits survive between calls)', async () => {
    withEnv({});
    const crm = getCrm();
    expect(crm?.id).toBe('demo');
    expect(getCrm()).toBe(crm);
    const maria = await crm?.findClienteByDocumento('52998224725');
    await crm?.updateCliente(maria?.id ?? '', { bairro: 'Jardins' });
    expect((await getCrm()?.getCliente(maria?.id ?? ''))?.bairro).toBe('Jardins');
  });

  it('CRM_ADAPTER=none means no CRM: the feature is hidden', () => {
    withEnv({ CRM_ADAPTER: 'none' });
    expect(getCrm()).toBeNull();
  });
});

describe('CRM registry: each adapter from its variables', () => {
  afterEach(() => {
    for (const k of Object.keys(process.env))
      if (/^(CRM_|PERFEX_|VTIGER_|GESTOR_)/.test(k)) delete process.env[k];
    resetProcessSingleton('config');
    setCrmForTests(undefined);
  });

  it.each([
    ['perfex-won', { PERFEX_URL: 'https://crm.x', PERFEX_WON_TOKEN: 't' }],
    ['perfex-rest', { PERFEX_URL: 'https://crm.x', PERFEX_REST_TOKEN: 't' }],
    [
      'vtiger',
      {
        VTIGER_URL: 'https://vt.x',
        VTIGER_USERNAME: 'u',
        VTIGER_ACCESS_KEY: 'k',
        VTIGER_DOCUMENT_FIELD: 'cf_1',
      },
    ],
    ['gestor-clientes-max', { GESTOR_CLIENTES_API_KEY: 'gck_x' }],
  ])('CRM_ADAPTER=%s builds that adapter without calling it', (slug, vars) => {
    withEnv({ CRM_ADAPTER: slug, ...vars });
    expect(getCrm()?.id).toBe(slug);
  });
});
