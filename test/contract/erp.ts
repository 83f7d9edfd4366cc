import { afterEach, describe, expect, it } from 'vitest';
import { isIsoDate } from '@/lib/domain/dates';
import { DomainError, type ErrorCode } from '@/lib/domain/errors';
import type { RegrasAtraso } from '@/lib/domain/types';
import { ERP_CAPABILITIES, type ErpAdapter, type ErpCapability } from '@/lib/erp/port';
import { parsePixPayload } from '@/lib/pix';
import type { FaultRule } from '@/test/simulators/shared/sim-server';

/**
 * The ERP contract suite (Auth.js `runBasicTests` style): every adapter, demo included, passes the same
 * behaviour. Optional capabilities run only where the adapter declares them (`maybe`). Failure modes run
 * where the adapter talks to a simulator that can inject faults. Writes are checked through the simulator's
 * backdoor, never through the adapter under test.
 */

export interface ErpContractFixtures {
  /** A customer with at least two open faturas (listed in vencimento order) and one paid. */
  cliente: { documento: string; nome: string; openFaturaIds: string[]; paidFaturaId: string };
  /** Another customer with an open fatura. */
  outro: { documento: string; faturaId: string };
  /** A valid document nobody has. */
  desconhecido: string;
  /** An alphanumeric-CNPJ customer. */
  cnpjAlfanumerico?: { documento: string; nome: string };
  /** A blocked plan a trust unlock can free, and one it cannot. */
  desbloqueio?: { documento: string; planoLiberavel: string; planoNaoLiberavel: string };
  notaFiscal?: { documento: string; notaId: string };
  /** An overdue fatura with its late charges as the ERP computes them today, and one not yet due. */
  encargos: {
    documento: string;
    vencida: { faturaId: string; valorInicial: number; multa: number; juros: number };
    aVencer: { faturaId: string };
  };
  /** A fatura whose Pix copia-e-cola comes from the ERP. */
  pixDoErp: { documento: string; faturaId: string };
  /** What the printed boleto needs from the ERP for one fatura: the payer's address and the wallet's terms. */
  boletoImpresso: {
    documento: string;
    faturaId: string;
    endereco: { logradouro: string; cidade: string; uf: string; cep: string };
    regras: RegrasAtraso;
  };
}

export interface ErpContractFaults {
  /** The adapter under test with a short timeout and no retries, pointed at the simulator. */
  adapter: ErpAdapter;
  timeoutMs: number;
  set(rule: FaultRule | null): void;
  /** Same adapter pointed at a port nobody listens on. */
  unreachable: ErpAdapter;
  /** Same adapter with a wrong credential: the simulator's own 401. */
  wrongCredential: ErpAdapter;
}

export interface ErpContractBackdoor {
  isPaga(documento: string, faturaId: string): boolean;
  events(kind: string): unknown[];
  endereco(documento: string): Record<string, string>;
  contatos(documento: string): { type: string; value: string }[];
  /** Makes the ERP's Pix of a fatura expire (where the ERP tells expiries); `reset` undoes it. */
  expirePix?(documento: string, faturaId: string): void;
  reset(): void;
}

export interface ErpContractOptions {
  name: string;
  adapter: () => ErpAdapter;
  fixtures: ErpContractFixtures;
  faults?: () => ErpContractFaults;
  backdoor?: () => ErpContractBackdoor;
  /**
   * Simulator paths (FaultRule `path`) of the calls getFatura makes for optional parts of a fatura (its Pix, its
   * wallet, the payer's city), where the adapter makes any: each failing degrades that part only.
   */
  optionalPaths?: string[];
}

const METHOD_OF: Record<ErpCapability, keyof ErpAdapter | null> = {
  boletoPdf: 'getBoletoPdf',
  baixa: 'baixarBoleto',
  contatos: null, // listContatos is mandatory; the capability says whether it returns anything
  pendencias: 'listPendencias',
  planos: 'listPlanos',
  planosBloqueados: 'listPlanosBloqueados',
  desbloqueio: 'desbloquear',
  notasFiscais: 'listNotasFiscais',
  notaFiscalPdf: 'getNotaFiscalPdf',
  chamado: 'criarChamado',
  pedido: 'criarPedido',
  pedidoClienteExistente: 'criarPedidoClienteExistente',
  lead: 'criarLead',
  revendedores: 'listRevendedores',
  produtos: 'listProdutos',
  datasVencimento: 'listDatasVencimento',
  origensComerciais: 'listOrigensComerciais',
  atualizarCliente: 'atualizarCliente',
};

