import { describe, expect, it } from 'vitest';
import { camposEditaveis, lerCadastro } from './cadastro-leitura';
import { provaDaSessao } from './cadastro-prova';
import { editarCadastro, revisarCadastro, type CadastroActor, type CadastroDeps } from './cadastro';
import {
  captureLogger,
  crmCliente,
  fakeCrm,
  fakeErp,
  hashDocumento,
  MARIA,
  memoryStore,
  type FakeCrm,
  type FakeErp,
} from './cadastro-fakes.test-util';

const kiosk: CadastroActor = { kind: 'kiosk', kioskId: 'totem-1', prova: provaDaSessao(MARIA, 1) };
const staff: CadastroActor = { kind: 'staff', userId: 'u1', username: 'ana' };

function setup(options: { crm?: FakeCrm; semCrm?: boolean; erp?: FakeErp } = {}) {
  const crm = options.crm ?? fakeCrm();
  const erp = options.erp ?? fakeErp();
  const store = memoryStore();
  const log = captureLogger();
  const deps: CadastroDeps = {
    crm: options.semCrm ? null : crm,
    erp,
    store,
    logger: log.logger,
    hashDocumento,
  };
  return { crm, erp, store, log, deps };
}

let seq = 0;
const editar = (
  deps: CadastroDeps,
  patch: Record<string, string>,
  actor: CadastroActor = kiosk,
  editId?: string,
) =>
  editarCadastro(
    { documento: MARIA, patch, actor, editId: editId ?? `e-${++seq}`, correlationId: 'corr-1' },
    deps,
  );

async function concluido(p: ReturnType<typeof editar>) {
  const r = await p;
  if (r.status !== 'concluido') throw new Error(`esperava concluído, veio ${JSON.stringify(r)}`);
  return r.resultado;
}

describe('lerCadastro', () => {
  it('takes each field from the CRM, contacts from the ERP where the CRM has none, linked by the document', async () => {
    const { deps } = setup({ crm: fakeCrm([crmCliente({ email: null })]) });
    const c = await lerCadastro(MARIA, deps);
    expect(c?.valores.logradouro).toBe('Avenida Paulista');
    expect(c?.valores.email).toBe('maria.silva@example.com'); // from the demo ERP's contacts
    expect(c?.destinos.logradouro).toEqual(['crm', 'erp']);
    // A person's name is never editable; only a company's razão social is.
    expect(c && camposEditaveis(c)).not.toContain('nome');
  });

  it('a field no writable system stores is not offered (CRM without e-mail, ERP that cannot write)', async () => {
    const crm = fakeCrm([crmCliente()], ['celular', 'cep', 'logradouro', 'numero', 'bairro', 'cidade', 'uf']);
    const { deps } = setup({ crm, erp: fakeErp({ escreve: false }) });
    const c = await lerCadastro(MARIA, deps);
    expect(c && camposEditaveis(c)).toEqual([
      'celular',
      'cep',
      'logradouro',
      'numero',
      'bairro',
      'cidade',
      'uf',
    ]);
  });

  it('without a CRM the ERP fields are editable, and a CRM that is down stays a destination', async () => {
    const semCrm = await lerCadastro(MARIA, setup({ semCrm: true }).deps);
    expect(semCrm?.destinos.email).toEqual(['erp']);
    const crm = fakeCrm();
    crm.failFind = 'ERP_INDISPONIVEL';
    const fora = await lerCadastro(MARIA, setup({ crm }).deps);
    expect(fora?.fontes.find((f) => f.sistema === 'crm')?.estado).toBe('erro');
    expect(fora?.destinos.cep).toEqual(['crm', 'erp']);
  });
});

