import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '@/lib/store/memory';
import { createStaffAuth, hashToken } from './auth';
import { createMemoryStaffRepository } from './memory-repository';
import { hashPassword, verifyPassword } from './password';

const FAST = { log2N: 10, r: 8, p: 1 };
const GOOD = 'cavalo-bateria-grampo';

function setup() {
  let now = 1_000_000;
  const store = createMemoryStore({ hashDocumento: (d) => `h:${d}` });
  const repo = createMemoryStaffRepository();
  const auth = createStaffAuth({
    repo,
    lockouts: store.lockouts,
    audit: store.audit,
    now: () => now,
    rules: { perUser: { maxFailures: 3, lockSeconds: 60 }, perAddress: { maxFailures: 5, lockSeconds: 60 } },
    session: { idleMs: 10_000, maxMs: 60_000 },
    scrypt: FAST,
  });
  return { auth, repo, store, advance: (ms: number) => (now += ms) };
}

describe('staff passwords', () => {
  it('hashes with scrypt, salted, and verifies only the right password', async () => {
    const a = await hashPassword(GOOD, FAST);
    const b = await hashPassword(GOOD, FAST);
    expect(a).toMatch(/^scrypt\$10\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(GOOD, a)).toBe(true);
    expect(await verifyPassword('cavalo-bateria-grampO', a)).toBe(false);
    expect(await verifyPassword(GOOD, 'plain')).toBe(false);
  });
});

