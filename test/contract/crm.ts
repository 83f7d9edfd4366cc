import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crmStaffMessage } from '@/lib/crm/errors';
import { CRM_FIELDS, type CrmAdapter, type CrmCliente, type CrmField, type CrmPatch } from '@/lib/crm/port';
import type { FaultRule } from '@/test/simulators/shared/sim-server';
import { expectDomainError } from './erp';

/**
 * The CRM contract suite (Auth.js `runBasicTests` style): every CRM adapter, demo included, passes the same
 * behaviour. Writes are checked through the simulator's backdoor (what the CRM really stored, in domain
 * field names), never through the adapter under test. Transport failures run where the adapter talks HTTP to
 * a simulator that can inject faults. Each adapter's own file adds its vendor quirks.
 */

export interface CrmContractFixtures {
  /** A PF customer. */
  cpf: { documento: string; nome: string };
  /** A PJ customer with a numeric CNPJ. */
  cnpj: { documento: string; nome: string };
  /** A PJ customer with an alphanumeric CNPJ. */
  cnpjAlfanumerico: { documento: string; nome: string };
  /**
   * Customers whose document the CRM holds with the mask (`529.982.247-25`) and without it (absent for the
   * in-process demo, which holds documents normalised).
   */
  stored?: { masked: string; digits: string };
  /** A valid document nobody has. */
  desconhecido: string;
  /** An id the CRM has no record for, in the CRM's id format. */
  idDesconhecido: string;
}

export interface CrmContractBackdoor {
  /** The record as the CRM stores it, read around the adapter, mapped to domain field names. */
  stored(documento: string): Partial<Record<CrmField, string | null>> | null;
  /** The document exactly as stored (mask and all). */
  rawDocumento(documento: string): string | null;
  reset(): void;
}

export interface CrmContractFaults {
  /** The adapter under test with a short timeout and no retries, pointed at the simulator. */
  adapter: CrmAdapter;
  timeoutMs: number;
  set(rule: FaultRule | null): void;
  /** Same adapter pointed at a port nobody listens on. */
  unreachable: CrmAdapter;
  /** Same adapter with a wrong credential: the simulator's own refusal. */
  wrongCredential: CrmAdapter;
  /** HTTP method of this vendor's write requests (for faults aimed at the write only). */
  writeMethod: 'PUT' | 'POST';
  /** Write requests the simulator has received so far. */
  writes(): number;
  /**
   * The simulator refuses the next write with its own validation error on `field`; returns the vendor's
   * message, which must reach staff (fieldErrors), not the customer.
   */
  rejectNextWrite(field: CrmField): string;
}

export interface CrmContractOptions {
  name: string;
  /** The adapter's registry id when `name` says more (e.g. which module of one adapter). */
  id?: string;
  adapter: () => CrmAdapter;
  fixtures: CrmContractFixtures;
  backdoor: () => CrmContractBackdoor;
  faults?: () => CrmContractFaults;
}

/** Patch values valid everywhere, one per editable field. */
const NEW_VALUES: Required<Omit<CrmPatch, 'nome'>> = {
  email: 'novo.email@example.com',
  telefone: '1140041234',
  celular: '11912345678',
  cep: '04538133',
  logradouro: 'Av. Brigadeiro Faria Lima',
  numero: '3477',
  complemento: 'andar 18',
  bairro: 'Itaim Bibi',
  cidade: 'São Paulo',
  uf: 'SP',
};

type Editable = keyof typeof NEW_VALUES;

