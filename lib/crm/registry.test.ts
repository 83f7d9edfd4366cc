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