export async function expectDomainError(
  promise: Promise<unknown>,
  code: ErrorCode,
  retryable?: boolean,
): Promise<DomainError> {
  let thrown: unknown;
  try {
    await promise;
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `esperava DomainError ${code}`).toBeInstanceOf(DomainError);
  const e = thrown as DomainError;
  expect(e.code, e.message).toBe(code);
  if (retryable !== undefined) expect(e.retryable).toBe(retryable);
  return e;
}

const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 4)).toString('latin1') === '%PDF';

export function runErpContractTests(options: ErpContractOptions): void {
  const { fixtures: fx } = options;
  const erp = () => options.adapter();
  /**
   * Auth.js `maybeTest`, without skips: true where the adapter declares the capability (the test goes on);
   * elsewhere it asserts the function is absent, so the UI cannot offer it, and the test ends there.
   */
  const maybe = (cap: ErpCapability): boolean => {
    const a = erp();
    if (a.capabilities.has(cap)) return true;
    const method = METHOD_OF[cap];
    if (method) expect(a[method], `${options.name} sem ${cap}`).toBeUndefined();
    return false;
  };
  /** A fixture the adapter needs for a capability it declares: missing is a failure, not a skip. */
  function need<T>(value: T | undefined, what: string): value is T {
    expect(value, `fixture ${what}`).toBeDefined();
    return value !== undefined;
  }

  describe(`ERP contract: ${options.name}`, () => {
    describe('shape', () => {
      it('declares capabilities from the closed list, each with its method and no method without it', () => {
        const a = erp();
        for (const cap of a.capabilities) expect(ERP_CAPABILITIES).toContain(cap);
        for (const cap of ERP_CAPABILITIES) {
          const method = METHOD_OF[cap];
          if (method)
            expect(typeof a[method] === 'function', `${cap} ↔ ${String(method)}`).toBe(
              a.capabilities.has(cap),
            );
        }
      });
    });

    describe('identification', () => {
      it('finds a customer by CPF', async () => {
        const c = await erp().findCliente(fx.cliente.documento);
        expect(c).toMatchObject({ documento: fx.cliente.documento, nome: fx.cliente.nome, tipoPessoa: 'F' });
        expect(c?.id).toBeTruthy();
      });
      it('finds a customer by alphanumeric CNPJ', async () => {
        if (!need(fx.cnpjAlfanumerico, 'cnpjAlfanumerico')) return;
        const c = await erp().findCliente(fx.cnpjAlfanumerico.documento);
        expect(c).toMatchObject({
          documento: fx.cnpjAlfanumerico.documento,
          nome: fx.cnpjAlfanumerico.nome,
          tipoPessoa: 'J',
        });
      });
      it('an unknown document is null, not an error', async () => {
        expect(await erp().findCliente(fx.desconhecido)).toBeNull();
      });
    });

    describe('faturas', () => {
      it('lists the open faturas only, oldest vencimento first, in domain shape', async () => {
        const list = await erp().listFaturas(fx.cliente.documento);
        expect(list.map((f) => f.id)).toEqual(fx.cliente.openFaturaIds);
        expect(list.map((f) => f.id)).not.toContain(fx.cliente.paidFaturaId);
        const venc = list.map((f) => f.vencimento);
        expect([...venc].sort()).toEqual(venc);
        for (const f of list) {
          expect(f.documento).toBe(fx.cliente.documento);
          expect(isIsoDate(f.vencimento)).toBe(true);
          if (f.emissao !== null) expect(isIsoDate(f.emissao)).toBe(true);
          for (const v of [f.valorInicial, f.valorFinal, f.juros, f.multa]) {
            expect(Number.isSafeInteger(v) && v >= 0, `centavos: ${v}`).toBe(true);
          }
          expect(f.valorFinal).toBeGreaterThanOrEqual(f.valorInicial);
          expect(typeof f.historico).toBe('string');
          expect(f.linhaDigitavel === null || typeof f.linhaDigitavel === 'string').toBe(true);
        }
      });
      it('an unknown document has no faturas', async () => {
        expect(await erp().listFaturas(fx.desconhecido)).toEqual([]);
      });
      it('gets one fatura by id, equal to the listed one', async () => {
        const id = fx.cliente.openFaturaIds[0] ?? '';
        const listed = (await erp().listFaturas(fx.cliente.documento)).find((f) => f.id === id);
        const one = await erp().getFatura(fx.cliente.documento, id);
        // getFatura may add what a list leaves out (the ERP's Pix code, fetched per fatura).
        const { pixCode: _p, pixExpiraEm: _e, ...rest } = listed ?? { pixCode: null, pixExpiraEm: null };
        expect(listed).toBeDefined();
        expect(one).toMatchObject(rest);
      });
      it("refuses another customer's fatura (null)", async () => {
        expect(await erp().getFatura(fx.cliente.documento, fx.outro.faturaId)).toBeNull();
        expect(await erp().getFatura(fx.outro.documento, fx.outro.faturaId)).not.toBeNull();
      });
      it('a paid or unknown fatura is null', async () => {
        expect(await erp().getFatura(fx.cliente.documento, fx.cliente.paidFaturaId)).toBeNull();
        expect(await erp().getFatura(fx.cliente.documento, '999999999')).toBeNull();
      });
      it('an overdue fatura carries its late charges, split and adding up; one not yet due adds nothing', async () => {
        const e = fx.encargos;
        const { valorInicial, multa, juros } = e.vencida;
        const want = {
          id: e.vencida.faturaId,
          valorInicial,
          multa,
          juros,
          valorFinal: valorInicial + multa + juros,
        };
        expect(multa + juros).toBeGreaterThan(0);
        expect(await erp().getFatura(e.documento, e.vencida.faturaId)).toMatchObject(want);
        expect((await erp().listFaturas(e.documento)).find((f) => f.id === want.id)).toMatchObject(want);
        const aVencer = await erp().getFatura(e.documento, e.aVencer.faturaId);
        expect(aVencer).toMatchObject({ juros: 0, multa: 0 });
        expect(aVencer?.valorFinal).toBe(aVencer?.valorInicial);
      });
      it("the ERP's Pix is offered only while payable: a valid BR Code for the amount due, not expired", async () => {
        const { documento, faturaId } = fx.pixDoErp;
        const f = await erp().getFatura(documento, faturaId);
        expect(f?.pixCode).toBeTruthy();
        const parsed = parsePixPayload(f?.pixCode ?? '');
        expect(parsed.ok).toBe(true);
        if (parsed.ok && parsed.pix.amount !== null) expect(parsed.pix.amount).toBe(f?.valorFinal);
        if (f?.pixExpiraEm) expect(Date.parse(f.pixExpiraEm)).toBeGreaterThan(Date.now());
        const backdoor = options.backdoor?.();
        if (!backdoor?.expirePix) return;
        try {
          backdoor.expirePix(documento, faturaId);
          const expired = await erp().getFatura(documento, faturaId);
          expect(expired).toMatchObject({ id: faturaId, pixCode: null });
          expect(expired?.linhaDigitavel).toBe(f?.linhaDigitavel);
        } finally {
          backdoor.reset();
        }
      });
      it("the printed boleto's extras: the payer's address and the wallet's late-payment terms, well formed", async () => {
        const b = fx.boletoImpresso;
        const f = await erp().getFatura(b.documento, b.faturaId);
        expect(f?.enderecoPagador).toMatchObject(b.endereco);
        expect(f?.enderecoPagador?.cep ?? '').toMatch(/^\d{8}$/);
        expect(JSON.stringify(f?.enderecoPagador)).not.toMatch(/undefined|"null"|NaN/);
        expect(f?.regrasAtraso).toEqual(b.regras);
      });
    });

    describe('contatos', () => {
      it('lists e-mail/phone contacts; unknown customer → []', async () => {
        const list = await erp().listContatos(fx.cliente.documento);
        if (erp().capabilities.has('contatos')) expect(list.length).toBeGreaterThan(0);
        for (const c of list) {
          expect(['email', 'phone']).toContain(c.type);
          expect(c.value.trim()).not.toBe('');
        }
        expect(await erp().listContatos(fx.desconhecido)).toEqual([]);
      });
    });

    describe('optional capabilities', () => {
      afterEach(() => options.backdoor?.().reset());

      it('boletoPdf: the PDF bytes start with %PDF', async () => {
        if (!maybe('boletoPdf')) return;
        const f = (await erp().listFaturas(fx.cliente.documento))[0];
        const bytes = await erp().getBoletoPdf?.(f?.remoteId ?? f?.id ?? '');
        expect(bytes && isPdf(bytes)).toBe(true);
      });
      it('pendencias: a list of texts', async () => {
        if (!maybe('pendencias')) return;
        const list = (await erp().listPendencias?.(fx.cliente.documento)) ?? [];
        for (const p of list) expect(typeof p).toBe('string');
      });
      it('planos and planosBloqueados: plans in domain shape; blocked ⊆ all', async () => {
        if (!maybe('planos')) return;
        const doc = fx.desbloqueio?.documento ?? fx.cliente.documento;
        const all = (await erp().listPlanos?.(doc)) ?? [];
        expect(all.length).toBeGreaterThan(0);
        for (const p of all) {
          expect(p.id).toBeTruthy();
          expect(['ativo', 'bloqueado', 'suspenso', 'cancelado', 'outro']).toContain(p.status);
        }
        if (erp().listPlanosBloqueados) {
          const blocked = (await erp().listPlanosBloqueados?.(doc)) ?? [];
          for (const b of blocked) {
            expect(b.status).toBe('bloqueado');
            expect(all.map((p) => p.id)).toContain(b.id);
          }
        }
        expect(await erp().listPlanos?.(fx.desconhecido)).toEqual([]);
      });
      it('desbloqueio: frees a blocked plan; a refusal is a pt-BR message, not an exception', async () => {
        if (!maybe('desbloqueio')) return;
        if (!need(fx.desbloqueio, 'desbloqueio')) return;
        const ok = await erp().desbloquear?.(fx.desbloqueio.documento, fx.desbloqueio.planoLiberavel);
        expect(ok?.ok).toBe(true);
        expect(ok?.mensagem).toMatch(/\S/);
        const no = await erp().desbloquear?.(fx.desbloqueio.documento, fx.desbloqueio.planoNaoLiberavel);
        expect(no?.ok).toBe(false);
        expect(no?.mensagem).toMatch(/[a-zà-ú]/i);
        if (options.backdoor) expect(options.backdoor().events('desbloqueio')).toHaveLength(1);
      });
      it('notasFiscais and notaFiscalPdf', async () => {
        if (!maybe('notasFiscais')) return;
        if (!need(fx.notaFiscal, 'notaFiscal')) return;
        const list = (await erp().listNotasFiscais?.(fx.notaFiscal.documento)) ?? [];
        const nota = list.find((n) => n.id === fx.notaFiscal?.notaId);
        expect(nota).toBeDefined();
        expect(Number.isSafeInteger(nota?.valor)).toBe(true);
        if (erp().getNotaFiscalPdf) {
          const pdf = await erp().getNotaFiscalPdf?.(fx.notaFiscal.documento, fx.notaFiscal.notaId);
          expect(pdf && isPdf(pdf)).toBe(true);
        }
      });
      it('chamado: opened in the ERP with the message', async () => {
        if (!maybe('chamado')) return;
        const c = await erp().criarChamado?.(fx.cliente.documento, {
          assunto: 'Sem conexão',
          mensagem: 'Aberto pelo totem',
        });
        expect(c?.id).toBeTruthy();
        if (options.backdoor)
          expect(JSON.stringify(options.backdoor().events('chamado'))).toContain('Aberto pelo totem');
      });
      it('baixa: the fatura is settled and leaves the open list', async () => {
        if (!maybe('baixa')) return;
        const f = (await erp().listFaturas(fx.cliente.documento))[0];
        const r = await erp().baixarBoleto?.({
          boletoId: f?.remoteId ?? '',
          documento: fx.cliente.documento,
          transaction: {
            id: 'tx-1',
            valor: f?.valorFinal ?? 0,
            pagoEm: '2026-11-22T10:00:00-03:00',
            meio: 'pix',
          },
        });
        expect(r?.success).toBe(true);
        if (options.backdoor) expect(options.backdoor().isPaga(fx.cliente.documento, f?.id ?? '')).toBe(true);
        expect((await erp().listFaturas(fx.cliente.documento)).map((x) => x.id)).not.toContain(f?.id);
      });
      it('atualizarCliente: writes the changed fields and keeps the others', async () => {
        if (!maybe('atualizarCliente')) return;
        const before = options.backdoor?.().endereco(fx.cliente.documento);
        await erp().atualizarCliente?.(fx.cliente.documento, { numero: '2000', email: 'nova@example.com' });
        if (options.backdoor && before) {
          const after = options.backdoor().endereco(fx.cliente.documento);
          expect(after.numero).toBe('2000');
          expect(after.endereco).toBe(before.endereco);
          expect(after.bairro).toBe(before.bairro);
          expect(after.cep).toBe(before.cep);
          expect(options.backdoor().contatos(fx.cliente.documento)).toContainEqual({
            type: 'email',
            value: 'nova@example.com',
          });
        }
      });
      it('pedido, pedidoClienteExistente, lead', async () => {
        if (!maybe('pedido')) return;
        options.backdoor?.().reset();
        const input = { itens: [{ produtoId: '10', quantidade: 1 }], mensagem: 'Pedido do totem' };
        const endereco = {
          cep: '01310100',
          logradouro: 'Avenida Paulista',
          numero: '1000',
          complemento: 'Apto 12',
          bairro: 'Bela Vista',
          cidade: 'São Paulo',
          uf: 'SP',
        };
        const first = await erp().criarPedido?.({
          ...input,
          vencimentoId: '10',
          origemId: 'LOJA',
          cliente: { nome: 'Novo', documento: fx.desconhecido, celular: '11987654321', endereco },
        });
        const second = await erp().criarPedido?.({
          ...input,
          cliente: { nome: 'Outro', documento: fx.desconhecido },
        });
        expect(first?.remoteId).toBeTruthy();
        // Two orders are two records in the ERP: the totem shows each one's own protocol.
        expect(second?.remoteId).not.toBe(first?.remoteId);
        if (options.backdoor) {
          // The ERP received the plan, the due day, the origin and the installation address the totem sent.
          const [sent] = options.backdoor().events('pedido') as { payload: unknown }[];
          expect(sent?.payload).toMatchObject({
            order: {
              itens: [{ produto_id: '10', quantidade: '1' }],
              vencimento_id: '10',
              origem_id: 'LOJA',
              cliente: { document_number: fx.desconhecido, celular: '11987654321', endereco },
            },
            message: 'Pedido do totem',
          });
        }
        if (erp().criarPedidoClienteExistente) {
          expect(
            (await erp().criarPedidoClienteExistente?.(fx.cliente.documento, input))?.remoteId,
          ).toBeTruthy();
        }
        if (erp().criarLead)
          await expect(erp().criarLead?.({ nome: 'Lead', telefone: '11999990000' })).resolves.toBeUndefined();
      });
      it('revendedores, produtos, datas de vencimento, origens comerciais', async () => {
        if (!maybe('produtos')) return;
        for (const list of [
          await erp().listRevendedores?.(),
          await erp().listProdutos?.(),
          await erp().listDatasVencimento?.(),
          await erp().listOrigensComerciais?.(),
        ]) {
          if (!list) continue;
          expect(list.length).toBeGreaterThan(0);
          for (const x of list) expect(x.code && x.name).toBeTruthy();
        }
      });
    });

    // Transport failures exist only for adapters that speak HTTP (the demo ERP is in-process).
    if (options.faults)
      describe('failure modes: a DomainError with the right code, nothing else thrown', () => {
        const f = () => {
          const faults = options.faults?.();
          if (!faults) throw new Error('sem simulador');
          return faults;
        };
        afterEach(() => options.faults?.().set(null));
        const calls = (a: ErpAdapter): [string, () => Promise<unknown>][] => [
          ['findCliente', () => a.findCliente(fx.cliente.documento)],
          ['listFaturas', () => a.listFaturas(fx.cliente.documento)],
          ['getFatura', () => a.getFatura(fx.cliente.documento, fx.cliente.openFaturaIds[0] ?? '')],
        ];

        it('timeout (no answer) → ERP_TIMEOUT, retryable', async () => {
          f().set({ fault: { kind: 'hang' } });
          for (const [, call] of calls(f().adapter)) await expectDomainError(call(), 'ERP_TIMEOUT', true);
        });
        it('slow response: within the timeout it works, past it → ERP_TIMEOUT', async () => {
          f().set({ fault: { kind: 'delay', ms: Math.floor(f().timeoutMs / 4) } });
          await expect(f().adapter.listFaturas(fx.cliente.documento)).resolves.toHaveLength(
            fx.cliente.openFaturaIds.length,
          );
          f().set({ fault: { kind: 'slow-body', ms: f().timeoutMs * 2 } });
          await expectDomainError(f().adapter.listFaturas(fx.cliente.documento), 'ERP_TIMEOUT', true);
        });
        it('401 (wrong credential) → AUTENTICACAO_ERP, not retryable', async () => {
          for (const [, call] of calls(f().wrongCredential))
            await expectDomainError(call(), 'AUTENTICACAO_ERP', false);
          f().set({ fault: { kind: 'status', status: 401, body: '' } });
          await expectDomainError(f().adapter.findCliente(fx.cliente.documento), 'AUTENTICACAO_ERP', false);
        });
        it('500 → ERP_INDISPONIVEL, retryable', async () => {
          f().set({ fault: { kind: 'status', status: 500, body: '{"error":"falha interna"}' } });
          for (const [, call] of calls(f().adapter))
            await expectDomainError(call(), 'ERP_INDISPONIVEL', true);
        });
        it('an HTML error page → ERP_RESPOSTA_INVALIDA (200) or ERP_INDISPONIVEL (502)', async () => {
          f().set({ fault: { kind: 'html' } });
          for (const [, call] of calls(f().adapter))
            await expectDomainError(call(), 'ERP_RESPOSTA_INVALIDA', false);
          f().set({ fault: { kind: 'html', status: 502 } });
          await expectDomainError(f().adapter.listFaturas(fx.cliente.documento), 'ERP_INDISPONIVEL', true);
        });
        it('malformed JSON, garbage or an empty body → ERP_RESPOSTA_INVALIDA', async () => {
          for (const kind of ['malformed', 'garbage', 'empty'] as const) {
            f().set({ fault: { kind } });
            for (const [, call] of calls(f().adapter))
              await expectDomainError(call(), 'ERP_RESPOSTA_INVALIDA', false);
          }
        });
        it('a connection dropped or cut mid-body → ERP_INDISPONIVEL', async () => {
          for (const kind of ['drop', 'truncated'] as const) {
            f().set({ fault: { kind } });
            await expectDomainError(f().adapter.listFaturas(fx.cliente.documento), 'ERP_INDISPONIVEL', true);
          }
        });
        it('connection refused → ERP_INDISPONIVEL', async () => {
          for (const [, call] of calls(f().unreachable))
            await expectDomainError(call(), 'ERP_INDISPONIVEL', true);
        });
        it('optional functions fail the same way', async () => {
          const a = f().adapter;
          f().set({ fault: { kind: 'status', status: 500 } });
          // Thunks, not promises: each call starts only when awaited (no unhandled rejections).
          const optional: (() => Promise<unknown> | undefined)[] = [
            () => a.getBoletoPdf?.('1'),
            () => a.listPlanos?.(fx.cliente.documento),
            () => a.desbloquear?.(fx.cliente.documento, '1'),
            () => a.listNotasFiscais?.(fx.cliente.documento),
            () => a.criarChamado?.(fx.cliente.documento, { assunto: 'x', mensagem: 'y' }),
            () => a.listContatos(fx.cliente.documento),
          ];
          for (const call of optional) {
            const p = call();
            if (p) await expectDomainError(p, 'ERP_INDISPONIVEL');
          }
        });
        if (options.optionalPaths)
          it('an optional part of a fatura that fails (5xx) degrades that part only: the fatura and its boleto come back', async () => {
            const { documento, faturaId } = fx.pixDoErp;
            const whole = await f().adapter.getFatura(documento, faturaId);
            expect(whole?.linhaDigitavel).toBeTruthy();
            for (const path of options.optionalPaths ?? []) {
              f().set({ path, fault: { kind: 'status', status: 500, body: '{"error":"falha interna"}' } });
              const degraded = await f().adapter.getFatura(documento, faturaId);
              expect(degraded, path).toMatchObject({ id: faturaId, linhaDigitavel: whole?.linhaDigitavel });
            }
          });
        it('health reports trouble without secrets', async () => {
          const a = f().adapter;
          expect(a.health, 'an adapter that speaks HTTP reports its health').toBeDefined();
          if (!a.health) return;
          f().set({ fault: { kind: 'status', status: 503 } });
          await expectDomainError(a.listFaturas(fx.cliente.documento), 'ERP_INDISPONIVEL');
          const h = await a.health();
          expect(['degraded', 'circuit_open', 'down']).toContain(h.state);
          expect(JSON.stringify(h)).not.toMatch(/token|senha|password|Basic |Bearer /i);
        });
      });
  });
}
