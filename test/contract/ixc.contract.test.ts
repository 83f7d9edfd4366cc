import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createIxcErp, type IxcErpOptions } from '@/lib/erp/ixc';
import { PIX_MOTIVOS, mensagemDesbloqueio, motivoDesbloqueioIxc } from '@/lib/erp/ixc/messages';
import { silentLogger } from '@/lib/http';
import { startIxcSimulator } from '@/test/simulators/ixc/server';
import { expectDomainError, runErpContractTests, type ErpContractBackdoor } from './erp';
import { SIMULATOR_FIXTURES } from './fixtures';

const sim = await startIxcSimulator();
const deadUrl = await (async () => {
  const other = await startIxcSimulator();
  const url = other.url;
  await other.close();
  return url;
})();
afterAll(() => sim.close());

const TIMEOUT_MS = 400;
const base = (over: Partial<IxcErpOptions> = {}): IxcErpOptions => ({
  url: sim.url,
  token: sim.token,
  contaId: '3',
  chamadoAssuntoId: '5',
  filialId: '1',
  notaFiscalPdf: true,
  clienteCacheMs: 0,
  http: { logger: silentLogger, timeoutMs: TIMEOUT_MS, retries: 0, breaker: { failureThreshold: 10_000 } },
  ...over,
});

const adapter = createIxcErp({ ...base(), http: { logger: silentLogger } });
const faulty = createIxcErp(base({ name: 'ixc-faulty' }));
const unreachable = createIxcErp(base({ url: deadUrl, name: 'ixc-unreachable' }));
const wrongCredential = createIxcErp(base({ token: '7:errado', name: 'ixc-wrong' }));

const digits = (s: string) => s.replace(/[^0-9A-Z]/gi, '').toUpperCase();
const clienteRow = (doc: string) => sim.tables().cliente.find((r) => digits(r.cnpj_cpf ?? '') === doc);
const backdoor: ErpContractBackdoor = {
  isPaga: (_doc, id) => sim.tables().fn_areceber.find((r) => r.id === id)?.status === 'R',
  events: (kind) => sim.events().filter((e) => e.kind === kind),
  endereco: (doc): Record<string, string> => {
    const r = clienteRow(doc);
    return r
      ? {
          cep: r.cep ?? '',
          endereco: r.endereco ?? '',
          numero: r.numero ?? '',
          complemento: r.complemento ?? '',
          bairro: r.bairro ?? '',
          cidade: r.cidade ?? '',
          uf: r.uf ?? '',
        }
      : {};
  },
  contatos: (doc) =>
    (clienteRow(doc)?.email ?? '')
      .split(';')
      .filter(Boolean)
      .map((value) => ({ type: 'email', value })),
  expirePix: (_doc, id) => {
    const row = sim.tables().fn_areceber.find((r) => r.id === id);
    if (row) row._pix_expira = '2020-01-01';
  },
  reset: () => sim.reset(),
};

runErpContractTests({
  name: 'ixc',
  adapter: () => adapter,
  fixtures: SIMULATOR_FIXTURES,
  faults: () => ({
    adapter: faulty,
    timeoutMs: TIMEOUT_MS,
    set: (r) => sim.server.setFault(r),
    unreachable,
    wrongCredential,
  }),
  backdoor: () => backdoor,
  // getFatura's optional parts: the Pix, the billing wallet (charges, terms), the payer's city and state.
  optionalPaths: ['/v1/get_pix', '/v1/fn_carteira_cobranca', '/v1/cidade', '/v1/uf'],
});

