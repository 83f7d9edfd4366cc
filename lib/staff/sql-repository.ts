import type { Kysely, Selectable, Updateable } from 'kysely';
import { DomainError } from '@/lib/domain/errors';
import type { Database, StaffUsersTable } from '@/lib/store/schema';
import { isStaffRole } from './roles';
import type { StaffRepository, StaffUser } from './types';

/**
 * Staff users and desk sessions in the store (SQLite or PostgreSQL, migration `balcao`), so the admin created by
 * the CLI is the one the server sees, and a desk session is valid (and revocable) on every instance.
 */
function toUser(r: Selectable<StaffUsersTable>): StaffUser {
  return {
    id: r.id,
    username: r.username,
    nome: r.nome,
    role: isStaffRole(r.role) ? r.role : 'atendente',
    passwordHash: r.password_hash,
    mustChangePassword: Number(r.must_change_password) === 1,
    disabled: Number(r.disabled) === 1,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

export function createSqlStaffRepository(db: Kysely<Database>): StaffRepository {
  const byId = async (id: string) => {
    const r = await db.selectFrom('staff_users').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toUser(r) : null;
  };
  const byUsername = async (username: string) => {
    const r = await db
      .selectFrom('staff_users')
      .selectAll()
      .where('username', '=', username)
      .executeTakeFirst();
    return r ? toUser(r) : null;
  };

  return {
    async countUsers() {
      const r = await db
        .selectFrom('staff_users')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async createUser(user, now) {
      const inserted = await db
        .insertInto('staff_users')
        .values({
          id: user.id,
          username: user.username,
          nome: user.nome,
          role: user.role,
          password_hash: user.passwordHash,
          must_change_password: user.mustChangePassword ? 1 : 0,
          disabled: user.disabled ? 1 : 0,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.column('username').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new DomainError('USUARIO_EXISTENTE');
      const created = await byId(user.id);
      if (!created) throw new DomainError('ERRO_INTERNO', { details: 'usuário criado não foi relido' });
      return created;
    },
    findUserById: byId,
    findUserByUsername: byUsername,
    async listUsers() {
      const rows = await db.selectFrom('staff_users').selectAll().orderBy('username').execute();
      return rows.map(toUser);
    },
    async updateUser(id, patch, now) {
      const set: Updateable<StaffUsersTable> = { updated_at: now };
      if (patch.nome !== undefined) set.nome = patch.nome;
      if (patch.role !== undefined) set.role = patch.role;
      if (patch.passwordHash !== undefined) set.password_hash = patch.passwordHash;
      if (patch.mustChangePassword !== undefined) set.must_change_password = patch.mustChangePassword ? 1 : 0;
      if (patch.disabled !== undefined) set.disabled = patch.disabled ? 1 : 0;
      await db.updateTable('staff_users').set(set).where('id', '=', id).execute();
      return byId(id);
    },
    async createSession(s) {
      await db
        .insertInto('staff_sessions')
        .values({
          token_hash: s.tokenHash,
          user_id: s.userId,
          created_at: s.createdAt,
          last_seen: s.lastSeen,
        })
        .execute();
    },
    async findSession(tokenHash) {
      const r = await db
        .selectFrom('staff_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r
        ? {
            tokenHash: r.token_hash,
            userId: r.user_id,
            createdAt: Number(r.created_at),
            lastSeen: Number(r.last_seen),
          }
        : null;
    },
    async touchSession(tokenHash, now) {
      await db
        .updateTable('staff_sessions')
        .set({ last_seen: now })
        .where('token_hash', '=', tokenHash)
        .execute();
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('staff_sessions').where('token_hash', '=', tokenHash).execute();
    },
    async deleteUserSessions(userId) {
      const r = await db.deleteFrom('staff_sessions').where('user_id', '=', userId).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
