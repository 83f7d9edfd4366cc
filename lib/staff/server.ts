import 'server-only';
import { createHmac } from 'node:crypto';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { getStore } from '@/lib/store';
import { createStaffAuth, type StaffAuth } from './auth';
import { createMemoryStaffRepository } from './memory-repository';
import type { StaffRepository } from './types';

/**
 * The process's staff repository. Until the SQLite/PostgreSQL store (issue #12) lands it is in memory, so a
 * user created by the CLI is not seen by the server: the store's implementation replaces it here.
 */
export function getStaffRepository(): StaffRepository {
  return processSingleton('staff-repository', () => createMemoryStaffRepository());
}

export async function getStaffAuth(): Promise<StaffAuth> {
  const store = await getStore();
  return processSingleton('staff-auth', () => {
    const { staff } = getConfig();
    return createStaffAuth({
      repo: getStaffRepository(),
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

/**
 * The desk's own key, derived from SESSION_SECRET with a label: what the desk seals (customer references in
 * its URLs) can never be opened with the kiosk's key, nor the kiosk's cookie with this one.
 */
export function deskKey(): string {
  return createHmac('sha256', getConfig().session.secret).update('totem/balcao/v1').digest('base64url');
}