describe('ixc specifics (INTEGRATIONS.md §E)', () => {
  afterEach(() => sim.reset());
  const bodies = () =>
    sim.server.requests.map((r) => ({
      path: r.path,
      method: r.method,
      headers: r.headers,
      body: r.bodyText ? (JSON.parse(r.bodyText) as Record<string, string>) : {},
    }));

  it('authenticates with HTTP Basic of the id:hash token and lists by POST + "ixcsoft: listar"', async () => {
    sim.server.clearRequests();
    await adapter.findCliente('52998224725');
    const [first] = bodies();
    expect(first?.headers.authorization).toBe(`Basic ${Buffer.from(sim.token).toString('base64')}`);
    expect(first).toMatchObject({ method: 'POST', path: '/webservice/v1/cliente' });
    expect(first?.headers.ixcsoft).toBe('listar');
    expect(first?.body).toMatchObject({ qtype: 'cliente.cnpj_cpf', oper: '=', page: '1' });
  });

  it('finds cnpj_cpf stored masked in one query (mask first), and stored as digits by the fallback', async () => {
    sim.server.clearRequests();
    expect(await adapter.findCliente('52998224725')).toMatchObject({ id: '1001' });
    expect(bodies().map((b) => b.body.query)).toEqual(['529.982.247-25']);
    sim.server.clearRequests();
    // Padaria was imported with bare digits: the mask misses, the digits find it.
    expect(await adapter.findCliente('11222333000181')).toMatchObject({ id: '1002', tipoPessoa: 'J' });
    expect(bodies().map((b) => b.body.query)).toEqual(['11.222.333/0001-81', '11222333000181']);
    expect(await adapter.findCliente('12ABC34501DE35')).toMatchObject({ id: '1003' });
  });

  describe('late charges come from the billing wallet (fn_carteira_cobranca), not from the open row', () => {
    it('the open row carries none of them (no valor_total_com_juros, valor_juros 0.00): the R$ 102,30 the shared suite checks comes from wallet 1', async () => {
      const row = sim.tables().fn_areceber.find((r) => r.id === '70012');
      expect(row?.valor_total_com_juros).toBeUndefined();
      expect(row?.valor_juros).toBe('0.00');
      expect(row?.id_carteira_cobranca).toBe('1');
      const fresh = createIxcErp({ ...base(), carteiraCacheMs: 0, http: { logger: silentLogger } });
      sim.server.clearRequests();
      expect(await fresh.getFatura('52998224725', '70012')).toMatchObject({ valorFinal: 10230 });
      expect(sim.server.requests.some((r) => r.path.endsWith('/fn_carteira_cobranca'))).toBe(true);
    });
    it('jurop as a daily rate when configured so (IXC_JUROP_UNIDADE=dia)', async () => {
      const daily = createIxcErp({ ...base(), juropUnidade: 'dia', http: { logger: silentLogger } });
      const f = await daily.getFatura('52998224725', '70012');
      expect(f).toMatchObject({ multa: 200, juros: 1199, valorFinal: 9990 + 200 + 1199 });
    });
    it('a wallet IXC will not show (token without access) → charges unknown, said so; no amount invented', async () => {
      const fresh = createIxcErp({ ...base(), carteiraCacheMs: 0 });
      sim.server.setFault({
        path: 'fn_carteira_cobranca',
        fault: { kind: 'status', status: 200, body: '{"type":"error","message":"Recurso não disponível"}' },
      });
      const f = await fresh.getFatura('52998224725', '70012');
      expect(f).toMatchObject({ valorFinal: 9990, juros: 0, multa: 0, encargosDesconhecidos: true });
    });
    it('the wallet row is projected: its secrets never reach a Fatura', async () => {
      const f = await adapter.getFatura('11222333000181', '70021');
      expect(JSON.stringify(f)).not.toContain('segredo');
    });
  });

  describe('the printed boleto: payer address and the wallet terms (issue #9)', () => {
    it('the address comes from cliente, whose cidade and uf are ids: resolved through the cidade and uf tables, once', async () => {
      const row = clienteRow('52998224725');
      expect(row).toMatchObject({ cidade: '3550308', uf: '25', cep: '01310-100' });
      const fresh = createIxcErp(base({ name: 'ixc-lugar-cache' }));
      sim.server.clearRequests();
      for (let i = 0; i < 2; i++)
        expect((await fresh.getFatura('52998224725', '70012'))?.enderecoPagador).toEqual({
          logradouro: 'Av. Paulista',
          numero: '1000',
          complemento: 'ap 12',
          bairro: 'Bela Vista',
          cidade: 'São Paulo',
          uf: 'SP',
          cep: '01310100',
        });
      const lookups = sim.server.requests.filter((r) => /\/v1\/(cidade|uf)$/.test(r.path));
      expect(lookups).toHaveLength(2);
    });
    it('a cidade IXC will not resolve leaves that part out; a cliente without street has no address', async () => {
      const fresh = createIxcErp(base({ name: 'ixc-lugar' }));
      sim.server.setFault({
        path: 'cidade',
        fault: { kind: 'status', status: 200, body: '{"type":"error","message":"Recurso não disponível"}' },
      });
      const f = await fresh.getFatura('52998224725', '70012');
      expect(f?.enderecoPagador).toMatchObject({ logradouro: 'Av. Paulista', cidade: null, uf: 'SP' });
      sim.server.setFault(null);
      const row = clienteRow('52998224725');
      if (row) row.endereco = '';
      expect((await fresh.getFatura('52998224725', '70012'))?.enderecoPagador).toBeNull();
    });
    it("the wallet's terms follow IXC_JUROP_UNIDADE, like the charges computed from them", async () => {
      const daily = createIxcErp({ ...base(), juropUnidade: 'dia', http: { logger: silentLogger } });
      expect((await daily.getFatura('52998224725', '70012'))?.regrasAtraso?.juros).toEqual({
        kind: 'percentual_dia',
        percentual: 1,
      });
    });
    it('jurop_mes wins over jurop; fixed amounts (multav, jurov) when there is no rate; none → null', async () => {
      const wallet = sim.tables().fn_carteira_cobranca.find((c) => c.id === '1');
      if (!wallet) throw new Error('carteira 1 ausente');
      Object.assign(wallet, { multap: '0', multav: '5.00', jurop: '0.05', jurop_mes: '1.5' });
      const fresh = () => createIxcErp({ ...base(), carteiraCacheMs: 0, http: { logger: silentLogger } });
      expect((await fresh().getFatura('52998224725', '70012'))?.regrasAtraso).toEqual({
        multa: { kind: 'valor', valor: 500 },
        juros: { kind: 'percentual_mes', percentual: 1.5 },
      });
      Object.assign(wallet, { multav: '0', jurop: '', jurop_mes: '', jurov: '0.10' });
      expect((await fresh().getFatura('52998224725', '70012'))?.regrasAtraso).toEqual({
        multa: null,
        juros: { kind: 'valor_dia', valor: 10 },
      });
      Object.assign(wallet, { jurov: '0' });
      expect((await fresh().getFatura('52998224725', '70012'))?.regrasAtraso).toBeNull();
    });
    it('a wallet IXC refuses: no terms (the generic instruction is printed)', async () => {
      const fresh = createIxcErp({ ...base(), carteiraCacheMs: 0 });
      sim.server.setFault({
        path: 'fn_carteira_cobranca',
        fault: { kind: 'status', status: 200, body: '{"type":"error","message":"Recurso não disponível"}' },
      });
      expect((await fresh.getFatura('52998224725', '70012'))?.regrasAtraso).toBeNull();
    });
  });

  describe('get_pix: only a code IXC still accepts is offered; a failing get_pix degrades the Pix only', () => {
    const patch = (p: Record<string, string>) => {
      const t = sim.tables().fn_areceber.find((r) => r.id === p.id);
      if (t) Object.assign(t, p);
    };
    it('REMOVIDA_PELO_PSP is not payable: no code, and the wallet refuses the key → a reason', async () => {
      patch({ id: '70021', _pix_status: 'REMOVIDA_PELO_PSP' });
      const f = await adapter.getFatura('11222333000181', '70021');
      expect(f).toMatchObject({ id: '70021', pixCode: null, pixIndisponivel: PIX_MOTIVOS.removido });
    });
    it('IXC documents no call that renews a Pix: only get_pix is asked, on every view, so a code IXC renewed shows up', async () => {
      patch({ id: '70021', _pix_status: 'REMOVIDA_PELO_PSP' });
      sim.server.clearRequests();
      expect(await adapter.getFatura('11222333000181', '70021')).toMatchObject({ pixCode: null });
      // The gateway made a new cob on its own (IXC's side): the next view offers it.
      patch({ id: '70021', _pix_status: 'ATIVA' });
      expect((await adapter.getFatura('11222333000181', '70021'))?.pixCode).toMatch(/^000201/);
      const paths = sim.server.requests.map((r) => r.path.replace('/webservice/v1/', ''));
      expect(paths.filter((p) => p === 'get_pix')).toHaveLength(2);
      // No invented endpoint (gerar_pix, a re-issue, an update of the title) was called.
      expect(paths.filter((p) => /pix|altera|boleto/.test(p) && p !== 'get_pix')).toEqual([]);
      expect(sim.server.requests.every((r) => r.method === 'POST')).toBe(true);
    });
    it('an expiracaoPix in the past (the shared suite checks it is not offered): the reason told is "expirou"', async () => {
      patch({ id: '70021', _pix_expira: '2020-01-01' });
      const f = await adapter.getFatura('11222333000181', '70021');
      expect(f).toMatchObject({ pixCode: null, pixIndisponivel: PIX_MOTIVOS.expirado });
    });
    it('HTTP 500 on get_pix (the shared suite checks the fatura comes back): asked once, no retry, breaker untouched, the reason told', async () => {
      const retrying = createIxcErp({
        ...base({ name: 'ixc-pix500' }),
        http: { logger: silentLogger, retries: 2, breaker: { failureThreshold: 1 }, sleep: async () => {} },
      });
      sim.server.setFault({
        path: 'get_pix',
        fault: { kind: 'status', status: 500, body: '{"type":"error","message":"Título não encontrado"}' },
      });
      sim.server.clearRequests();
      const f = await retrying.getFatura('11222333000181', '70021');
      expect(f).toMatchObject({ id: '70021', pixCode: null, pixIndisponivel: PIX_MOTIVOS.falhou });
      expect(f?.linhaDigitavel).toBeTruthy();
      expect(bodies().filter((b) => b.path.endsWith('/get_pix'))).toHaveLength(1);
      expect(retrying.health ? (await retrying.health()).state : 'up').toBe('up');
    });
    it('a title whose wallet accepts the key falls back to it (no reason given)', async () => {
      patch({ id: '70021', _pix_status: 'REMOVIDA_PELO_PSP', id_carteira_cobranca: '1' });
      const f = await adapter.getFatura('11222333000181', '70021');
      expect(f).toMatchObject({ pixCode: null, pixIndisponivel: null });
    });
    it('a code for another amount than the one due today is not offered', async () => {
      patch({ id: '70021', data_vencimento: '2020-01-10', _pix_expira: '' });
      const f = await adapter.getFatura('11222333000181', '70021');
      expect(f?.valorFinal).toBeGreaterThan(f?.valorInicial ?? 0);
      expect(f).toMatchObject({ pixCode: null, pixIndisponivel: PIX_MOTIVOS.valor });
    });
  });

  it('get_boleto does not rewrite the charge in IXC unless configured (atualiza_boleto)', async () => {
    sim.server.clearRequests();
    await adapter.getBoletoPdf?.('70012');
    expect(bodies().at(-1)?.body).toMatchObject({ juro: 'N', multa: 'N', atualiza_boleto: 'N' });
    const atualiza = createIxcErp({ ...base(), boletoAtualiza: true, http: { logger: silentLogger } });
    await atualiza.getBoletoPdf?.('70012');
    expect(bodies().at(-1)?.body).toMatchObject({ juro: 'S', multa: 'S', atualiza_boleto: 'S' });
  });

  it('asks fn_areceber for released, not cancelled, not received titles, and re-checks them', async () => {
    sim.server.clearRequests();
    const list = await adapter.listFaturas('52998224725');
    const req = bodies().find((b) => b.path.endsWith('/fn_areceber'));
    expect(JSON.parse(req?.body.grid_param ?? '[]')).toEqual([
      { TB: 'fn_areceber.liberado', OP: '=', P: 'S' },
      { TB: 'fn_areceber.status', OP: '!=', P: 'C' },
      { TB: 'fn_areceber.status', OP: '!=', P: 'R' },
    ]);
    expect(list.map((f) => f.id)).toEqual(['70012', '70013']); // 70014 cancelled, 70015 not released
    expect(list[0]).toMatchObject({ valorInicial: 9990, historico: 'Fibra 300 Mega' });
    expect(list[0]?.valorFinal).toBe(
      (list[0]?.valorInicial ?? 0) + (list[0]?.juros ?? 0) + (list[0]?.multa ?? 0),
    );
  });

  it('a title whose gateway has no Pix leaves it to the kiosk key (the shared suite checks the one that has)', async () => {
    expect((await adapter.getFatura('52998224725', '70012'))?.pixCode).toBeNull();
  });

  it('get_boleto: asks for the file as base64 and returns PDF bytes', async () => {
    sim.server.clearRequests();
    const pdf = await adapter.getBoletoPdf?.('70012');
    expect(
      Buffer.from(pdf ?? [])
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    expect(bodies().at(-1)?.body).toMatchObject({ boletos: '70012', tipo_boleto: 'arquivo', base64: 'S' });
    await expectDomainError(adapter.getBoletoPdf?.('99999') ?? Promise.resolve(), 'ERP_REJEITOU');
  });

  it('maps contracts: FA/CA/CM blocked, manual block not unlockable, inactive cancelled', async () => {
    const planos = (await adapter.listPlanos?.('93541134780')) ?? [];
    expect(planos.map((p) => [p.id, p.status, p.desbloqueioDisponivel])).toEqual([
      ['505', 'bloqueado', false],
      ['506', 'bloqueado', true],
      ['507', 'cancelado', false],
    ]);
    expect(((await adapter.listPlanosBloqueados?.('93541134780')) ?? []).map((p) => p.id)).toEqual([
      '505',
      '506',
    ]);
  });

  it('desbloqueio_confianca: success, and the IXC codes as pt-BR sentences', async () => {
    expect(await adapter.desbloquear?.('52998224725', '501')).toMatchObject({ ok: true });
    expect(sim.tables().cliente_contrato.find((c) => c.id === '501')?.status_internet).toBe('A');
    // 113: already used and the fatura still unpaid.
    expect(await adapter.desbloquear?.('93541134780', '506')).toEqual({
      ok: false,
      motivo: 'ja_usado',
      mensagem: mensagemDesbloqueio('113'),
      liberadoAte: null,
    });
    for (const codigo of ['106', '107', '109']) {
      sim.reset();
      sim.server.setFault({
        path: 'desbloqueio_confianca',
        fault: { kind: 'status', status: 200, body: JSON.stringify({ tipo: 'erro', codigo, mensagem: 'x' }) },
      });
      expect(await adapter.desbloquear?.('52998224725', '501')).toEqual({
        ok: false,
        motivo: motivoDesbloqueioIxc(codigo),
        mensagem: mensagemDesbloqueio(codigo),
        liberadoAte: null,
      });
    }
    expect(new Set(['106', '107', '109', '113'].map(mensagemDesbloqueio)).size).toBe(4);
    // A code nobody documented is a refusal with the neutral sentence, never a success.
    expect(motivoDesbloqueioIxc('999')).toBe('recusado');
  });

  it("the simulator's desbloqueio_confianca answers as goixc knows IXC: numeric ids, 106/107/109/113", async () => {
    sim.reset();
    const raw = async (id: unknown) => {
      const res = await fetch(`${sim.url}/desbloqueio_confianca`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(sim.token).toString('base64')}`,
          'content-type': 'application/json',
        },
        // goixc sends the contract id as a JSON number.
        body: JSON.stringify({ id }),
      });
      return (await res.json()) as { tipo: string; codigo?: string };
    };
    expect(await raw(-1)).toMatchObject({ tipo: 'erro', codigo: '106' });
    expect(await raw(507)).toMatchObject({ tipo: 'erro', codigo: '109' }); // inactive
    expect(await raw(506)).toMatchObject({ tipo: 'erro', codigo: '113' }); // used, title unpaid
    // A contract whose internet is already released: "já está desbloqueado", nothing done.
    expect(await raw(504)).toMatchObject({ tipo: 'erro', codigo: '107' });
    expect(sim.events().filter((e) => e.kind === 'desbloqueio')).toHaveLength(0);
    expect(await raw(501)).toMatchObject({ tipo: 'sucesso' });
    expect(await raw('501')).toMatchObject({ tipo: 'erro', codigo: '107' });
    expect(sim.events().filter((e) => e.kind === 'desbloqueio')).toEqual([
      { kind: 'desbloqueio', payload: { id: '501' } },
    ]);
    sim.reset();
  });

  it('PUT cliente is read-merge-write: fields not edited survive IXC blanking omitted ones', async () => {
    await adapter.atualizarCliente?.('52998224725', { celular: '11912345678', cidade: 'Niterói', uf: 'RJ' });
    const row = clienteRow('52998224725');
    expect(row).toMatchObject({
      telefone_celular: '11912345678',
      cidade: '3303302',
      uf: '19',
      obs: 'Cliente desde 2021',
      contribuinte_icms: 'N',
      razao: 'Maria Aparecida da Silva',
      cnpj_cpf: '529.982.247-25',
    });
    await expectDomainError(
      adapter.atualizarCliente?.('52998224725', { cidade: 'Atlântida' }) ?? Promise.resolve(),
      'ERP_REJEITOU',
    );
  });

  it('an in-band {type:"error"} about the token → AUTENTICACAO_ERP; other in-band errors → ERP_REJEITOU', async () => {
    sim.server.setFault({
      fault: { kind: 'status', status: 200, body: '{"type":"error","message":"Token inválido!"}' },
    });
    await expectDomainError(faulty.findCliente('52998224725'), 'AUTENTICACAO_ERP', false);
    sim.server.setFault({
      fault: { kind: 'status', status: 200, body: '{"type":"error","message":"Tabela bloqueada"}' },
    });
    await expectDomainError(faulty.listFaturas('52998224725'), 'ERP_REJEITOU', false);
  });

  it('a chamado goes to su_oss_chamado with the configured assunto and filial', async () => {
    await adapter.criarChamado?.('52998224725', {
      assunto: 'Sem sinal',
      mensagem: 'desde ontem',
      planoId: '501',
    });
    expect(sim.tables().su_oss_chamado.at(-1)).toMatchObject({
      tipo: 'C',
      id_cliente: '1001',
      id_assunto: '5',
      id_filial: '1',
      id_contrato_kit: '501',
      status: 'A',
    });
  });

  it('declares only what is configured', () => {
    const bare = createIxcErp({ url: sim.url, token: sim.token, http: { logger: silentLogger } });
    expect([...bare.capabilities].sort()).toEqual([
      'atualizarCliente',
      'boletoPdf',
      'contatos',
      'desbloqueio',
      'notasFiscais',
      'planos',
      'planosBloqueados',
    ]);
    expect(bare.baixarBoleto).toBeUndefined();
    expect(bare.criarChamado).toBeUndefined();
    expect(bare.getNotaFiscalPdf).toBeUndefined();
  });
});
