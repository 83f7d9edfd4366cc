import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVtigerCrm, type VtigerCrmOptions } from '@/lib/crm/vtiger';
import type { CrmField } from '@/lib/crm/port';
import { silentLogger } from '@/lib/http';
import { startVtigerSimulator } from '@/test/simulators/vtiger/server';
import { CRM_FAULT_TIMEOUT_MS, bareDocumento, faultHttp, startCrmSimulator, storedByKeys } from './crm-sim';
import { runCrmContractTests } from './crm';
import { CRM_FIXTURES } from './crm-fixtures';
import { expectDomainError } from './erp';

const { sim, deadUrl } = await startCrmSimulator(() => startVtigerSimulator());
const TIMEOUT_MS = CRM_FAULT_TIMEOUT_MS;
const base = (name: string, over: Partial<VtigerCrmOptions> = {}): VtigerCrmOptions => ({
  url: sim.url,
  username: sim.username,
  accessKey: sim.accessKey,
  module: 'Contacts',
  documentField: 'CPF/CNPJ',
  http: faultHttp(name),
  ...over,
});
let adapter = createVtigerCrm({ ...base('vt'), http: { logger: silentLogger } });
const faulty = createVtigerCrm(base('vt-faulty'));
const unreachable = createVtigerCrm(base('vt-unreachable', { url: deadUrl }));
const wrongCredential = createVtigerCrm(base('vt-wrong', { accessKey: 'XXXXXXXXXXXXXXXX' }));

/** Domain field → Contacts field, read straight from the simulator's records. */
const KEYS: Partial<Record<CrmField, string>> = {
  email: 'email',
  telefone: 'phone',
  celular: 'mobile',
  cep: 'mailingzip',
  logradouro: 'mailingstreet',
  cidade: 'mailingcity',
  uf: 'mailingstate',
};
const contactOf = (doc: string) => sim.records('Contacts').find((r) => bareDocumento(r.cf_853) === doc);

runCrmContractTests({
  name: 'vtiger',
  adapter: () => adapter,
  fixtures: { ...CRM_FIXTURES, idDesconhecido: '12x999' },
  backdoor: () => ({
    stored: (doc) => storedByKeys(contactOf(doc), KEYS),
    rawDocumento: (doc) => contactOf(doc)?.cf_853 ?? null,
    reset: () => sim.reset(),
  }),
  faults: () => ({
    adapter: faulty,
    timeoutMs: TIMEOUT_MS,
    set: (rule) => sim.server.setFault(rule),
    unreachable,
    wrongCredential,
    writeMethod: 'POST',
    writes: () =>
      sim.server.requests.filter((r) => r.method === 'POST' && r.bodyText.includes('operation=revise'))
        .length,
    rejectNextWrite: (field) => sim.rejectNextWrite(KEYS[field] ?? field),
  }),
});

