import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { NewStaffUser, StaffRepository } from './types';

/** The behaviour every StaffRepository keeps (memory and SQL), run by each implementation's test file. */
export function staffRepositoryContract(make: () => Promise<StaffRepository>): void {
  const user = (username: string, over: Partial<NewStaffUser> = {}): NewStaffUser => ({
    id: randomUUID(),
    username,
    nome: `Nome ${username}`,
    role: 'atendente',
    passwordHash: 'scrypt$10$8$1$c2FsdA$aGFzaA',
    mustChangePassword: true,
    disabled: false,
    ...over,
  });

  it('creates, finds and lists users; a taken username is refused', async () => {
    const repo = await make();
    expect(await repo.countUsers()).toBe(0);
    const ana = await repo.createUser(user('ana', { role: 'admin', mustChangePassword: false }), 1000);
    expect(ana).toMatchObject({ username: 'ana', role: 'admin', mustChangePassword: false, createdAt: 1000 });
    await repo.createUser(user('bia'), 2000);
    await expect(repo.createUser(user('ana'), 3000)).rejects.toMatchObject({ code: 'USUARIO_EXISTENTE' });
    expect(await repo.countUsers()).toBe(2);
    expect((await repo.findUserByUsername('bia'))?.nome).toBe('Nome bia');
    expect(await repo.findUserByUsername('nobody')).toBeNull();
    expect((await repo.findUserById(ana.id))?.username).toBe('ana');
    expect((await repo.listUsers()).map((u) => u.username)).toEqual(['ana', 'bia']);
  });

  it('updates only the given fields', async () => {
    const repo = await make();
    const u = await repo.createUser(user('caio'), 1000);
    const updated = await repo.updateUser(u.id, { role: 'supervisor', disabled: true }, 5000);
    expect(updated).toMatchObject({
      role: 'supervisor',
      disabled: true,
      mustChangePassword: true,
      updatedAt: 5000,
    });
    expect(updated?.passwordHash).toBe(u.passwordHash);
    expect(await repo.updateUser(randomUUID(), { role: 'admin' }, 6000)).toBeNull();
  });

  it('keeps sessions by token hash, touches, deletes one or all of a user', async () => {
    const repo = await make();
    const u = await repo.createUser(user('dani'), 1000);
    const v = await repo.createUser(user('edu'), 1000);
    await repo.createSession({ tokenHash: 'h1', userId: u.id, createdAt: 10, lastSeen: 10 });
    await repo.createSession({ tokenHash: 'h2', userId: u.id, createdAt: 20, lastSeen: 20 });
    await repo.createSession({ tokenHash: 'h3', userId: v.id, createdAt: 30, lastSeen: 30 });
    await repo.touchSession('h1', 99);
    expect(await repo.findSession('h1')).toEqual({
      tokenHash: 'h1',
      userId: u.id,
      createdAt: 10,
      lastSeen: 99,
    });
    await repo.deleteSession('h1');
    expect(await repo.findSession('h1')).toBeNull();
    expect(await repo.deleteUserSessions(u.id)).toBe(1);
    expect(await repo.findSession('h2')).toBeNull();
    expect(await repo.findSession('h3')).not.toBeNull();
  });
}
