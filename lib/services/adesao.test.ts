import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { createDemoErp } from '@/lib/erp/demo';
import type { ErpAdapter, ErpCapability } from '@/lib/erp/port';
import { setErpForTests } from '@/lib/erp/registry';
import { getStore } from '@/lib/store';
import {
  adesaoDaConfirmacao,
  enviarAdesao,
  enviarPedidoClienteExistente,
  mintConfirmacaoAdesao,
  modoAdesao,
  opcoesAdesao,
} from './adesao';
import type { AdesaoInput } from './adesao-schema';
import { bloqueioDaProva } from './cadastro-prova';

const KIOSK = 'kiosk-a';
let kioskSeq = 0;
/** Each test sends from its own totem, so the per-totem hourly limit of one test does not spill into another. */
let kiosk = KIOSK;

const NOVO = '39053344705';
const dados = (documento = NOVO) => ({
  nome: 'Joana Teste de Souza',
  documento,
  celular: '11987654321',
  email: 'joana@example.com',
  cep: '01310100',
  logradouro: 'Avenida Paulista',
  numero: '1000',
  complemento: 'Apto 12',
  bairro: 'Bela Vista',
  cidade: 'São Paulo',
  uf: 'SP',
});
const input = (documento?: string): AdesaoInput => ({
  produtoId: '10',
  vencimentoId: '10',
  origemId: 'LOJA',
  revendedorId: 'R1',
  dados: dados(documento),
  consentimento: true,
});

let demo: ErpAdapter;
type Fn<K extends keyof ErpAdapter> = NonNullable<ErpAdapter[K]>;
let criarPedido: Mock<Fn<'criarPedido'>>;
let criarExistente: Mock<Fn<'criarPedidoClienteExistente'>>;
let criarLead: Mock<Fn<'criarLead'>>;

function install(without: ErpCapability[] = [], patch: Partial<ErpAdapter> = {}) {
  const caps = new Set(demo.capabilities);
  for (const c of without) caps.delete(c);
  setErpForTests({
    ...demo,
    criarPedido,
    criarPedidoClienteExistente: criarExistente,
    criarLead,
    ...patch,
    capabilities: caps,
  });
}

