import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Staff edit a registration at the desk: the real action, service, demo CRM and demo ERP and store; only the
 * cookie jar stands in for next/headers. No ownership proof is asked (staff checked an ID in person), the
 * customer comes from the sealed reference, and the audit trail names the staff user.
 */
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (opt: string | { name: string }) => void jar.delete(typeof opt === 'string' ? opt : opt.name),
  }),
  headers: async () => new Headers(),
}));

const { editarCadastroBalcaoAction } = await import('@/lib/actions/desk/cadastro');
const { getStore } = await import('@/lib/store');
const { getErp } = await import('@/lib/erp/registry');
const { getCrm } = await import('@/lib/crm/registry');

const MARIA = '52998224725';
let ref = '';
let userId = '';

beforeAll(async () => {
  const { getStaffRepository } = await import('@/lib/staff/server');
  const { hashToken } = await import('@/lib/staff/auth');
  const { hashPassword } = await import('@/lib/staff/password');
  const { sealCustomerRef } = await import('@/lib/staff/customer-ref');
  const repo = await getStaffRepository();
  userId = randomUUID();
  await repo.createUser(
    {
      id: userId,
      username: 'ana.balcao',
      nome: 'Ana',
      role: 'atendente',
      passwordHash: await hashPassword('irrelevante-aqui', { log2N: 10, r: 8, p: 1 }),
      mustChangePassword: false,
      disabled: false,
    },
    Date.now(),
  );
  const token = randomBytes(32).toString('base64url');
  await repo.createSession({
    tokenHash: hashToken(token),
    userId,
    createdAt: Date.now(),
    lastSeen: Date.now(),
  });
  jar.set('totem_balcao', token);
  ref = await sealCustomerRef(MARIA);
});

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function auditRows() {
  const store = await getStore();
  return (await store.audit.query({ action: 'desk.cadastro.editar', documento: MARIA })).rows;
}

describe('desk registration edit', () => {
  it('writes a phone to the CRM and the ERP without an ownership proof, audited as the staff user', async () => {
    const editId = randomUUID();
    const result = await editarCadastroBalcaoAction(null, form({ ref, editId, telefone: '(21) 3333-4444' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.edicao).toMatchObject({
      status: 'concluido',
      resultado: { completo: true },
    });
    if (result.data.edicao.status !== 'concluido') return;
    expect(result.data.edicao.resultado.sistemas.map((s) => [s.sistema, s.estado]).sort()).toEqual([
      ['crm', 'salvo'],
      ['erp', 'salvo'],
    ]);
    expect(result.data.proximoEditId).not.toBe(editId);
    // Read back independently of the action: both systems hold the new landline.
    expect(await getErp().listContatos(MARIA)).toContainEqual({ type: 'phone', value: '2133334444' });
    expect((await getCrm()?.findClienteByDocumento(MARIA))?.telefone).toBe('2133334444');

    const [row] = await auditRows();
    expect(row).toMatchObject({
      actor: { kind: 'staff', userId, username: 'ana.balcao' },
      result: 'ok',
      details: { campos: 'telefone', editId, crm: 'salvo', erp: 'salvo' },
    });
    expect(JSON.stringify(row)).not.toContain('3333');
  });

  it('the same submission sent twice writes once', async () => {
    const editId = randomUUID();
    const before = (await auditRows()).length;
    const input = { ref, editId, celular: '21988887777' };
    const [a, b] = await Promise.all([
      editarCadastroBalcaoAction(null, form(input)),
      editarCadastroBalcaoAction(null, form(input)),
    ]);
    expect(a).toMatchObject({ ok: true, data: { edicao: { status: 'concluido' } } });
    expect(b).toMatchObject({ ok: true, data: { edicao: { status: 'concluido' } } });
    expect((await auditRows()).length).toBe(before + 1);
  });

  it('refuses an invalid value field by field, writes nothing, and records the refusal without the value', async () => {
    const result = await editarCadastroBalcaoAction(
      null,
      form({ ref, editId: randomUUID(), email: 'maria@', telefone: '(00) 1234-5678' }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        edicao: {
          status: 'invalido',
          fieldErrors: {
            email: expect.stringContaining('E-mail inválido'),
            telefone: expect.stringContaining('DDD inválido'),
          },
        },
      },
    });
    expect((await getCrm()?.findClienteByDocumento(MARIA))?.email).toBe('maria.silva@example.com');
    const [row] = await auditRows();
    expect(row).toMatchObject({ result: 'recusado', details: { invalidos: 'telefone,email' } });
    expect(JSON.stringify(row)).not.toContain('maria@');
  });

  it('takes the customer only from the sealed reference', async () => {
    expect(await editarCadastroBalcaoAction(null, form({ ref: MARIA, editId: randomUUID() }))).toMatchObject({
      ok: false,
      code: 'CLIENTE_NAO_ENCONTRADO',
    });
    expect(await editarCadastroBalcaoAction(null, form({ ref, editId: 'nao-e-uuid' }))).toMatchObject({
      ok: false,
      code: 'CLIENTE_NAO_ENCONTRADO',
    });
  });
});