export function runCrmContractTests(options: CrmContractOptions): void {
  const { fixtures: fx } = options;
  const crm = () => options.adapter();
  const db = () => options.backdoor();
  const editable = (): Editable[] =>
    (Object.keys(NEW_VALUES) as Editable[]).filter((k) => crm().fields.has(k));

  async function find(documento: string): Promise<CrmCliente> {
    const c = await crm().findClienteByDocumento(documento);
    expect(c, `cliente ${documento}`).not.toBeNull();
    if (!c) throw new Error('não encontrado');
    return c;
  }

  describe(`CRM contract: ${options.name}`, () => {
    beforeEach(() => db().reset());

    describe('shape', () => {
      it('declares its fields from the closed list once it has answered a lookup', async () => {
        await crm().findClienteByDocumento(fx.cpf.documento);
        const fields = crm().fields;
        for (const f of fields) expect(CRM_FIELDS).toContain(f);
        expect(fields.size).toBeGreaterThan(0);
        expect(crm().id).toBe(options.id ?? options.name);
      });
    });

    describe('lookup', () => {
      it('finds a customer by CPF', async () => {
        const c = await find(fx.cpf.documento);
        expect(c).toMatchObject({ documento: fx.cpf.documento, nome: fx.cpf.nome, tipo: 'F' });
        expect(c.id).toBeTruthy();
      });
      it('finds a customer by numeric CNPJ', async () => {
        expect(await find(fx.cnpj.documento)).toMatchObject({
          documento: fx.cnpj.documento,
          nome: fx.cnpj.nome,
          tipo: 'J',
        });
      });
      it('finds a customer by alphanumeric CNPJ (letters kept, upper-case)', async () => {
        expect(await find(fx.cnpjAlfanumerico.documento)).toMatchObject({
          documento: fx.cnpjAlfanumerico.documento,
          nome: fx.cnpjAlfanumerico.nome,
          tipo: 'J',
        });
      });
      const stored = fx.stored;
      if (stored)
        it('finds a document the CRM stores with its mask and one stored as bare characters', async () => {
          expect(db().rawDocumento(stored.masked)).toMatch(/[./-]/);
          expect(db().rawDocumento(stored.digits)).toMatch(/^[0-9A-Z]+$/);
          expect((await find(stored.masked)).documento).toBe(stored.masked);
          expect((await find(stored.digits)).documento).toBe(stored.digits);
        });
      it('an unknown document is null, not an error', async () => {
        expect(await crm().findClienteByDocumento(fx.desconhecido)).toBeNull();
      });
      it('getCliente reads the same record by id; an unknown id is null', async () => {
        const c = await find(fx.cpf.documento);
        expect(await crm().getCliente(c.id)).toEqual(c);
        expect(await crm().getCliente(fx.idDesconhecido)).toBeNull();
      });
      it('maps what it stores in domain form: phones and CEP as digits, UF in two letters', async () => {
        const c = await find(fx.cpf.documento);
        for (const k of ['telefone', 'celular', 'cep'] as const)
          if (c[k] !== null) expect(c[k]).toMatch(/^\d+$/);
        if (c.uf !== null) expect(c.uf).toMatch(/^[A-Z]{2}$/);
        if (c.celular !== null) expect(c.celular).toMatch(/^\d{2}9\d{8}$/);
        if (c.dataNascimento !== null) expect(c.dataNascimento).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });
    });

    describe('update', () => {
      it('writes the fields sent, keeps every other field, and returns the record read back', async () => {
        const before = await find(fx.cpf.documento);
        const storedBefore = db().stored(fx.cpf.documento);
        const [first, second] = editable();
        expect(first, 'ao menos um campo editável').toBeDefined();
        if (!first) return;
        const patch: CrmPatch = { [first]: NEW_VALUES[first] };
        if (second) patch[second] = NEW_VALUES[second];
        const after = await crm().updateCliente(before.id, patch);
        expect(after).toEqual({ ...before, ...patch });
        expect(await crm().getCliente(before.id)).toEqual(after);
        const storedAfter = db().stored(fx.cpf.documento);
        expect(storedAfter).toEqual({ ...storedBefore, ...patch });
      });
      it('every declared field round-trips through the CRM', async () => {
        const before = await find(fx.cnpj.documento);
        const patch: CrmPatch = {};
        for (const k of editable()) patch[k] = NEW_VALUES[k];
        const after = await crm().updateCliente(before.id, patch);
        expect(after).toEqual({ ...before, ...patch });
        expect(db().stored(fx.cnpj.documento)).toMatchObject(patch);
      });
      it('accepts masked input and writes it normalised (phones and CEP as digits)', async () => {
        const c = await find(fx.cpf.documento);
        const patch: CrmPatch = {};
        if (crm().fields.has('celular')) patch.celular = '(21) 97777-6655';
        if (crm().fields.has('cep')) patch.cep = '20.040-002';
        if (crm().fields.has('telefone')) patch.telefone = '(21) 2555-0199';
        if (Object.keys(patch).length === 0) return;
        const after = await crm().updateCliente(c.id, patch);
        if (patch.celular) expect(after.celular).toBe('21977776655');
        if (patch.cep) expect(after.cep).toBe('20040002');
        if (patch.telefone) expect(after.telefone).toBe('2125550199');
      });
      it('an invalid value is refused before reaching the CRM (CRM_DADOS_INVALIDOS naming the field)', async () => {
        const c = await find(fx.cpf.documento);
        const storedBefore = db().stored(fx.cpf.documento);
        const field = editable().find((k) => k === 'email' || k === 'celular' || k === 'cep');
        if (!field) return;
        const bad: CrmPatch = { [field]: field === 'email' ? 'sem-arroba' : '123' };
        const e = await expectDomainError(crm().updateCliente(c.id, bad), 'CRM_DADOS_INVALIDOS', false);
        expect(Object.keys(e.fieldErrors ?? {})).toEqual([field]);
        expect(db().stored(fx.cpf.documento)).toEqual(storedBefore);
      });
      it('a field this CRM cannot store is refused, never silently dropped', async () => {
        const missing = (Object.keys(NEW_VALUES) as Editable[]).find((k) => !crm().fields.has(k));
        if (!missing) return; // stores every editable field
        const c = await find(fx.cpf.documento);
        const e = await expectDomainError(
          crm().updateCliente(c.id, { [missing]: NEW_VALUES[missing] }),
          'CRM_DADOS_INVALIDOS',
        );
        expect(Object.keys(e.fieldErrors ?? {})).toEqual([missing]);
      });
      it('updating an id the CRM does not have is CLIENTE_NAO_ENCONTRADO', async () => {
        const [first] = editable();
        if (!first) return;
        await expectDomainError(
          crm().updateCliente(fx.idDesconhecido, { [first]: NEW_VALUES[first] }),
          'CLIENTE_NAO_ENCONTRADO',
        );
      });
    });

    if (options.faults)
      describe('failure modes: a DomainError with a CRM code, nothing else thrown', () => {
        const f = () => {
          const faults = options.faults?.();
          if (!faults) throw new Error('sem simulador');
          return faults;
        };
        afterEach(() => f().set(null));
        const reads = (a: CrmAdapter): (() => Promise<unknown>)[] => [
          () => a.findClienteByDocumento(fx.cpf.documento),
          () => a.findClienteByDocumento(fx.cnpjAlfanumerico.documento),
        ];

        it('a wrong credential → CRM_AUTENTICACAO, not retryable, with the staff text of seed 000', async () => {
          for (const call of reads(f().wrongCredential)) {
            const e = await expectDomainError(call(), 'CRM_AUTENTICACAO', false);
            expect(crmStaffMessage(e)).toBe('Erro de autenticação: Token inválido ou não fornecido');
          }
        });
        it('the vendor’s validation message reaches staff in fieldErrors; nothing is stored', async () => {
          const c = await find(fx.cpf.documento);
          const storedBefore = db().stored(fx.cpf.documento);
          const [first] = editable();
          if (!first) return;
          const vendorMessage = f().rejectNextWrite(first);
          const e = await expectDomainError(
            f().adapter.updateCliente(c.id, { [first]: NEW_VALUES[first] }),
            'CRM_DADOS_INVALIDOS',
            false,
          );
          expect(Object.values(e.fieldErrors ?? {}).join(' ')).toContain(vendorMessage);
          expect(crmStaffMessage(e)).toContain(vendorMessage);
          expect(e.userMessage).not.toContain(vendorMessage);
          expect(db().stored(fx.cpf.documento)).toEqual(storedBefore);
        });
        it('no answer → CRM_TIMEOUT, retryable', async () => {
          f().set({ fault: { kind: 'hang' } });
          for (const call of reads(f().adapter)) await expectDomainError(call(), 'CRM_TIMEOUT', true);
        });
        it('an HTML error page → CRM_RESPOSTA_INVALIDA (200) or CRM_INDISPONIVEL (502)', async () => {
          f().set({ fault: { kind: 'html' } });
          for (const call of reads(f().adapter))
            await expectDomainError(call(), 'CRM_RESPOSTA_INVALIDA', false);
          f().set({ fault: { kind: 'html', status: 502 } });
          for (const call of reads(f().adapter)) await expectDomainError(call(), 'CRM_INDISPONIVEL', true);
        });
        it('garbage, malformed JSON or an empty 200 → CRM_RESPOSTA_INVALIDA', async () => {
          for (const kind of ['garbage', 'malformed', 'empty'] as const) {
            f().set({ fault: { kind } });
            for (const call of reads(f().adapter))
              await expectDomainError(call(), 'CRM_RESPOSTA_INVALIDA', false);
          }
        });
        it('500 with an empty body, a dropped connection, a refused one → CRM_INDISPONIVEL', async () => {
          f().set({ fault: { kind: 'status', status: 500, body: '' } });
          for (const call of reads(f().adapter)) await expectDomainError(call(), 'CRM_INDISPONIVEL', true);
          f().set({ fault: { kind: 'drop' } });
          await expectDomainError(reads(f().adapter)[0]?.() ?? Promise.resolve(), 'CRM_INDISPONIVEL', true);
          for (const call of reads(f().unreachable))
            await expectDomainError(call(), 'CRM_INDISPONIVEL', true);
        });
        it('a write whose answer is lost is not sent again (it may have been applied)', async () => {
          const c = await f().adapter.findClienteByDocumento(fx.cpf.documento);
          const [first] = editable();
          if (!c || !first) return;
          const before = f().writes();
          f().set({ method: f().writeMethod, times: 1, fault: { kind: 'drop' } });
          await expectDomainError(
            f().adapter.updateCliente(c.id, { [first]: NEW_VALUES[first] }),
            'CRM_INDISPONIVEL',
          );
          expect(f().writes() - before).toBe(1);
        });
        it('health reports trouble without secrets', async () => {
          const a = f().adapter;
          expect(a.health, 'an adapter that speaks HTTP reports its health').toBeDefined();
          if (!a.health) return;
          f().set({ fault: { kind: 'status', status: 503 } });
          await expectDomainError(a.findClienteByDocumento(fx.cpf.documento), 'CRM_INDISPONIVEL');
          const h = await a.health();
          expect(['degraded', 'circuit_open', 'down']).toContain(h.state);
          expect(JSON.stringify(h)).not.toMatch(/token|senha|password|accessKey|Bearer /i);
        });
      });
  });
}
