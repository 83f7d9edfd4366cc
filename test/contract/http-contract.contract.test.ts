import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@/lib/config';
import { getPdfDoBanco } from '@/lib/pdf/pdf-do-banco';
import { avaliarFatura } from '@/lib/services/avaliar-fatura';
import { identificarCliente } from '@/lib/services/identificar';
import { MemoryRateLimitCounters, type RateCheck } from '@/lib/session/rate-limit';
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

  it('the existing-customer order goes as the contract says (order without cliente, message, document, wda_user); the simulator refuses what a real automation would', async () => {
    sim.reset();
    const order = {
      itens: [{ produtoId: '11', quantidade: 1 }],
      vencimentoId: '5',
      mensagem: 'Novo serviço',
    };
    expect(await adapter.criarPedidoClienteExistente?.('52998224725', order)).toMatchObject({
      remoteId: 'P-201',
    });
    const [sent] = sim.world().events.filter((e) => e.kind === 'pedido');
    expect(sent).toMatchObject({
      documento: '52998224725',
      payload: {
        order: { itens: [{ produto_id: '11', quantidade: '1' }], vencimento_id: '5', cliente: null },
        message: 'Novo serviço',
        customer_document_number: '52998224725',
        wda_user: { document_number: '52998224725' },
      },
    });
    // A product or due day it does not sell, no items, an unknown customer: refused (4xx), nothing recorded.
    for (const bad of [
      { ...order, itens: [{ produtoId: '999', quantidade: 1 }] },
      { ...order, vencimentoId: '31' },
      { ...order, itens: [] },
    ])
      await expect(adapter.criarPedidoClienteExistente?.('52998224725', bad)).rejects.toMatchObject({
        code: 'ERP_REJEITOU',
      });
    await expect(adapter.criarPedidoClienteExistente?.('39053344705', order)).rejects.toMatchObject({
      code: 'ERP_REJEITOU',
    });
    // A new customer's order without the customer, and a lead without name or contact, likewise.
    await expect(adapter.criarPedido?.(order)).rejects.toMatchObject({ code: 'ERP_REJEITOU' });
    await expect(adapter.criarLead?.({ nome: ' ', telefone: '11999990000' })).rejects.toMatchObject({
      code: 'ERP_REJEITOU',
    });
    await expect(adapter.criarLead?.({ nome: 'Fulano' })).rejects.toMatchObject({ code: 'ERP_REJEITOU' });
    expect(sim.world().events.filter((e) => e.kind === 'pedido' || e.kind === 'lead')).toHaveLength(1);
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

  it('without "Informações do cliente", a customer with nothing open is told exactly that, not "não encontramos cadastro"', async () => {
    const a = createHttpContractErp({ ...base({ name: 'no-cliente-2' }), disabled: ['cliente'] });
    const checks: RateCheck[] = [
      { key: 'k', rule: { maxFailures: 10, blockSeconds: 30, maxPerMinute: 100 } },
    ];
    const deps = {
      erp: a,
      counters: new MemoryRateLimitCounters(),
      now: () => 1_000,
    };
    // João is registered and has only a paid fatura.
    await expect(identificarCliente('111.444.777-35', checks, deps)).rejects.toMatchObject({
      code: 'CLIENTE_SEM_FATURAS',
    });
    const withCliente = { ...deps, erp: adapter };
    await expect(identificarCliente('390.533.447-05', checks, withCliente)).rejects.toMatchObject({
      code: 'CLIENTE_NAO_ENCONTRADO',
    });
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

describe('http-contract: real-world fatura records (issue #9)', () => {
  afterEach(() => sim.reset());
  const pix = loadConfig({}).pix;
  const avaliada = async (id: string, documento = '52998224725') => {
    const f = await adapter.getFatura(documento, id);
    if (!f) throw new Error(`fatura ${id} não veio`);
    return avaliarFatura(f, sim.world().today, pix);
  };

  it('link_boleto wins over "Pegar pdf de um boleto": a 404 from the function no longer loses the boleto', async () => {
    // The function does not know this boleto id (404); the link serves the PDF.
    sim.setFatura('70061', { link_boleto: '{{base}}/arquivos/boleto-70061.pdf', remote_id: 'BOL-SO-LINK' });
    const f = await adapter.getFatura('24681357928', '70061');
    expect(f?.linkBoleto).toContain('/arquivos/boleto-70061.pdf');
    if (!f) return;
    const pdf = await getPdfDoBanco(f, { erp: adapter, maxBytes: 100_000 });
    expect(Buffer.from(pdf.subarray(0, 4)).toString('latin1')).toBe('%PDF');
    expect(sim.server.requests.some((r) => r.path === '/boleto/pdf')).toBe(false);
  });

  it('a broken link_boleto falls back to the function', async () => {
    sim.setFatura('70061', { link_boleto: '{{base}}/arquivos/sumiu.pdf' });
    const f = await adapter.getFatura('24681357928', '70061');
    if (!f) throw new Error('sem fatura');
    const pdf = await getPdfDoBanco(f, { erp: adapter, maxBytes: 100_000 });
    expect(Buffer.from(pdf.subarray(0, 4)).toString('latin1')).toBe('%PDF');
  });

  it('valor_final above valor_inicial with juros/multa empty: the difference is "acréscimos", not R$ 0,00 of juros', async () => {
    sim.setFatura('70012', { valor_final: '102,07', juros: '', multa: '' });
    const a = await avaliada('70012');
    expect(a.valorDevido).toBe(10207);
    expect(a.encargos).toEqual({ kind: 'acrescimos', valor: 217 });
    // A split that does not add up is not shown as if it did.
    sim.setFatura('70012', { valor_final: '102,07', juros: '0,40', multa: '2,00' });
    expect((await avaliada('70012')).encargos).toEqual({ kind: 'acrescimos', valor: 217 });
    sim.setFatura('70012', { valor_final: '102,30', juros: '0,40', multa: '2,00' });
    expect((await avaliada('70012')).encargos).toEqual({ kind: 'detalhados', juros: 40, multa: 200 });
  });

  it('valor_final below valor_inicial with a face-value barcode and no reason: payable, but both figures are told', async () => {
    sim.setFatura('70013', { valor_final: '89,90' });
    const a = await avaliada('70013');
    expect(a.valorDevido).toBe(8990);
    expect(a.boleto.ok).toBe(true);
    expect(a.avisoValor).toEqual({ kind: 'boleto_maior', valorBoleto: 9990 });
    expect(a.pix).toMatchObject({ ok: true, amount: 8990 });
  });

  it('valor_pago says it was a partial payment: a barcode still charging the face value is refused', async () => {
    sim.setFatura('70013', { valor_final: '89,90', valor_pago: '10,00' });
    const a = await avaliada('70013');
    expect(a.fatura.valorPago).toBe(1000);
    expect(a.boleto.ok).toBe(false);
    expect(a.pix).toMatchObject({ ok: true, amount: 8990 });
  });

  it('the optional boleto fields are optional: a vendor that sends none still works, and nothing is invented', async () => {
    sim.setFatura('70012', {
      pagador_endereco: '',
      pagador_cep: '',
      multa_percentual: '',
      juros_percentual_mes: 'dois',
    });
    const f = await adapter.getFatura('52998224725', '70012');
    expect(f).toMatchObject({ id: '70012', valorFinal: 10230, enderecoPagador: null, regrasAtraso: null });
    sim.setFatura('70012', {
      pagador_endereco: 'Av. Paulista',
      pagador_cep: '123',
      pagador_uf: 'sp',
      multa_percentual: '2%',
      juros_percentual_mes: '',
    });
    const g = await adapter.getFatura('52998224725', '70012');
    expect(g?.enderecoPagador).toMatchObject({ logradouro: 'Av. Paulista', uf: 'SP', cep: null });
    expect(g?.regrasAtraso).toEqual({ multa: { kind: 'percentual', percentual: 2 }, juros: null });
  });

  it('desconto says it was a discount: the barcode is payable and the discount is explained', async () => {
    sim.setFatura('70013', { valor_final: '89,90', desconto: '10,00' });
    const a = await avaliada('70013');
    expect(a.fatura.desconto).toBe(1000);
    expect(a.boleto.ok).toBe(true);
    expect(a.avisoValor).toEqual({ kind: 'desconto', valorBoleto: 9990 });
    expect(a.encargos).toEqual({ kind: 'nenhum' });
  });
});
