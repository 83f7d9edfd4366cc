import { describe, expect, it } from 'vitest';
import { lerCadastro, type CadastroLido } from './cadastro-leitura';
import { bloqueioDaProva, tipoDeProva, verificarProva, type ProvaDeps } from './cadastro-prova';
import {
  captureLogger,
  crmCliente,
  fakeCrm,
  fakeErp,
  hashDocumento,
  MARIA,
  memoryStore,
} from './cadastro-fakes.test-util';

const regra = { maxFailures: 3, lockSeconds: 600 };
const actor = { kind: 'kiosk' as const, kioskId: 'totem-1' };

async function cadastroDe(crm = fakeCrm(), erp = fakeErp()): Promise<CadastroLido> {
  const c = await lerCadastro(MARIA, { crm, erp });
  if (!c) throw new Error('sem cadastro');
  return c;
}

function deps(now = () => 1_000_000) {
  const store = memoryStore();
  const log = captureLogger();
  const d: ProvaDeps = { store, logger: log.logger, hashDocumento, regra, now };
  return { d, store, log };
}

describe('tipoDeProva', () => {
  it('asks for the mobile when a system holds one, else the birthday, else nothing (desk)', () => {
    expect(tipoDeProva({ celulares: ['11987654321'], dataNascimento: '1980-03-15' })).toBe('celular');
    expect(tipoDeProva({ celulares: [], dataNascimento: '1980-03-15' })).toBe('nascimento');
    expect(tipoDeProva({ celulares: [], dataNascimento: null })).toBeNull();
  });
});

describe('verificarProva', () => {
  it('accepts the last four digits of a registered mobile (CRM or ERP) and audits it', async () => {
    const cadastro = await cadastroDe(fakeCrm([crmCliente({ celular: '21998877665' })]));
    const { d, store } = deps();
    expect((await verificarProva({ cadastro, resposta: '4321', actor }, d)).status).toBe('ok'); // ERP's mobile
    expect((await verificarProva({ cadastro, resposta: '7665', actor }, d)).status).toBe('ok'); // CRM's mobile
    expect(store.auditRows.map((r) => [r.action, r.result])).toEqual([
      ['kiosk.cadastro.prova', 'ok'],
      ['kiosk.cadastro.prova', 'ok'],
    ]);
  });

  it('uses day and month of birth when no mobile is registered', async () => {
    const crm = fakeCrm([crmCliente({ celular: null, telefone: null })]);
    const erp = fakeErp();
    erp.contatos.set(MARIA, [{ type: 'email', value: 'maria.silva@example.com' }]);
    const cadastro = await cadastroDe(crm, erp);
    const { d } = deps();
    expect(tipoDeProva(cadastro)).toBe('nascimento');
    expect((await verificarProva({ cadastro, resposta: '1503', actor }, d)).status).toBe('ok');
    expect((await verificarProva({ cadastro, resposta: '0315', actor }, d)).status).toBe('errada');
  });

  it('three wrong answers lock editing for that document, even for the right answer, and it is logged', async () => {
    const cadastro = await cadastroDe();
    let now = 1_000_000;
    const { d, store, log } = deps(() => now);
    expect(await verificarProva({ cadastro, resposta: '0000', actor }, d)).toEqual({
      status: 'errada',
      tentativasRestantes: 2,
    });
    expect(await verificarProva({ cadastro, resposta: '1111', actor }, d)).toEqual({
      status: 'errada',
      tentativasRestantes: 1,
    });
    expect(await verificarProva({ cadastro, resposta: '2222', actor }, d)).toEqual({
      status: 'bloqueado',
      retryAfterSeconds: 600,
    });
    expect((await verificarProva({ cadastro, resposta: '4321', actor }, d)).status).toBe('bloqueado');
    expect(await bloqueioDaProva(MARIA, d)).toEqual({ bloqueado: true, retryAfterSeconds: 600 });
    const aviso = log.lines().find((l) => l.evento === 'cadastro.prova.bloqueio');
    expect(aviso).toMatchObject({ documentoHash: hashDocumento(MARIA), falhas: 3 });
    expect(JSON.stringify(log.lines())).not.toContain(MARIA);
    expect(store.auditRows.filter((r) => r.result === 'recusado')).toHaveLength(4);
    // After the configured time, the right answer works again.
    now += 601_000;
    expect((await verificarProva({ cadastro, resposta: '4321', actor }, d)).status).toBe('ok');
  });

  it('a right answer clears earlier wrong ones', async () => {
    const cadastro = await cadastroDe();
    const { d } = deps();
    await verificarProva({ cadastro, resposta: '0000', actor }, d);
    await verificarProva({ cadastro, resposta: '1111', actor }, d);
    await verificarProva({ cadastro, resposta: '4321', actor }, d);
    expect(await verificarProva({ cadastro, resposta: '0000', actor }, d)).toEqual({
      status: 'errada',
      tentativasRestantes: 2,
    });
  });

  it('something that is not 4 digits is not counted as a wrong answer', async () => {
    const cadastro = await cadastroDe();
    const { d, store } = deps();
    expect((await verificarProva({ cadastro, resposta: '43', actor }, d)).status).toBe('formato');
    expect(store.auditRows).toHaveLength(0);
  });

  it('no mobile and no birthday: no proof possible (the customer goes to the desk)', async () => {
    const crm = fakeCrm([crmCliente({ celular: null, telefone: null, dataNascimento: null })]);
    const erp = fakeErp();
    erp.contatos.set(MARIA, []);
    const cadastro = await cadastroDe(crm, erp);
    const { d } = deps();
    expect(await verificarProva({ cadastro, resposta: '1234', actor }, d)).toEqual({ status: 'sem-prova' });
  });
});