describe('revisarCadastro', () => {
  it('shows old values masked and new ones as typed, only for real changes', async () => {
    const { deps } = setup();
    const r = await revisarCadastro(
      {
        documento: MARIA,
        patch: { email: 'nova@exemplo.com.br', cidade: 'São Paulo', numero: '20' },
        actor: kiosk,
      },
      deps,
    );
    expect(r).toEqual({
      status: 'ok',
      linhas: [
        {
          campo: 'email',
          antes: 'ma***@example.com',
          depois: 'nova@exemplo.com.br',
          destinos: ['crm', 'erp'],
        },
        { campo: 'numero', antes: '***', depois: '20', destinos: ['crm', 'erp'] },
      ],
    });
  });

  it('invalid input comes back per field; nothing changed is said so', async () => {
    const { deps } = setup();
    expect(
      await revisarCadastro({ documento: MARIA, patch: { cep: '123' }, actor: kiosk }, deps),
    ).toMatchObject({
      status: 'invalido',
      fieldErrors: { cep: expect.stringMatching(/8 números/) },
    });
    expect(await revisarCadastro({ documento: MARIA, patch: { uf: 'sp' }, actor: kiosk }, deps)).toEqual({
      status: 'sem-alteracoes',
    });
  });

  it('a kiosk proof for another document authorises nothing', async () => {
    const { deps } = setup();
    const outro: CadastroActor = { kind: 'kiosk', kioskId: 't', prova: provaDaSessao('11144477735', 1) };
    await expect(
      revisarCadastro({ documento: MARIA, patch: { uf: 'RJ' }, actor: outro }, deps),
    ).rejects.toMatchObject({ code: 'CADASTRO_PROVA_NECESSARIA' });
  });
});

