import { afterAll, describe, expect, it } from 'vitest';
import { createHttpContractErp, type HttpContractErpOptions } from '@/lib/erp/http-contract';
import { silentLogger } from '@/lib/http';
import { startHttpContractSimulator } from '@/test/simulators/http-contract/server';
import { runErpContractTests } from './erp';
import { SIMULATOR_FIXTURES } from './fixtures';
import { worldBackdoor } from './simulator-backdoor';

const sim = await startHttpContractSimulator();
const deadPort = await (async () => {
  const other = await startHttpContractSimulator();
  const url = other.url;
  await other.close();
  return url;
})();
afterAll(() => sim.close());

const TIMEOUT_MS = 400;
const base = (over: Partial<HttpContractErpOptions> = {}): HttpContractErpOptions => ({
  baseUrl: sim.url,
  token: sim.token,
  http: { logger: silentLogger, timeoutMs: TIMEOUT_MS, retries: 0, breaker: { failureThreshold: 10_000 } },
  ...over,
});

const adapter = createHttpContractErp({ ...base(), http: { logger: silentLogger } });
// Each adapter below gets its own breaker name: the fault tests must not open the circuit of the others.
const faulty = createHttpContractErp(base({ name: 'faulty' }));
const unreachable = createHttpContractErp(base({ baseUrl: deadPort, name: 'unreachable' }));
const wrongCredential = createHttpContractErp(base({ token: 'errado', name: 'wrong-credential' }));

runErpContractTests({
  name: 'http-contract',
  adapter: () => adapter,
  fixtures: SIMULATOR_FIXTURES,
  faults: () => ({
    adapter: faulty,
    timeoutMs: TIMEOUT_MS,
    set: (r) => sim.server.setFault(r),
    unreachable,
    wrongCredential,
  }),
  backdoor: () => worldBackdoor(sim.world, sim.reset),
});

describe('http-contract specifics', () => {
  it('sends the contract inputs as JSON to the documented default path with the bearer token', async () => {
    sim.server.clearRequests();
    await adapter.listFaturas('52998224725');
    const req = sim.server.requests.at(-1);
    expect(req).toMatchObject({ method: 'POST', path: '/faturas' });
    expect(req?.headers.authorization).toBe(`Bearer ${sim.token}`);
    expect(JSON.parse(req?.bodyText ?? '')).toEqual({ customer_document_number: '52998224725' });
  });

  it('reads money written "99.90", "102,30" or as a number, and dd/mm/aaaa dates', async () => {
    const [f] = await adapter.listFaturas('52998224725');
    expect(f).toMatchObject({ valorInicial: 9990, multa: 200 });
    expect(f?.valorFinal).toBe(f ? f.valorInicial + f.juros + f.multa : -1);
    expect(f?.emissao).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('honours per-function overrides: path, method, headers; moved functions still work', async () => {
    const moved = await startHttpContractSimulator({ routes: { listar_faturas: '/v2/boletos' } });
    try {
      const a = createHttpContractErp({
        baseUrl: moved.url,
        token: moved.token,
        functions: { listar_faturas: { path: '/v2/boletos', method: 'GET', headers: { 'X-Extra': 'sim' } } },
        http: { logger: silentLogger },
      });
      expect((await a.listFaturas('52998224725')).map((f) => f.id)).toEqual(['70012', '70013']);
      const req = moved.server.requests.at(-1);
      expect(req).toMatchObject({ method: 'GET', path: '/v2/boletos' });
      expect(req?.headers['x-extra']).toBe('sim');
    } finally {
      await moved.close();
    }
  });

  it('a function switched off is neither offered nor called', async () => {
    const a = createHttpContractErp({
      ...base(),
      disabled: ['desbloqueio', 'lead'],
      functions: { chamado: { off: true } },
    });
    expect(a.capabilities.has('desbloqueio')).toBe(false);
    expect(a.desbloquear).toBeUndefined();
    expect(a.criarLead).toBeUndefined();
    expect(a.criarChamado).toBeUndefined();
    expect(a.capabilities.has('planos')).toBe(true);
  });

  it('without "Informações do cliente", a customer is known by their faturas', async () => {
    const a = createHttpContractErp({ ...base({ name: 'no-cliente' }), disabled: ['cliente'] });
    expect(await a.findCliente('52998224725')).toMatchObject({
      nome: 'Maria Aparecida da Silva',
      documento: '52998224725',
    });
    expect(await a.findCliente('39053344705')).toBeNull();
  });

  it('a function the vendor did not implement (404) → FUNCAO_INDISPONIVEL, not a crash', async () => {
    const partial = await startHttpContractSimulator({ missing: ['planos'] });
    try {
      const a = createHttpContractErp({
        baseUrl: partial.url,
        token: partial.token,
        http: { logger: silentLogger },
      });
      await expect(a.listPlanos?.('52998224725')).rejects.toMatchObject({ code: 'FUNCAO_INDISPONIVEL' });
    } finally {
      await partial.close();
    }
  });

  it('a custom auth header without scheme', async () => {
    const a = createHttpContractErp({
      ...base({ name: 'x-api-token' }),
      authHeader: 'X-API-TOKEN',
      authScheme: '',
    });
    sim.server.clearRequests();
    await expect(a.findCliente('52998224725')).rejects.toMatchObject({ code: 'AUTENTICACAO_ERP' });
    expect(sim.server.requests.at(-1)?.headers['x-api-token']).toBe(sim.token);
  });
});
