import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPerfexRestCrm, type PerfexRestCrmOptions } from '@/lib/crm/perfex-rest';
import type { CrmField } from '@/lib/crm/port';
import { silentLogger } from '@/lib/http';
import { startPerfexSimulator, VAT_FIELD_SLUG, type PerfexRow } from '@/test/simulators/perfex/server';
import { CRM_FAULT_TIMEOUT_MS, bareDocumento, faultHttp, startCrmSimulator, storedByKeys } from './crm-sim';
import { runCrmContractTests, type CrmContractBackdoor } from './crm';
import { CRM_FIXTURES } from './crm-fixtures';
import { expectDomainError } from './erp';

const { sim, deadUrl } = await startCrmSimulator(() => startPerfexSimulator());
const TIMEOUT_MS = CRM_FAULT_TIMEOUT_MS;
const waits: number[] = [];
const base = (
  name: string,
  module: 'themesic' | 'api-webhooks',
  over: Partial<PerfexRestCrmOptions> = {},
): PerfexRestCrmOptions => ({
  url: sim.url,
  module,
  token: module === 'themesic' ? sim.themesicToken : sim.apiKey,
  apiVersion: 'v1',
  countryId: 32,
  rateLimitMaxWaitMs: 3_000,
  sleep: async (ms) => {
    waits.push(ms);
  },
  http: faultHttp(name),
  ...over,
});

const COLUMNS: Partial<Record<CrmField, string>> = {
  nome: 'company',
  telefone: 'phonenumber',
  cep: 'zip',
  logradouro: 'address',
  cidade: 'city',
  uf: 'state',
};
const rowOf = (doc: string): PerfexRow | undefined => sim.rows().find((r) => bareDocumento(r.vat) === doc);
const backdoor: CrmContractBackdoor = {
  stored: (doc) => storedByKeys(rowOf(doc), COLUMNS),
  rawDocumento: (doc) => rowOf(doc)?.vat ?? null,
  reset: () => sim.reset(),
};

for (const apiModule of ['themesic', 'api-webhooks'] as const) {
  const adapter = createPerfexRestCrm({
    ...base(`pr-${apiModule}`, apiModule),
    http: { name: `pr-${apiModule}-main`, logger: silentLogger },
  });
  runCrmContractTests({
    name: `perfex-rest (${apiModule})`,
    id: 'perfex-rest',
    adapter: () => adapter,
    fixtures: CRM_FIXTURES,
    backdoor: () => backdoor,
    faults: () => ({
      adapter: createPerfexRestCrm(base(`pr-${apiModule}-faulty`, apiModule)),
      timeoutMs: TIMEOUT_MS,
      set: (rule) => sim.server.setFault(rule),
      unreachable: createPerfexRestCrm(base(`pr-${apiModule}-dead`, apiModule, { url: deadUrl })),
      wrongCredential: createPerfexRestCrm(base(`pr-${apiModule}-wrong`, apiModule, { token: 'errado' })),
      writeMethod: 'PUT',
      writes: () => sim.server.requests.filter((r) => r.method === 'PUT').length,
      rejectNextWrite: (field) => sim.rejectNextWrite(COLUMNS[field] ?? field),
    }),
  });
}

describe('perfex-rest specifics (INTEGRATIONS.md §B)', () => {
  beforeEach(() => {
    sim.reset();
    sim.server.clearRequests();
    waits.length = 0;
  });
  afterEach(() => sim.reset());
  const themesic = createPerfexRestCrm(base('pr-t', 'themesic'));
  const hooks = createPerfexRestCrm(base('pr-h', 'api-webhooks'));
  const calls = () => sim.server.requests.map((r) => `${r.method} ${r.path}`);

  it('Themesic: authtoken header; without a VAT custom field the customer list is read (v1 sends it all at once)', async () => {
    expect(await themesic.findClienteByDocumento('52998224725')).toMatchObject({ id: '1001' });
    expect(calls()).toEqual(['GET /api/customers']);
    expect(sim.server.requests[0]?.headers.authtoken).toBe(sim.themesicToken);
  });

  it('Themesic v3 fork: the same lookup pages with page + per_page', async () => {
    sim.setThemesicVersion('v3');
    expect(await themesic.findClienteByDocumento('12ABC34501DE35')).toMatchObject({ id: '1003' });
    expect(calls().length).toBe(2); // 150 other customers first, 100 a page
  });

  it('Themesic with PERFEX_REST_VAT_FIELD: one search by the custom field (search never looks at vat)', async () => {
    const bySearch = createPerfexRestCrm({ ...base('pr-t-cf', 'themesic'), vatField: VAT_FIELD_SLUG });
    expect(await bySearch.findClienteByDocumento('11222333000181')).toMatchObject({ id: '1002' });
    expect(calls()).toEqual([
      'GET /api/customers/search/11222333000181', // the custom field holds it masked: no match
      'GET /api/customers/search/11.222.333%2F0001-81',
    ]);
    expect(await bySearch.findClienteByDocumento('39053344705')).toBeNull();
  });

  it('Themesic: PUT answering 404 "Customers Update Fail." because nothing changed is success', async () => {
    const maria = await themesic.getCliente('1001');
    const again = await themesic.updateCliente('1001', { cidade: maria?.cidade ?? '' });
    expect(again).toEqual(maria);
    expect(sim.server.requests.some((r) => r.method === 'PUT')).toBe(true);
  });

  it('Themesic: a bad token answers HTTP 404 with the JWT message → CRM_AUTENTICACAO', async () => {
    const wrong = createPerfexRestCrm(base('pr-t-wrong', 'themesic', { token: 'x.y.z' }));
    await expectDomainError(wrong.getCliente('1001'), 'CRM_AUTENTICACAO', false);
  });

  it('API & Webhooks: X-API-KEY under /api/{version}/, search then a paged scan', async () => {
    expect(await hooks.findClienteByDocumento('52998224725')).toMatchObject({ id: '1001' });
    expect(sim.server.requests[0]?.headers['x-api-key']).toBe(sim.apiKey);
    expect(calls().every((c) => c.startsWith('GET /api/v1/customers'))).toBe(true);
  });

  it('API & Webhooks: a short Retry-After is waited for once; a long one is "unavailable" with no second try', async () => {
    sim.rateLimit(1, 2);
    expect(await hooks.getCliente('1001')).toMatchObject({ id: '1001' });
    expect(waits).toEqual([2000]);
    sim.rateLimit(1, 120, 'PUT');
    const e = await expectDomainError(
      hooks.updateCliente('1001', { cidade: 'Santos' }),
      'CRM_INDISPONIVEL',
      true,
    );
    expect(e.retryAfterSeconds).toBe(120);
    expect(sim.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1); // the refused one only
    sim.server.clearRequests();
    sim.rateLimit(1, 1, 'PUT');
    expect(await hooks.updateCliente('1001', { cidade: 'Santos' })).toMatchObject({ cidade: 'Santos' });
    expect(sim.server.requests.filter((r) => r.method === 'PUT')).toHaveLength(2); // the 429 and the real one
  });

  it('writes only the changed columns and country as the configured id', async () => {
    await hooks.updateCliente('1002', { cep: '20040-002', logradouro: 'Rua da Assembleia, 12' });
    const put = sim.server.requests.find((r) => r.method === 'PUT');
    expect(JSON.parse(put?.bodyText ?? '{}')).toEqual({
      zip: '20040002',
      address: 'Rua da Assembleia, 12',
      country: 32,
    });
  });
});