describe('staff login', () => {
  it('opens a session for the right password and stores only the token hash', async () => {
    const { auth, repo, store } = setup();
    const admin = await auth.createAdminFromCli({ username: 'Ana.Admin', nome: 'Ana', password: GOOD });
    expect(admin.username).toBe('ana.admin');
    const opened = await auth.login({ username: ' ANA.ADMIN ', password: GOOD, address: '10.0.0.1' });
    expect(await repo.findSession(opened.token)).toBeNull();
    expect(await repo.findSession(hashToken(opened.token))).not.toBeNull();
    expect((await auth.resolveSession(opened.token))?.user.id).toBe(admin.id);
    expect(store.auditRows.map((r) => `${r.action}:${r.result}`)).toEqual([
      'staff.cli.criar_admin:ok',
      'desk.login:ok',
    ]);
  });

  it('refuses a weak first-admin password with the reasons', async () => {
    const { auth } = setup();
    await expect(
      auth.createAdminFromCli({ username: 'admin', nome: 'A', password: 'admin12' }),
    ).rejects.toMatchObject({
      code: 'SENHA_FRACA',
      problems: ['curta', 'contem_usuario'],
    });
    await expect(
      auth.createAdminFromCli({ username: 'admin', nome: 'A', password: 'administrador' }),
    ).rejects.toMatchObject({ problems: ['contem_usuario', 'comum'] });
  });

  it('locks a user after repeated wrong passwords, even with the right one, until the lock ends', async () => {
    const { auth, advance, store } = setup();
    await auth.createAdminFromCli({ username: 'ana', nome: 'Ana', password: GOOD });
    for (let i = 0; i < 2; i++) {
      await expect(
        auth.login({ username: 'ana', password: 'errada-errada', address: null }),
      ).rejects.toMatchObject({
        code: 'LOGIN_INVALIDO',
      });
    }
    await expect(
      auth.login({ username: 'ana', password: 'errada-errada', address: null }),
    ).rejects.toMatchObject({
      code: 'LOGIN_BLOQUEADO',
      retryAfterSeconds: 60,
    });
    await expect(auth.login({ username: 'ana', password: GOOD, address: null })).rejects.toMatchObject({
      code: 'LOGIN_BLOQUEADO',
    });
    advance(61_000);
    await expect(auth.login({ username: 'ana', password: GOOD, address: null })).resolves.toBeTruthy();
    expect(store.auditRows.filter((r) => r.result === 'recusado')).toHaveLength(4);
  });

  it('limits failures per address across usernames, known or not', async () => {
    const { auth } = setup();
    await auth.createAdminFromCli({ username: 'ana', nome: 'Ana', password: GOOD });
    for (const u of ['x1', 'x2', 'x3', 'x4']) {
      await expect(auth.login({ username: u, password: 'nada', address: '1.2.3.4' })).rejects.toMatchObject({
        code: 'LOGIN_INVALIDO',
      });
    }
    await expect(auth.login({ username: 'x5', password: 'nada', address: '1.2.3.4' })).rejects.toMatchObject({
      code: 'LOGIN_BLOQUEADO',
    });
    await expect(auth.login({ username: 'ana', password: GOOD, address: '1.2.3.4' })).rejects.toMatchObject({
      code: 'LOGIN_BLOQUEADO',
    });
    await expect(auth.login({ username: 'ana', password: GOOD, address: '5.6.7.8' })).resolves.toBeTruthy();
  });

  it('ends sessions after idle time and after their absolute lifetime', async () => {
    const { auth, advance } = setup();
    await auth.createAdminFromCli({ username: 'ana', nome: 'Ana', password: GOOD });
    const idle = await auth.login({ username: 'ana', password: GOOD, address: null });
    advance(10_001);
    expect(await auth.resolveSession(idle.token)).toBeNull();

    const busy = await auth.login({ username: 'ana', password: GOOD, address: null });
    for (let t = 0; t < 6; t++) {
      advance(9_000); // within the idle window each time: the session stays alive
      expect(await auth.resolveSession(busy.token)).not.toBeNull();
    }
    advance(7_000); // 61 s after login: past the absolute lifetime
    expect(await auth.resolveSession(busy.token)).toBeNull();
  });
  it('a temporary password must be changed; the change ends every other session', async () => {
    const { auth } = setup();
    const admin = await auth.createAdminFromCli({ username: 'ana', nome: 'Ana', password: GOOD });
    const { user, temporaryPassword } = await auth.createUser(admin, {
      username: 'bia',
      nome: 'Bia',
      role: 'atendente',
    });
    expect(user.mustChangePassword).toBe(true);
    const s1 = await auth.login({ username: 'bia', password: temporaryPassword, address: null });
    const s2 = await auth.login({ username: 'bia', password: temporaryPassword, address: null });
    await expect(auth.changePassword(s1.user, 'errada-errada', 'outra-senha-boa-1')).rejects.toMatchObject({
      code: 'SENHA_ATUAL_INCORRETA',
    });
    await expect(auth.changePassword(s1.user, temporaryPassword, 'bia12345')).rejects.toMatchObject({
      code: 'SENHA_FRACA',
    });
    const s3 = await auth.changePassword(s1.user, temporaryPassword, 'outra-senha-boa-1');
    expect(s3.user.mustChangePassword).toBe(false);
    expect(await auth.resolveSession(s1.token)).toBeNull();
    expect(await auth.resolveSession(s2.token)).toBeNull();
    expect(await auth.resolveSession(s3.token)).not.toBeNull();
  });

  it('logout everywhere, disable and reset end the sessions; the last admin stays', async () => {
    const { auth } = setup();
    const admin = await auth.createAdminFromCli({ username: 'ana', nome: 'Ana', password: GOOD });
    const a1 = await auth.login({ username: 'ana', password: GOOD, address: null });
    const a2 = await auth.login({ username: 'ana', password: GOOD, address: null });
    expect(await auth.logoutEverywhere(admin)).toBe(2);
    expect(await auth.resolveSession(a1.token)).toBeNull();
    expect(await auth.resolveSession(a2.token)).toBeNull();

    await expect(auth.setDisabled(admin, admin.id, true)).rejects.toMatchObject({ code: 'ACESSO_NEGADO' });
    await expect(auth.setRole(admin, admin.id, 'atendente')).rejects.toMatchObject({ code: 'ACESSO_NEGADO' });

    const { user, temporaryPassword } = await auth.createUser(admin, {
      username: 'caio',
      nome: 'Caio',
      role: 'supervisor',
    });
    const c = await auth.login({ username: 'caio', password: temporaryPassword, address: null });
    await auth.setDisabled(admin, user.id, true);
    expect(await auth.resolveSession(c.token)).toBeNull();
    await expect(
      auth.login({ username: 'caio', password: temporaryPassword, address: null }),
    ).rejects.toMatchObject({
      code: 'LOGIN_INVALIDO',
    });
    await auth.setDisabled(admin, user.id, false);
    const reset = await auth.resetPassword(admin, user.id);
    await expect(
      auth.login({ username: 'caio', password: temporaryPassword, address: null }),
    ).rejects.toMatchObject({
      code: 'LOGIN_INVALIDO',
    });
    expect(
      (await auth.login({ username: 'caio', password: reset.temporaryPassword, address: null })).user
        .mustChangePassword,
    ).toBe(true);
  });
});
