import { DomainError } from '@/lib/domain/errors';
import type { AuditLog, LockoutStore } from '@/lib/store/types';
import { parseStaffLoginLockKey, STAFF_LOGIN_LOCK_PREFIX, staffActor } from './auth';
import { roleAtLeast, type StaffRole } from './roles';
import type { StaffRepository, StaffUser } from './types';

/**
 * Staff logins locked by wrong passwords in a row (lib/staff/auth.ts: per user, and per client address behind a
 * trusted proxy), for the supervisor's "Logins bloqueados" screen: the list with the time left, and the unlock.
 *
 * - Only usernames of existing users are listed: a lock on a name nobody has is someone typing at random (or a
 *   password typed into the user field), and it locks no one out.
 * - A user is unlocked only by someone with at least that user's role: a supervisor cannot reopen password
 *   guessing on an administrator's account.
 * - The unlock is audited with the staff user who did it and the unlocked user (never the address, never a
 *   password: none is ever at hand here).
 */
export interface LoginLockDeps {
  lockouts: Pick<LockoutStore, 'lockedKeys' | 'status' | 'clear'>;
  repo: Pick<StaffRepository, 'findUserByUsername'>;
  audit: AuditLog;
  now: () => number;
}

export type BloqueioDeLogin = {
  key: string;
  failures: number;
  retryAfterSeconds: number;
  /** Whether the viewer's role may lift it. */
  podeLiberar: boolean;
} & (
  | { tipo: 'usuario'; usuario: { id: string; username: string; nome: string; role: StaffRole } }
  | { tipo: 'endereco'; endereco: string }
);

export async function bloqueiosDeLogin(deps: LoginLockDeps, viewer: StaffUser): Promise<BloqueioDeLogin[]> {
  const out: BloqueioDeLogin[] = [];
  for (const lock of await deps.lockouts.lockedKeys(STAFF_LOGIN_LOCK_PREFIX, deps.now())) {
    const target = parseStaffLoginLockKey(lock.key);
    if (!target) continue;
    const base = { key: lock.key, failures: lock.failures, retryAfterSeconds: lock.retryAfterSeconds };
    if (target.tipo === 'endereco') {
      out.push({ ...base, tipo: 'endereco', endereco: target.endereco, podeLiberar: true });
      continue;
    }
    const user = await deps.repo.findUserByUsername(target.username);
    if (!user) continue;
    out.push({
      ...base,
      tipo: 'usuario',
      usuario: { id: user.id, username: user.username, nome: user.nome, role: user.role },
      podeLiberar: roleAtLeast(viewer.role, user.role),
    });
  }
  // Users first (what someone at the desk is waiting for), then addresses.
  return out.sort((a, b) => (a.tipo === b.tipo ? a.key.localeCompare(b.key) : a.tipo === 'usuario' ? -1 : 1));
}

export interface LiberacaoDeLogin {
  tipo: 'usuario' | 'endereco';
  /** The unlocked user's username (null for an address). */
  usuario: string | null;
  /** Whether it was still locked (the unlock clears the failure streak either way). */
  estavaBloqueado: boolean;
}

export async function liberarLogin(
  deps: LoginLockDeps,
  viewer: StaffUser,
  key: string,
): Promise<LiberacaoDeLogin> {
  const target = parseStaffLoginLockKey(key);
  if (!target) throw new DomainError('BLOQUEIO_INVALIDO');
  const user = target.tipo === 'usuario' ? await deps.repo.findUserByUsername(target.username) : null;
  if (target.tipo === 'usuario' && !user) throw new DomainError('BLOQUEIO_INVALIDO');
  if (user && !roleAtLeast(viewer.role, user.role)) {
    await deps.audit.append({
      actor: staffActor(viewer),
      action: 'desk.login.desbloquear',
      result: 'recusado',
      details: { tipo: 'usuario', usuarioId: user.id, usuario: user.username, perfil: user.role },
    });
    throw new DomainError('ACESSO_NEGADO', { details: 'perfil acima do seu' });
  }
  const estavaBloqueado = (await deps.lockouts.status(key, deps.now())).locked;
  await deps.lockouts.clear(key);
  await deps.audit.append({
    actor: staffActor(viewer),
    action: 'desk.login.desbloquear',
    result: 'ok',
    details: {
      tipo: target.tipo,
      usuarioId: user?.id ?? null,
      usuario: user?.username ?? null,
      estava: estavaBloqueado,
    },
  });
  return { tipo: target.tipo, usuario: user?.username ?? null, estavaBloqueado };
}
