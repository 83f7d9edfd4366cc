import { afterEach, describe, expect, it } from 'vitest';
import { createGestorCrm, type GestorCrmOptions } from '@/lib/crm/gestor-clientes-max';
import type { CrmField } from '@/lib/crm/port';
import { silentLogger } from '@/lib/http';
import { startGestorSimulator, type GestorRow } from '@/test/simulators/gestor-clientes-max/server';
import { CRM_FAULT_TIMEOUT_MS, bareDocumento, faultHttp, startCrmSimulator } from './crm-sim';
import { runCrmContractTests } from './crm';
import { CRM_FIXTURES } from './crm-fixtures';

const { sim, deadUrl } = await startCrmSimulator(() => startGestorSimulator());
const TIMEOUT_MS = CRM_FAULT_TIMEOUT_MS;
const base = (name: string, over: Partial<GestorCrmOptions> = {}): GestorCrmOptions => ({
  url: sim.url,
  apiKey: sim.token,
  http: faultHttp(name),
  ...over,
});
const adapter = createGestorCrm({ ...base('gcm'), http: { logger: silentLogger } });
const faulty = createGestorCrm(base('gcm-faulty'));
const unreachable = createGestorCrm(base('gcm-unreachable', { url: deadUrl }));
const wrongCredential = createGestorCrm(base('gcm-wrong', { apiKey: 'gck_errada' }));

/** Domain field → the key Gestor stores it under, read straight from the simulator's rows. */
const KEYS: Partial<Record<CrmField, string>> = {
  nome: 'name',
  email: 'email',
  celular: 'phone',
  cep: 'cep',
  logradouro: 'street',
  numero: 'number',
  complemento: 'complement',
  bairro: 'neighborhood',
  cidade: 'city',
  uf: 'state',
  dataNascimento: 'birthDate',
};
const rowOf = (doc: string): GestorRow | undefined => sim.rows().find((r) => bareDocumento(r.cpf) === doc);

runCrmContractTests({
  name: 'gestor-clientes-max',
  adapter: () => adapter,
  fixtures: CRM_FIXTURES,
  backdoor: () => ({
    stored: (doc) => {
      const row = rowOf(doc);
      if (!row) return null;
      const out: Partial<Record<CrmField, string | null>> = {};
      for (const [field, key] of Object.entries(KEYS)) {
        const v = row[key];
        out[field as CrmField] = v === null || v === undefined ? null : String(v);
      }
      return out;
    },
    rawDocumento: (doc) => {
      const v = rowOf(doc)?.cpf;
      return v === null || v === undefined ? null : String(v);
    },
    reset: () => sim.reset(),
  }),
  faults: () => ({
    adapter: faulty,
    timeoutMs: TIMEOUT_MS,
    set: (rule) => sim.server.setFault(rule),
    unreachable,
    wrongCredential,
    writeMethod: 'PUT',
    writes: () => sim.server.requests.filter((r) => r.method === 'PUT').length,
    rejectNextWrite: (field) => {
      const message = `Invalid value for ${KEYS[field] ?? field}`;
      sim.rejectNextWrite(KEYS[field] ?? field, message);
      return message;
    },
  }),
});

describe('gestor-clientes-max specifics (INTEGRATIONS.md §D)', () => {
  afterEach(() => sim.reset());

  it('sends the key as Bearer and pages /clients to find a CPF (no search by document)', async () => {
    sim.server.clearRequests();
    expect(await adapter.findClienteByDocumento('52998224725')).toMatchObject({ id: '1001' });
    const lists = sim.server.requests.filter((r) => r.path === '/api/clients');
    expect(lists.length).toBeGreaterThanOrEqual(3); // 250 other clients come first
    expect(lists[0]?.headers.authorization).toBe(`Bearer ${sim.token}`);
  });

  it('PUT is a full replace: the adapter sends every field back, so nothing it did not edit is lost', async () => {
    const before = rowOf('52998224725');
    await adapter.updateCliente('1001', { email: 'maria.nova@example.com' });
    const after = rowOf('52998224725');
    expect(after).toMatchObject({
      ...before,
      email: 'maria.nova@example.com',
      updatedAt: after?.updatedAt,
    });
    expect(after?.notes).toBe('Prefere contato por WhatsApp');
    expect(after?.userId).toBe(before?.userId);
    const put = sim.server.requests.find((r) => r.method === 'PUT');
    const body = JSON.parse(put?.bodyText ?? '{}') as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining(['userId', 'name', 'cpf', 'birthDate', 'notes']),
    );
    expect(body).not.toHaveProperty('id');
  });

  it('keeps the legacy one-line address in step with the parts it edits', async () => {
    await adapter.updateCliente('1001', { numero: '1100', complemento: null });
    expect(rowOf('52998224725')).toMatchObject({
      number: '1100',
      complement: null,
      address: 'Av. Paulista, 1100 - Bela Vista, São Paulo/SP, 01310100',
    });
  });

  it('reads the birth date for the ownership proof and the status', async () => {
    expect(await adapter.getCliente('1001')).toMatchObject({ dataNascimento: '1978-03-14', ativo: true });
  });
});