describe('vtiger specifics (INTEGRATIONS.md §C, measured on 8.3)', () => {
  beforeEach(() => {
    sim.reset();
    sim.server.clearRequests();
  });
  afterEach(() => sim.reset());
  const fresh = () => createVtigerCrm({ ...base(`vt-${Math.random()}`), http: { logger: silentLogger } });

  it('logs in once with md5(token + access key), then reuses the session', async () => {
    adapter = fresh();
    await adapter.findClienteByDocumento('52998224725');
    await adapter.findClienteByDocumento('11222333000181');
    await adapter.getCliente('12x200');
    expect(sim.operations()).toEqual(['getchallenge', 'login', 'describe', 'query', 'query', 'retrieve']);
  });

  it('reads by GET with the parameters in the query, writes by POST form-encoded with element as JSON', async () => {
    await adapter.updateCliente('12x200', { email: 'maria.nova@example.com' });
    const reqs = sim.server.requests;
    const query = reqs.find((r) => r.path.endsWith('/webservice.php') && r.method === 'GET');
    expect(query?.bodyText).toBe('');
    const revise = reqs.find((r) => r.bodyText.includes('operation=revise'));
    expect(revise?.method).toBe('POST');
    expect(revise?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const element = JSON.parse(new URLSearchParams(revise?.bodyText).get('element') ?? '{}') as object;
    expect(element).toEqual({ id: '12x200', email: 'maria.nova@example.com' });
  });

  it('asks for the document as stored both ways in one VTQL query on the configured field', async () => {
    await adapter.findClienteByDocumento('52998224725');
    await adapter.findClienteByDocumento('12ABC34501DE35');
    expect(sim.queries()).toEqual([
      "SELECT * FROM Contacts WHERE cf_853 IN ('529.982.247-25','52998224725');",
      "SELECT * FROM Contacts WHERE cf_853 IN ('12.ABC.345/01DE-35','12ABC34501DE35');",
    ]);
  });

  it('renews a session the server dropped and repeats the call once, reads and writes alike', async () => {
    adapter = fresh();
    await adapter.findClienteByDocumento('52998224725');
    sim.expireSessions();
    expect(await adapter.findClienteByDocumento('52998224725')).toMatchObject({ id: '12x200' });
    sim.expireSessions();
    expect(await adapter.updateCliente('12x200', { celular: '11955554444' })).toMatchObject({
      celular: '11955554444',
    });
    expect(sim.operations().filter((o) => o === 'login')).toHaveLength(3);
    expect(sim.operations().filter((o) => o === 'revise')).toHaveLength(1);
  });

  it('logs in again once when another process replaced the challenge token', async () => {
    adapter = fresh();
    sim.stealChallengeBeforeNextLogin();
    expect(await adapter.findClienteByDocumento('52998224725')).toMatchObject({ id: '12x200' });
    expect(sim.operations()).toEqual(['getchallenge', 'login', 'getchallenge', 'login', 'describe', 'query']);
  });

  it('writes with revise, never update, and keeps fields it did not send', async () => {
    const before = sim.records('Contacts').find((r) => r.id === '12x200');
    await adapter.updateCliente('12x200', { cidade: 'Santos' });
    const after = sim.records('Contacts').find((r) => r.id === '12x200');
    expect(after).toEqual({ ...before, mailingcity: 'Santos' });
    expect(sim.operations()).not.toContain('update');
  });

  it('a missing record answers ACCESS_DENIED: getCliente is null, update is CLIENTE_NAO_ENCONTRADO', async () => {
    expect(await adapter.getCliente('12x999')).toBeNull();
    expect(await adapter.getCliente('11x300')).toBeNull(); // another module's id
    await expectDomainError(adapter.updateCliente('12x999', { cidade: 'Santos' }), 'CLIENTE_NAO_ENCONTRADO');
  });

  it('shows what Vtiger stored after it silently truncated a value (success:true)', async () => {
    const long = 'São José dos Campos do Norte e do Sul da Serra Alta';
    const after = await adapter.updateCliente('12x200', { cidade: long });
    expect(after.cidade).toBe(long.slice(0, 40).trim());
  });

  it('finds the document field by its label or its name, and names a wrong one', async () => {
    const byName = createVtigerCrm({ ...base('vt-name', { documentField: 'cf_853' }) });
    expect(await byName.findClienteByDocumento('11222333000181')).toMatchObject({ id: '12x201' });
    const wrong = createVtigerCrm({ ...base('vt-bad', { documentField: 'RG' }) });
    const e = await expectDomainError(wrong.findClienteByDocumento('52998224725'), 'CONFIGURACAO_INVALIDA');
    expect(e.details).toContain('VTIGER_DOCUMENT_FIELD');
  });

  it('reads Accounts too: razão social editable, billing address', async () => {
    const accounts = createVtigerCrm({ ...base('vt-acc', { module: 'Accounts' }) });
    const padaria = await accounts.findClienteByDocumento('11222333000181');
    expect(padaria).toMatchObject({
      id: '11x300',
      nome: 'Padaria Pão Quente Ltda',
      tipo: 'J',
      cidade: 'Rio de Janeiro',
    });
    expect(accounts.fields.has('nome')).toBe(true);
    const updated = await accounts.updateCliente('11x300', { nome: 'Padaria Pão Quente Eireli' });
    expect(updated.nome).toBe('Padaria Pão Quente Eireli');
  });

  it('an HTTP 500 with an empty body (database down) → CRM_INDISPONIVEL', async () => {
    sim.server.setFault({ fault: { kind: 'status', status: 500, body: '' } });
    await expectDomainError(faulty.findClienteByDocumento('52998224725'), 'CRM_INDISPONIVEL', true);
  });
});
