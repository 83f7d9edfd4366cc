import 'server-only';
import { createHmac } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { getDb, getStore } from '@/lib/store';
import { createStaffAuth, type StaffAuth } from './auth';
import type { LoginLockDeps } from './login-locks';
import { createSqlStaffRepository } from './sql-repository';
import type { StaffRepository } from './types';

/**
 * Staff users and desk sessions live in the store (SQLite file or PostgreSQL), so the admin created by the CLI
 * is the one the server sees and a session is valid on every instance.
 */
export async function getStaffRepository(): Promise<StaffRepository> {
  const { kysely } = await getDb();
  return processSingleton('staff-repository', () => createSqlStaffRepository(kysely));
}

export async function getStaffAuth(): Promise<StaffAuth> {
  const store = await getStore();
  const repo = await getStaffRepository();
  return processSingleton('staff-auth', () => {
    const { staff } = getConfig();
    return createStaffAuth({
      repo,
      lockouts: store.lockouts,
      audit: store.audit,
      now: Date.now,
      rules: {
        perUser: { maxFailures: staff.loginMaxFailures, lockSeconds: staff.loginLockSeconds },
        perAddress: { maxFailures: staff.loginMaxFailuresPerAddress, lockSeconds: staff.loginLockSeconds },
      },
      session: { idleMs: staff.idleSeconds * 1000, maxMs: staff.maxSeconds * 1000 },
    });
  });
}

/** What the supervisor's "Logins bloqueados" screen and its unlock use (lib/staff/login-locks.ts). */
export async function loginLockDeps(): Promise<LoginLockDeps> {
  const store = await getStore();
  return { lockouts: store.lockouts, repo: await getStaffRepository(), audit: store.audit, now: Date.now };
}

/**
 * The desk's own key, derived from SESSION_SECRET with a label: what the desk seals (customer references in
 * its URLs) can never be opened with the kiosk's key, nor the kiosk's cookie with this one.
 */
export function deskKey(): string {
  return createHmac('sha256', getConfig().session.secret).update('totem/balcao/v1').digest('base64url');
}