beforeEach(() => {
  demo = createDemoErp({ today: () => '2026-11-22' });
  const d = demo;
  criarPedido = vi.fn<Fn<'criarPedido'>>(async (i) => (await d.criarPedido?.(i)) ?? { remoteId: '' });
  criarExistente = vi.fn<Fn<'criarPedidoClienteExistente'>>(
    async (doc, i) => (await d.criarPedidoClienteExistente?.(doc, i)) ?? { remoteId: '' },
  );
  criarLead = vi.fn<Fn<'criarLead'>>(async (i) => d.criarLead?.(i));
  kiosk = `${KIOSK}-${++kioskSeq}`;
  install();
});
afterEach(() => {
  setErpForTests(undefined);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

describe('shown only when the ERP declares it', () => {
  it('orders when the ERP takes orders, a lead when it has only leads, nothing without plans or due days', () => {
    expect(modoAdesao()).toBe('pedido');
    install(['pedido']);
    expect(modoAdesao()).toBe('lead');
    install(['pedido', 'lead']);
    expect(modoAdesao()).toBeNull();
    install(['produtos']);
    expect(modoAdesao()).toBeNull();
    install(['datasVencimento']);
    expect(modoAdesao()).toBeNull();
  });

  it('lists: sellers reach the screen without their CPF or e-mail; an optional list that fails is left out', async () => {
    const o = await opcoesAdesao();
    expect(o.produtos.map((p) => p.code)).toEqual(['10', '11', '12']);
    expect(o.revendedores).toEqual([
      { code: 'R1', name: 'Loja Centro' },
      { code: 'R2', name: 'Loja Zona Norte' },
    ]);
    install([], { listOrigensComerciais: async () => Promise.reject(new DomainError('ERP_TIMEOUT')) });
    expect((await opcoesAdesao()).origens).toEqual([]);
    install([], { listProdutos: async () => Promise.reject(new DomainError('ERP_INDISPONIVEL')) });
    expect(await codeOf(opcoesAdesao())).toBe('ERP_INDISPONIVEL');
  });
});

describe('enviarAdesao: at most one order per confirmation', () => {
  it('a double tap and a retried request create one order; the audit holds ids, not personal data', async () => {
    const audit = vi.spyOn((await getStore()).audit, 'append');
    const token = mintConfirmacaoAdesao(kiosk);
    const [a, b] = await Promise.all([
      enviarAdesao(kiosk, input(), token),
      enviarAdesao(kiosk, input(), token),
    ]);
    const retry = await enviarAdesao(kiosk, input(), token);
    expect(criarPedido).toHaveBeenCalledTimes(1);
    for (const r of [a, b, retry])
      expect(r).toMatchObject({ status: 'enviado', tipo: 'pedido', protocolo: 'P-101' });
    expect([a.replayed, b.replayed, retry.replayed].filter(Boolean)).toHaveLength(2);
    // What the ERP got: the plan, the due day, origin, seller, and the person with the installation address.
    expect(criarPedido.mock.calls[0]?.[0]).toMatchObject({
      itens: [{ produtoId: '10', quantidade: 1 }],
      vencimentoId: '10',
      origemId: 'LOJA',
      revendedorId: 'R1',
      cliente: { nome: 'Joana Teste de Souza', documento: NOVO, endereco: { cep: '01310100', uf: 'SP' } },
    });
    expect(audit).toHaveBeenCalledTimes(1);
    const event = audit.mock.calls[0]?.[0];
    expect(event).toMatchObject({
      action: 'kiosk.adesao',
      result: 'ok',
      details: { tipo: 'pedido', pedidoId: 'P-101' },
    });
    const details = JSON.stringify(event?.details);
    for (const pessoal of ['Joana', NOVO, 'joana@', '11987654321', '01310100', 'Paulista'])
      expect(details).not.toContain(pessoal);
    // The receipt reads what that key sent, masked; another totem's request for it gets nothing.
    expect(await adesaoDaConfirmacao(kiosk, 'novo', token)).toMatchObject({
      protocolo: 'P-101',
      planoNome: 'Fibra 300 Mega',
      vencimentoDia: '10',
      documentoMascarado: '390.***.***-05',
    });
    expect(await adesaoDaConfirmacao('outro-totem', 'novo', token)).toBeNull();
  });

  it('a new review is a new order', async () => {
    await enviarAdesao(kiosk, input(), mintConfirmacaoAdesao(kiosk));
    const second = await enviarAdesao(kiosk, input(), mintConfirmacaoAdesao(kiosk));
    expect(criarPedido).toHaveBeenCalledTimes(2);
    expect(second).toMatchObject({ protocolo: 'P-102' });
  });

  it('refuses a forged key, another totem’s key, and choices outside the ERP’s lists, without an order', async () => {
    expect(await codeOf(enviarAdesao(kiosk, input(), 'x.y'))).toBe('CONFIRMACAO_INVALIDA');
    expect(await codeOf(enviarAdesao('outro', input(), mintConfirmacaoAdesao(kiosk)))).toBe(
      'CONFIRMACAO_INVALIDA',
    );
    expect(
      await codeOf(enviarAdesao(kiosk, { ...input(), produtoId: '999' }, mintConfirmacaoAdesao(kiosk))),
    ).toBe('CADASTRO_DADOS_INVALIDOS');
    expect(
      await codeOf(
        enviarAdesao(
          kiosk,
          { ...input(), dados: { ...dados(), celular: '1133334444' } },
          mintConfirmacaoAdesao(kiosk),
        ),
      ),
    ).toBe('CADASTRO_DADOS_INVALIDOS');
    expect(criarPedido).not.toHaveBeenCalled();
  });

  it('an ERP failure is reported and audited, and the same key may be tried again', async () => {
    criarPedido.mockRejectedValueOnce(new DomainError('ERP_INDISPONIVEL'));
    const audit = vi.spyOn((await getStore()).audit, 'append');
    const token = mintConfirmacaoAdesao(kiosk);
    expect(await codeOf(enviarAdesao(kiosk, input(), token))).toBe('ERP_INDISPONIVEL');
    expect(audit.mock.calls[0]?.[0]).toMatchObject({
      result: 'erro',
      details: { codigo: 'ERP_INDISPONIVEL' },
    });
    expect(await enviarAdesao(kiosk, input(), token)).toMatchObject({ status: 'enviado' });
    expect(criarPedido).toHaveBeenCalledTimes(2);
  });

  it('an order or lead whose answer timed out may have been made: never sent again for that key', async () => {
    criarPedido.mockRejectedValueOnce(new DomainError('ERP_TIMEOUT'));
    const audit = vi.spyOn((await getStore()).audit, 'append');
    const token = mintConfirmacaoAdesao(kiosk);
    expect(await codeOf(enviarAdesao(kiosk, input(), token))).toBe('ERP_SEM_CONFIRMACAO');
    expect(await codeOf(enviarAdesao(kiosk, input(), token))).toBe('ERP_SEM_CONFIRMACAO');
    expect(criarPedido).toHaveBeenCalledTimes(1);
    expect(audit.mock.calls.map((c) => c[0])).toContainEqual(
      expect.objectContaining({
        result: 'erro',
        details: expect.objectContaining({ codigo: 'ERP_SEM_CONFIRMACAO' }),
      }),
    );
    expect(await adesaoDaConfirmacao(kiosk, 'novo', token)).toBeNull();

    install(['pedido']);
    criarLead.mockRejectedValueOnce(new DomainError('ERP_TIMEOUT'));
    const lead = mintConfirmacaoAdesao(kiosk);
    expect(await codeOf(enviarAdesao(kiosk, input(), lead))).toBe('ERP_SEM_CONFIRMACAO');
    expect(await codeOf(enviarAdesao(kiosk, input(), lead))).toBe('ERP_SEM_CONFIRMACAO');
    expect(criarLead).toHaveBeenCalledTimes(1);
  });

  it('a lead when the ERP takes no orders, with a protocol of the totem’s', async () => {
    install(['pedido']);
    const r = await enviarAdesao(kiosk, input(), mintConfirmacaoAdesao(kiosk));
    expect(r).toMatchObject({ status: 'enviado', tipo: 'lead', protocoloDoTotem: true });
    expect(r.status === 'enviado' && r.protocolo).toMatch(/^\d{8}-[A-Z2-9]{6}$/);
    expect(criarLead).toHaveBeenCalledTimes(1);
    expect(criarLead.mock.calls[0]?.[0]).toMatchObject({ nome: 'Joana Teste de Souza', documento: NOVO });
    expect(criarLead.mock.calls[0]?.[0].mensagem).toContain('Plano: Fibra 300 Mega');
    expect(criarPedido).not.toHaveBeenCalled();
  });

  it('a totem sends at most SIGNUP_MAX_PER_HOUR (10) per clock hour', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-22T13:05:00Z'));
    for (let i = 0; i < 10; i++) await enviarAdesao(kiosk, input(), mintConfirmacaoAdesao(kiosk));
    const refused = enviarAdesao(kiosk, input(), mintConfirmacaoAdesao(kiosk));
    await expect(refused).rejects.toMatchObject({ code: 'LIMITE_ADESAO', retryAfterSeconds: 3300 });
    expect(criarPedido).toHaveBeenCalledTimes(10);
    // Another totem is not affected, and the next hour this one may send again.
    await enviarAdesao('outro-totem', input(), mintConfirmacaoAdesao('outro-totem'));
    vi.setSystemTime(new Date('2026-11-22T14:00:01Z'));
    await enviarAdesao(kiosk, input(), mintConfirmacaoAdesao(kiosk));
    expect(criarPedido).toHaveBeenCalledTimes(12);
  });
});

const MARIA = '52998224725'; // proof: mobile ending 4321 (demo CRM and ERP)
const JOAO = '11144477735'; // proof: mobile ending 7766 (demo CRM)
const PADARIA = '11222333000181'; // proof: mobile ending 4567 (demo CRM)
const ANA = '24681357928'; // no mobile, no date of birth: no way to prove
const CARLOS = '93541134780'; // internal notices

async function oferta(documento: string) {
  const r = await enviarAdesao(kiosk, input(documento), mintConfirmacaoAdesao(kiosk));
  if (r.status !== 'cliente-existente') throw new Error(`esperava cliente-existente, veio ${r.status}`);
  return r;
}

describe('a document that already is a customer', () => {
  it('is offered the existing-customer order behind the ownership proof: a wrong answer sends nothing, the right one sends once', async () => {
    const r = await oferta(MARIA);
    expect(r).toMatchObject({ prova: 'celular', motivo: null });
    expect(criarPedido).not.toHaveBeenCalled();
    const token = r.confirmacao;
    expect(token).toBeTruthy();
    const audit = vi.spyOn((await getStore()).audit, 'append');

    expect(await enviarPedidoClienteExistente(kiosk, input(MARIA), token, '0000')).toEqual({
      status: 'prova-errada',
      tentativasRestantes: 2,
      replayed: false,
    });
    expect(await enviarPedidoClienteExistente(kiosk, input(MARIA), token, '12')).toMatchObject({
      status: 'prova-formato',
    });
    expect(criarExistente).not.toHaveBeenCalled();

    const [a, b] = await Promise.all([
      enviarPedidoClienteExistente(kiosk, input(MARIA), token, '4321'),
      enviarPedidoClienteExistente(kiosk, input(MARIA), token, '4321'),
    ]);
    const retry = await enviarPedidoClienteExistente(kiosk, input(MARIA), token, '4321');
    expect(criarExistente).toHaveBeenCalledTimes(1);
    expect(criarExistente.mock.calls[0]?.[0]).toBe(MARIA);
    expect(a).toMatchObject({ status: 'enviado', tipo: 'pedido-cliente-existente' });
    expect([a, b, retry].filter((x) => x.replayed)).toHaveLength(2);
    for (const x of [b, retry])
      expect(x).toMatchObject({ status: 'enviado', protocolo: a.status === 'enviado' ? a.protocolo : '?' });

    // Audited as the sign-up's proof (its own action), without the answer or any personal data.
    const events = audit.mock.calls.map((c) => c[0]);
    const provas = events.filter((e) => e.action === 'kiosk.adesao.prova');
    expect(provas.map((e) => e.result)).toEqual(['recusado', 'ok', 'ok', 'ok']);
    expect(provas[0]).toMatchObject({ documento: MARIA, details: { tipo: 'celular', falhas: 1 } });
    expect(events.filter((e) => e.action === 'kiosk.adesao.existente' && e.result === 'ok')).toHaveLength(1);
    const details = JSON.stringify(events.map((e) => e.details));
    for (const pessoal of ['0000', '4321', MARIA, '11987654321', 'Joana'])
      expect(details).not.toContain(pessoal);

    // The receipt reads what the key sent.
    expect(await adesaoDaConfirmacao(kiosk, 'existente', token)).toMatchObject({
      tipo: 'pedido-cliente-existente',
      documentoMascarado: '529.***.***-25',
    });
  });

  it('an existing-customer order whose answer timed out is never sent again for that key', async () => {
    const { confirmacao: token } = await oferta(MARIA);
    criarExistente.mockRejectedValueOnce(new DomainError('ERP_TIMEOUT'));
    expect(await codeOf(enviarPedidoClienteExistente(kiosk, input(MARIA), token, '4321'))).toBe(
      'ERP_SEM_CONFIRMACAO',
    );
    expect(await codeOf(enviarPedidoClienteExistente(kiosk, input(MARIA), token, '4321'))).toBe(
      'ERP_SEM_CONFIRMACAO',
    );
    expect(criarExistente).toHaveBeenCalledTimes(1);
  });

  it('the key serves only the document the server found: another document (even with its right answer) is refused', async () => {
    const { confirmacao: token } = await oferta(MARIA);
    expect(await codeOf(enviarPedidoClienteExistente(kiosk, input(JOAO), token, '7766'))).toBe(
      'CONFIRMACAO_INVALIDA',
    );
    // The key without its binding, the review's key, another totem: refused too.
    const plain = (token ?? '').split('.').slice(0, 2).join('.');
    for (const [k, t] of [
      [kiosk, plain],
      [kiosk, mintConfirmacaoAdesao(kiosk)],
      ['outro-totem', token],
    ] as const)
      expect(await codeOf(enviarPedidoClienteExistente(k, input(MARIA), t, '4321'))).toBe(
        'CONFIRMACAO_INVALIDA',
      );
    expect(criarExistente).not.toHaveBeenCalled();
  });

  it('wrong answers lock the document (the lockout of "Meus dados"): then even the right answer sends nothing', async () => {
    const { confirmacao: token } = await oferta(PADARIA);
    const store = await getStore();
    expect(await enviarPedidoClienteExistente(kiosk, input(PADARIA), token, '1111')).toMatchObject({
      status: 'prova-errada',
      tentativasRestantes: 2,
    });
    expect(await enviarPedidoClienteExistente(kiosk, input(PADARIA), token, '2222')).toMatchObject({
      status: 'prova-errada',
      tentativasRestantes: 1,
    });
    const locked = await enviarPedidoClienteExistente(kiosk, input(PADARIA), token, '3333');
    expect(locked).toMatchObject({ status: 'prova-bloqueada' });
    expect(locked.status === 'prova-bloqueada' && locked.retryAfterSeconds).toBeGreaterThan(800);
    expect(await enviarPedidoClienteExistente(kiosk, input(PADARIA), token, '4567')).toMatchObject({
      status: 'prova-bloqueada',
    });
    expect(criarExistente).not.toHaveBeenCalled();
    // The same per-document lockout as "Meus dados", whatever totem asks next.
    expect(
      await bloqueioDaProva(PADARIA, { store, hashDocumento: (d) => store.hashDocumento(d) }),
    ).toMatchObject({ bloqueado: true });
    kiosk = `${KIOSK}-outro-${kioskSeq}`;
    expect(await oferta(PADARIA)).toMatchObject({ confirmacao: null, prova: null, motivo: 'bloqueado' });
  });

  it('with no way to prove ownership, is sent to the counter and nothing is ordered', async () => {
    const audit = vi.spyOn((await getStore()).audit, 'append');
    expect(await oferta(ANA)).toEqual({
      status: 'cliente-existente',
      confirmacao: null,
      prova: null,
      motivo: 'sem-prova',
      replayed: false,
    });
    expect(audit.mock.calls.map((c) => c[0])).toContainEqual(
      expect.objectContaining({
        action: 'kiosk.adesao.existente',
        result: 'recusado',
        details: { motivo: 'sem-prova' },
      }),
    );
    expect(criarExistente).not.toHaveBeenCalled();
  });

  it('with internal notices, is sent to the counter without being asked for a proof; nothing is ordered', async () => {
    expect(await enviarAdesao(kiosk, input(CARLOS), mintConfirmacaoAdesao(kiosk))).toMatchObject({
      status: 'balcao',
    });
    expect(criarExistente).not.toHaveBeenCalled();
  });

  it('notices that appear after the offer still send the person to the counter, after the proof', async () => {
    const { confirmacao: token } = await oferta(JOAO);
    install([], { listPendencias: async () => ['aviso interno'] });
    expect(await enviarPedidoClienteExistente(kiosk, input(JOAO), token, '7766')).toMatchObject({
      status: 'balcao',
    });
    expect(criarExistente).not.toHaveBeenCalled();
  });

  it('without the existing-customer function, is told to identify at the start instead', async () => {
    install(['pedidoClienteExistente']);
    expect(await enviarAdesao(kiosk, input(MARIA), mintConfirmacaoAdesao(kiosk))).toMatchObject({
      status: 'cliente-existente',
      confirmacao: null,
      motivo: 'sem-funcao',
    });
  });

  it('the ERP down while checking: a clear code, no order', async () => {
    expect(await codeOf(enviarAdesao(kiosk, input('12345678909'), mintConfirmacaoAdesao(kiosk)))).toBe(
      'ERP_INDISPONIVEL',
    );
    expect(criarPedido).not.toHaveBeenCalled();
  });
});
