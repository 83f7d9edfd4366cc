import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCepSimulator, type CepSim } from '@/test/simulators/cep/server';
import { createCepLookup, type CepProviderId } from './lookup';

let sim: CepSim;
let simLegacy: CepSim;
// Failure tests get their own servers: the circuit breaker is per upstream address.
const downSims: CepSim[] = [];

beforeAll(async () => {
  sim = await startCepSimulator();
  simLegacy = await startCepSimulator({ erroBoolean: true });
});
afterAll(async () => {
  await sim.close();
  await simLegacy.close();
  await Promise.all(downSims.map((s) => s.close()));
});

async function downSim(): Promise<CepSim> {
  const s = await startCepSimulator();
  downSims.push(s);
  return s;
}
beforeEach(() => {
  sim.server.setFault(null);
  sim.server.clearRequests();
});

const lookup = (provider: Exclude<CepProviderId, 'off'>, url = sim.url, timeoutMs = 1_000) =>
  createCepLookup({ provider, baseUrl: url, timeoutMs });

describe.each(['viacep', 'brasilapi'] as const)('CEP lookup through %s', (provider) => {
  it('fills street, bairro, city and UF for a known CEP (mask accepted)', async () => {
    expect(await lookup(provider).buscar('01310-100')).toEqual({
      status: 'encontrado',
      endereco: {
        cep: '01310100',
        logradouro: 'Avenida Paulista',
        bairro: 'Bela Vista',
        cidade: 'São Paulo',
        uf: 'SP',
      },
    });
  });

  it('a city-wide CEP comes back with empty street and bairro, for the customer to type', async () => {
    const r = await lookup(provider).buscar('78175000');
    expect(r).toMatchObject({
      status: 'encontrado',
      endereco: { logradouro: '', bairro: '', cidade: 'Poconé' },
    });
  });

  it('an unknown CEP is "not found", not a failure', async () => {
    expect(await lookup(provider).buscar('99999999')).toEqual({ status: 'nao-encontrado' });
  });

  it('a malformed CEP never reaches the service', async () => {
    expect(await lookup(provider).buscar('0131010')).toEqual({ status: 'nao-encontrado' });
    expect(sim.server.requests).toHaveLength(0);
  });

  it('down (503), an HTML page or a timeout: "indisponível", so the customer types the address', async () => {
    const down = await downSim();
    const l = lookup(provider, down.url, 300);
    down.server.setFault({ fault: { kind: 'status', status: 503 } });
    expect(await l.buscar('20040020')).toEqual({ status: 'indisponivel' });
    down.server.setFault({ fault: { kind: 'html' } });
    expect(await l.buscar('20040020')).toEqual({ status: 'indisponivel' });
    down.server.setFault({ fault: { kind: 'hang' } });
    const started = Date.now();
    expect(await l.buscar('20040020')).toEqual({ status: 'indisponivel' });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a service that keeps failing stops being asked for a while (circuit open)', async () => {
    const down = await downSim();
    const l = lookup(provider, down.url);
    down.server.setFault({ fault: { kind: 'status', status: 500 } });
    for (let i = 0; i < 3; i++) await l.buscar('20040020');
    const asked = down.server.requests.length;
    expect(await l.buscar('20040020')).toEqual({ status: 'indisponivel' });
    expect(down.server.requests.length).toBe(asked);
  });

  it('remembers an answer: the second lookup of a CEP asks nobody', async () => {
    const l = lookup(provider);
    await l.buscar('30130010');
    await l.buscar('30130010');
    expect(sim.server.requests).toHaveLength(1);
  });
});

describe('CEP lookup details', () => {
  it("ViaCEP's older boolean `erro: true` is not-found too", async () => {
    expect(await lookup('viacep', simLegacy.url).buscar('99999999')).toEqual({ status: 'nao-encontrado' });
  });

  it('off: disabled, and every lookup is "indisponível" without any request', async () => {
    const l = createCepLookup({ provider: 'off', timeoutMs: 1_000 });
    expect(l.enabled).toBe(false);
    expect(await l.buscar('01310100')).toEqual({ status: 'indisponivel' });
  });

  it('a service that answers garbage is "indisponível", and a failure is not remembered', async () => {
    const down = await downSim();
    const l = lookup('viacep', down.url);
    down.server.setFault({ fault: { kind: 'garbage' }, times: 1 });
    expect(await l.buscar('01310100')).toEqual({ status: 'indisponivel' });
    expect((await l.buscar('01310100')).status).toBe('encontrado');
  });
});
