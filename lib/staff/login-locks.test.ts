import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@/lib/store/memory';
import { createStaffAuth } from './auth';
import { bloqueiosDeLogin, liberarLogin } from './login-locks';
import { createMemoryStaffRepository } from './memory-repository';
import type { StaffRole } from './roles';

const FAST = { log2N: 10, r: 8, p: 1 };
const GOOD = 'cavalo-bateria-grampo';
const WRONG = 'senha-errada-de-proposito';

async function setup() {
  let now = 1_000_000;
  const store = createMemoryStore({ hashDocumento: (d) => `h:${d}` });
  const repo = createMemoryStaffRepository();
  const auth = createStaffAuth({
    repo,
    lockouts: store.lockouts,
    audit: store.audit,
    now: () => now,
    rules: {
      perUser: { maxFailures: 3, lockSeconds: 600 },
      perAddress: { maxFailures: 5, lockSeconds: 600 },
    },
    session: { idleMs: 60_000, maxMs: 600_000 },
    scrypt: FAST,
  });
  const admin = await auth.createAdminFromCli({ username: 'ana', nome: 'Ana Admin', password: GOOD });
  const make = async (username: string, role: StaffRole) =>
    (await auth.createUser(admin, { username, nome: username.toUpperCase(), role })).user;
  const deps = { lockouts: store.lockouts, repo, audit: store.audit, now: () => now };
  /** `times` wrong passwords for the user (3 lock it). */
  const lockOut = async (username: string, times = 3) => {
    for (let i = 0; i < times; i++)
      await auth.login({ username, password: WRONG, address: null }).catch(() => undefined);
  };
  /** Five wrong passwords from one address, each for another (unknown) name: the address is locked. */
  const lockAddress = async (address: string) => {
    for (let i = 0; i < 5; i++)
      await auth.login({ username: `quem${i}`, password: WRONG, address }).catch(() => undefined);
  };
  return { auth, store, repo, admin, make, deps, lockOut, lockAddress, advance: (ms: number) => (now += ms) };
}

describe('staff-login lockouts: the supervisor list', () => {
  it('lists locked users with the time left and the addresses, never names nobody has', async () => {
    const { make, deps, lockOut, lockAddress, advance } = await setup();
    const sup = await make('sofia', 'supervisor');
    await make('beto', 'atendente');
    await lockOut('beto');
    await lockOut('carla'); // a name nobody has: not listed
    await lockAddress('10.1.2.3');
    await lockOut('sofia', 2); // two failures: not locked yet
    advance(60_000);
    const list = await bloqueiosDeLogin(deps, sup);
    expect(list).toEqual([
      {
        key: 'staff-login:usuario:beto',
        tipo: 'usuario',
        usuario: expect.objectContaining({ username: 'beto', nome: 'BETO', role: 'atendente' }),
        failures: 3,
        retryAfterSeconds: 540,
        podeLiberar: true,
      },
      {
        key: 'staff-login:endereco:10.1.2.3',
        tipo: 'endereco',
        endereco: '10.1.2.3',
        failures: 5,
        retryAfterSeconds: 540,
        podeLiberar: true,
      },
    ]);
    // Past the lock, nothing is listed.
    advance(541_000);
    expect(await bloqueiosDeLogin(deps, sup)).toEqual([]);
  });

  it('a supervisor sees a locked admin but may not lift it; an admin may', async () => {
    const { admin, make, deps, lockOut } = await setup();
    const sup = await make('sofia', 'supervisor');
    await lockOut('ana');
    expect((await bloqueiosDeLogin(deps, sup)).map((b) => [b.key, b.podeLiberar])).toEqual([
      ['staff-login:usuario:ana', false],
    ]);
    await expect(liberarLogin(deps, sup, 'staff-login:usuario:ana')).rejects.toMatchObject({
      code: 'ACESSO_NEGADO',
    });
    expect((await deps.lockouts.status('staff-login:usuario:ana', deps.now())).locked).toBe(true);
    expect((await bloqueiosDeLogin(deps, admin))[0]?.podeLiberar).toBe(true);
  });
});

describe('staff-login lockouts: Liberar', () => {
  it('unlocks the user at once (the right password works again) and audits who did it, no password', async () => {
    const { auth, store, admin, make, deps, lockOut } = await setup();
    const sup = await make('sofia', 'supervisor');
    const created = await auth.createUser(admin, { username: 'beto', nome: 'Beto', role: 'atendente' });
    const beto = created.user;
    await auth.changePassword(beto, created.temporaryPassword, GOOD + '-b');
    await lockOut('beto');
    await expect(
      auth.login({ username: 'beto', password: GOOD + '-b', address: null }),
    ).rejects.toMatchObject({ code: 'LOGIN_BLOQUEADO' });
    expect(await liberarLogin(deps, sup, 'staff-login:usuario:beto')).toEqual({
      tipo: 'usuario',
      usuario: 'beto',
      estavaBloqueado: true,
    });
    expect((await auth.login({ username: 'beto', password: GOOD + '-b', address: null })).user.id).toBe(
      beto.id,
    );
    const row = store.auditRows.find((r) => r.action === 'desk.login.desbloquear');
    expect(row).toMatchObject({
      actor: { kind: 'staff', userId: sup.id, username: 'sofia' },
      result: 'ok',
      details: { tipo: 'usuario', usuarioId: beto.id, usuario: 'beto', estava: true },
    });
    const trail = JSON.stringify(store.auditRows);
    expect(trail).not.toContain(WRONG);
    expect(trail).not.toContain(GOOD);
  });

  it('unlocks an address without writing it to the trail', async () => {
    const { store, make, deps, lockAddress } = await setup();
    const sup = await make('sofia', 'supervisor');
    await lockAddress('192.0.2.77');
    expect(await liberarLogin(deps, sup, 'staff-login:endereco:192.0.2.77')).toMatchObject({
      tipo: 'endereco',
      estavaBloqueado: true,
    });
    expect(await bloqueiosDeLogin(deps, sup)).toEqual([]);
    const row = store.auditRows.find((r) => r.action === 'desk.login.desbloquear');
    expect(row?.details).toEqual({ tipo: 'endereco', usuarioId: null, usuario: null, estava: true });
    expect(JSON.stringify(store.auditRows.filter((r) => r.action.startsWith('desk.login.d')))).not.toContain(
      '192.0.2.77',
    );
  });

  it('refuses keys that are not staff logins, and names nobody has', async () => {
    const { make, deps } = await setup();
    const sup = await make('sofia', 'supervisor');
    await deps.lockouts.fail('cadastro.prova:abc', { maxFailures: 1, lockSeconds: 60 }, deps.now());
    for (const key of ['cadastro.prova:abc', 'lookup:global', 'staff-login:usuario:ninguem', '']) {
      await expect(liberarLogin(deps, sup, key), key).rejects.toMatchObject({ code: 'BLOQUEIO_INVALIDO' });
    }
    expect((await deps.lockouts.status('cadastro.prova:abc', deps.now())).locked).toBe(true);
  });
});