describe('editarCadastro', () => {
  it('writes each field to each system that stores it, reads back, audits', async () => {
    const { deps, crm, erp, store, log } = setup();
    const r = await concluido(
      editar(deps, { email: 'nova@exemplo.com.br', logradouro: 'Rua Augusta', celular: '(21) 99876-5432' }),
    );
    expect(r.completo).toBe(true);
    expect(crm.updates).toEqual([
      { email: 'nova@exemplo.com.br', logradouro: 'Rua Augusta', celular: '21998765432' },
    ]);
    // The ERP calls the street `endereco`.
    expect(erp.writes).toEqual([
      { email: 'nova@exemplo.com.br', endereco: 'Rua Augusta', celular: '21998765432' },
    ]);
    const crmSide = r.sistemas.find((s) => s.sistema === 'crm');
    expect(crmSide?.estado).toBe('salvo');
    expect(crmSide?.campos).toContainEqual({
      campo: 'email',
      gravado: 'no***@exemplo.com.br',
      confere: true,
    });
    const erpSide = r.sistemas.find((s) => s.sistema === 'erp');
    // The ERP's contacts can be read back; its address cannot.
    expect(erpSide?.campos).toContainEqual({ campo: 'celular', gravado: '(21) *****-5432', confere: true });
    expect(erpSide?.campos).toContainEqual({ campo: 'logradouro', gravado: null, confere: null });
    expect(store.auditRows).toHaveLength(1);
    expect(store.auditRows[0]).toMatchObject({
      action: 'kiosk.cadastro.editar',
      result: 'ok',
      actor: { kind: 'kiosk', kioskId: 'totem-1' },
      details: { crm: 'salvo', erp: 'salvo', campos: 'celular,email,logradouro' },
    });
    expect(log.lines().filter((l) => l.evento === 'cadastro.pendente')).toHaveLength(0);
  });

  it('a CRM that fails while the ERP succeeds: the ERP keeps the change, the CRM failure is reported and logged without personal data', async () => {
    const { deps, crm, erp, store, log } = setup();
    crm.failUpdate = { code: 'ERP_INDISPONIVEL', applied: false };
    const r = await concluido(editar(deps, { email: 'nova@exemplo.com.br', cep: '20040-020' }));
    expect(r.completo).toBe(false);
    expect(erp.writes).toHaveLength(1);
    expect(r.sistemas.find((s) => s.sistema === 'erp')?.estado).toBe('salvo');
    const crmSide = r.sistemas.find((s) => s.sistema === 'crm');
    expect(crmSide?.estado).not.toBe('salvo');
    // Nothing retried: one attempt only.
    expect(crm.updates).toHaveLength(1);
    const pendente = log.lines().find((l) => l.evento === 'cadastro.pendente');
    expect(pendente).toMatchObject({
      sistema: 'crm',
      campos: ['email', 'cep'],
      documentoHash: hashDocumento(MARIA),
      correlationId: 'corr-1',
    });
    const logText = JSON.stringify(log.lines());
    for (const pessoal of [MARIA, 'nova@exemplo.com.br', '20040020', '20040-020'])
      expect(logText).not.toContain(pessoal);
    expect(store.auditRows[0]).toMatchObject({
      result: 'erro',
      details: { crm: crmSide?.estado, erp: 'salvo' },
    });
    expect(JSON.stringify(store.auditRows)).not.toContain('nova@exemplo');
  });

  it('a write that timed out but was applied is confirmed by reading, never written twice', async () => {
    const { deps, crm } = setup();
    crm.failUpdate = { code: 'ERP_TIMEOUT', applied: true };
    const r = await concluido(editar(deps, { bairro: 'Consolação' }));
    expect(crm.updates).toHaveLength(1);
    expect(r.sistemas.find((s) => s.sistema === 'crm')).toMatchObject({ estado: 'salvo' });
  });

  it('a write that may have been applied and cannot be read back is "uncertain", not "failed" nor "saved"', async () => {
    const { deps, crm } = setup();
    crm.failUpdate = { code: 'ERP_TIMEOUT', applied: true };
    crm.failGet = true;
    const r = await concluido(editar(deps, { bairro: 'Consolação' }));
    expect(r.sistemas.find((s) => s.sistema === 'crm')).toMatchObject({
      estado: 'incerto',
      code: 'ERP_TIMEOUT',
    });
  });

  it('a refused write (bad token) is "failed" at once: no read, no retry', async () => {
    const { deps, crm } = setup();
    crm.failUpdate = { code: 'AUTENTICACAO_ERP', applied: false };
    const readsBefore = crm.reads;
    const r = await concluido(editar(deps, { bairro: 'Consolação' }));
    expect(r.sistemas.find((s) => s.sistema === 'crm')).toMatchObject({
      estado: 'falhou',
      code: 'AUTENTICACAO_ERP',
    });
    expect(crm.updates).toHaveLength(1);
    expect(crm.reads - readsBefore).toBe(1); // the fresh read before writing, nothing after
  });

  it('a CRM that silently truncates is caught by the read-back ("divergente")', async () => {
    const { deps, crm, log } = setup({ erp: fakeErp({ escreve: false }) });
    crm.truncateAt = 10;
    const r = await concluido(editar(deps, { complemento: 'Bloco B apartamento 1203' }));
    expect(r.sistemas).toEqual([
      {
        sistema: 'crm',
        adapterId: 'fake-crm',
        estado: 'divergente',
        campos: [{ campo: 'complemento', gravado: 'Bloco B ap', confere: false }],
      },
    ]);
    expect(log.lines().find((l) => l.evento === 'cadastro.pendente')).toMatchObject({
      camposDivergentes: ['complemento'],
    });
  });

  it('the same confirmed review sent twice writes once and answers the same', async () => {
    const { deps, crm, erp } = setup();
    const a = await editar(deps, { bairro: 'Jardins' }, kiosk, 'mesmo');
    const b = await editar(deps, { bairro: 'Jardins' }, kiosk, 'mesmo');
    expect(crm.updates).toHaveLength(1);
    expect(erp.writes).toHaveLength(1);
    expect(b).toEqual(a);
  });

  it('validates on the server too: nothing is written when a field is invalid or not editable', async () => {
    const { deps, crm, erp } = setup();
    expect(await editar(deps, { celular: '11887654321' })).toMatchObject({ status: 'invalido' });
    expect(await editar(deps, { nome: 'Outra Pessoa' })).toMatchObject({ status: 'invalido' });
    expect(crm.updates).toHaveLength(0);
    expect(erp.writes).toHaveLength(0);
  });

  it('a staff user edits without proof, audited as the desk', async () => {
    const { deps, store } = setup();
    await concluido(editar(deps, { uf: 'RJ', cidade: 'Rio de Janeiro' }, staff));
    expect(store.auditRows[0]).toMatchObject({
      action: 'desk.cadastro.editar',
      actor: { kind: 'staff', userId: 'u1', username: 'ana' },
    });
  });

  it("a company's razão social goes to the CRM only (the ERP has no such field)", async () => {
    const padaria = '11222333000181';
    const crm = fakeCrm([
      crmCliente({ id: '9', documento: padaria, tipo: 'J', nome: 'Padaria Pão Quente Ltda' }),
    ]);
    const { deps, erp } = setup({ crm });
    const actor: CadastroActor = { kind: 'kiosk', kioskId: 't', prova: provaDaSessao(padaria, 1) };
    const r = await editarCadastro(
      { documento: padaria, patch: { nome: 'Padaria Pão Quente e Confeitaria Ltda' }, actor, editId: 'pj' },
      deps,
    );
    expect(r.status).toBe('concluido');
    expect(crm.updates).toEqual([{ nome: 'Padaria Pão Quente e Confeitaria Ltda' }]);
    expect(erp.writes).toHaveLength(0);
  });
});
