import { DomainError } from '@/lib/domain/errors';
import type { StaffRepository, StaffSessionRecord, StaffUser } from './types';

/** In-process staff repository: for unit tests and as the reference the store's implementation is tested against. */
export function createMemoryStaffRepository(): StaffRepository {
  const users = new Map<string, StaffUser>();
  const sessions = new Map<string, StaffSessionRecord>();
  const byUsername = (username: string) => [...users.values()].find((u) => u.username === username) ?? null;

  return {
    async countUsers() {
      return users.size;
    },
    async createUser(user, now) {
      if (byUsername(user.username)) throw new DomainError('USUARIO_EXISTENTE');
      const full: StaffUser = { ...user, createdAt: now, updatedAt: now };
      users.set(user.id, full);
      return { ...full };
    },
    async findUserById(id) {
      const u = users.get(id);
      return u ? { ...u } : null;
    },
    async findUserByUsername(username) {
      const u = byUsername(username);
      return u ? { ...u } : null;
    },
    async listUsers() {
      return [...users.values()].map((u) => ({ ...u })).sort((a, b) => a.username.localeCompare(b.username));
    },
    async updateUser(id, patch, now) {
      const u = users.get(id);
      if (!u) return null;
      const next = { ...u, ...patch, updatedAt: now };
      users.set(id, next);
      return { ...next };
    },
    async createSession(session) {
      sessions.set(session.tokenHash, { ...session });
    },
    async findSession(tokenHash) {
      const s = sessions.get(tokenHash);
      return s ? { ...s } : null;
    },
    async touchSession(tokenHash, now) {
      const s = sessions.get(tokenHash);
      if (s) s.lastSeen = now;
    },
    async deleteSession(tokenHash) {
      sessions.delete(tokenHash);
    },
    async deleteUserSessions(userId) {
      let n = 0;
      for (const [k, s] of sessions) {
        if (s.userId === userId) {
          sessions.delete(k);
          n++;
        }
      }
      return n;
    },
  };
}
