import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crmStaffMessage } from '@/lib/crm/errors';
import { createWonCrm, type WonCrmOptions } from '@/lib/crm/perfex-won';
import type { CrmField } from '@/lib/crm/port';
import { silentLogger } from '@/lib/http';
import { startPerfexSimulator, type PerfexRow } from '@/test/simulators/perfex/server';
import { CRM_FAULT_TIMEOUT_MS, bareDocumento, faultHttp, startCrmSimulator, storedByKeys } from './crm-sim';
import { runCrmContractTests } from './crm';
import { CRM_FIXTURES } from './crm-fixtures';
import { expectDomainError } from './erp';

const { sim, deadUrl } = await startCrmSimulator(() => startPerfexSimulator());
const TIMEOUT_MS = CRM_FAULT_TIMEOUT_MS;
const base = (name: string, over: Partial<WonCrmOptions> = {}): WonCrmOptions => ({
  url: sim.url,
  token: sim.wonToken,
  countryId: 32,
  http: faultHttp(name),
  ...over,
});
const adapter = createWonCrm({ ...base('won'), http: { logger: silentLogger } });
const faulty = createWonCrm(base('won-faulty'));
const unreachable = createWonCrm(base('won-unreachable', { url: deadUrl }));
const wrongCredential = createWonCrm(base('won-wrong', { token: 'errado' }));

/** Domain field → tblclients column, read straight from the simulator. */
export const PERFEX_COLUMNS: Partial<Record<CrmField, string>> = {
  nome: 'company',
  telefone: 'phonenumber',
  cep: 'zip',
  logradouro: 'address',
  cidade: 'city',
  uf: 'state',
};
const rowOf = (doc: string): PerfexRow | undefined => sim.rows().find((r) => bareDocumento(r.vat) === doc);

runCrmContractTests({
  name: 'perfex-won',
  adapter: () => adapter,
  fixtures: CRM_FIXTURES,
  backdoor: () => ({
    stored: (doc) => storedByKeys(rowOf(doc), PERFEX_COLUMNS),
    rawDocumento: (doc) => rowOf(doc)?.vat ?? null,
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
    rejectNextWrite: (field) => sim.rejectNextWrite(PERFEX_COLUMNS[field] ?? field),
  }),
});

describe('perfex-won specifics (INTEGRATIONS.md §A, controllers/Won.php)', () => {
  beforeEach(() => {
    sim.reset();
    sim.server.clearRequests();
  });
  afterEach(() => sim.reset());
  const calls = () => sim.server.requests.map((r) => `${r.method} ${r.path}`);

  it('sends the token as X-API-TOKEN and as a raw Authorization, and finds a bare VAT with /join alone', async () => {
    expect(await adapter.findClienteByDocumento('11222333000181')).toMatchObject({ id: '1002', uf: 'RJ' });
    expect(calls()).toEqual(['GET /won_api/won/join']);
    const [join] = sim.server.requests;
    expect(join?.headers['x-api-token']).toBe(sim.wonToken);
    expect(join?.headers.authorization).toBe(sim.wonToken);
  });

  it('a masked VAT and an alphanumeric CNPJ (HEAD strips letters) are found by paging the client list', async () => {
    expect(await adapter.findClienteByDocumento('52998224725')).toMatchObject({ id: '1001' });
    expect(calls()[0]).toBe('GET /won_api/won/join');
    expect(calls().filter((c) => c === 'GET /won_api/won/api/clients').length).toBeGreaterThanOrEqual(2);
    expect(await adapter.findClienteByDocumento('12ABC34501DE35')).toMatchObject({ id: '1003', tipo: 'J' });
  });

  it('a write sends only the changed columns, country as the numeric id, and a masked numeric VAT as digits', async () => {
    await adapter.updateCliente('1001', { cidade: 'Santos', uf: 'SP' });
    const put = sim.server.requests.find((r) => r.method === 'PUT');
    expect(JSON.parse(put?.bodyText ?? '{}')).toEqual({
      city: 'Santos',
      state: 'SP',
      country: 32,
      vat: '52998224725',
    });
    expect(rowOf('52998224725')).toMatchObject({
      vat: '52998224725',
      city: 'Santos',
      company: 'Maria Aparecida da Silva',
    });
    sim.server.clearRequests();
    expect(await adapter.findClienteByDocumento('52998224725')).toMatchObject({ cidade: 'Santos' });
    expect(calls()).toEqual(['GET /won_api/won/join']); // found by /join now
  });

  it('never sends an alphanumeric VAT (older versions strip its letters on PUT)', async () => {
    await adapter.updateCliente('1003', { telefone: '3133334444' });
    const put = sim.server.requests.find((r) => r.method === 'PUT');
    expect(JSON.parse(put?.bodyText ?? '{}')).toEqual({ phonenumber: '3133334444' });
    expect(rowOf('12ABC34501DE35')?.vat).toBe('12ABC34501DE35');
  });

  it('reads the country id as Brasil only when it is the configured one', async () => {
    expect((await adapter.getCliente('1001'))?.pais).toBe('Brasil');
    const other = createWonCrm({ ...base('won-country'), countryId: 30 });
    expect((await other.getCliente('1001'))?.pais).toBeNull();
  });

  it('the 2674cd8 version: /join with raw Authorization and aliased rows; its CRUD by `id` is broken → unavailable', async () => {
    sim.setWonVersion('legacy');
    expect(await adapter.findClienteByDocumento('11222333000181')).toMatchObject({ id: '1002' });
    const e = await expectDomainError(
      adapter.updateCliente('1002', { cidade: 'Niterói' }),
      'CRM_INDISPONIVEL',
      true,
    );
    expect(crmStaffMessage(e)).toBe('Erro de conexão com o servidor');
    expect(rowOf('11222333000181')?.city).toBe('Rio de Janeiro');
  });

  it('staff see the seed-000 texts: 401 → "Erro de autenticação…"', async () => {
    const e = await expectDomainError(
      wrongCredential.findClienteByDocumento('52998224725'),
      'CRM_AUTENTICACAO',
      false,
    );
    expect(e.details).toContain('Erro de autenticação: Token inválido ou não fornecido');
  });
});
