import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DomainError } from '@/lib/domain/errors';
import type { AuditActor, AuditLog, LockoutRule, LockoutStore } from '@/lib/store/types';
import {
  DEFAULT_SCRYPT,
  dummyHash,
  generateTemporaryPassword,
  hashPassword,
  passwordProblems,
  verifyPassword,
  type PasswordProblem,
  type ScryptParams,
} from './password';
import { roleAtLeast, type StaffRole } from './roles';
import type { StaffRepository, StaffSessionRecord, StaffUser } from './types';

/**
 * Staff authentication and account management, on ports only (repository, lockouts, audit): login with a
 * lockout per user and per address, desk sessions with idle and absolute expiry, password change, logout
 * everywhere, and the admin's user operations. Every outcome lands in the audit trail.
 */
export interface StaffAuthDeps {
  repo: StaffRepository;
  lockouts: LockoutStore;
  audit: AuditLog;
  now: () => number;
  rules: { perUser: LockoutRule; perAddress: LockoutRule };
  session: { idleMs: number; maxMs: number };
  scrypt?: ScryptParams;
}

export class PasswordPolicyError extends DomainError {
  constructor(readonly problems: PasswordProblem[]) {
    super('SENHA_FRACA', { details: problems.join(',') });
  }
}

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

export function normalizeUsername(input: string): string {
  return input.trim().toLowerCase();
}

export function staffActor(user: Pick<StaffUser, 'id' | 'username'>): AuditActor {
  return { kind: 'staff', userId: user.id, username: user.username };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Every staff-login lockout key starts with this (the supervisor's list: lib/staff/login-locks.ts). */
export const STAFF_LOGIN_LOCK_PREFIX = 'staff-login:';
const userKey = (username: string) => `${STAFF_LOGIN_LOCK_PREFIX}usuario:${username}`;
const addressKey = (address: string) => `${STAFF_LOGIN_LOCK_PREFIX}endereco:${address}`;

/** What a staff-login lockout key locks: one username, or one client address (TRUST_PROXY). */
export type StaffLoginLockTarget =
  { tipo: 'usuario'; username: string } | { tipo: 'endereco'; endereco: string };

export function staffLoginLockKey(target: StaffLoginLockTarget): string {
  return target.tipo === 'usuario' ? userKey(target.username) : addressKey(target.endereco);
}

/** The inverse of staffLoginLockKey; null for any other key (never unlocked from the staff-login screen). */
export function parseStaffLoginLockKey(key: string): StaffLoginLockTarget | null {
  const user = /^staff-login:usuario:(.+)$/.exec(key);
  if (user?.[1] !== undefined) return { tipo: 'usuario', username: user[1] };
  const address = /^staff-login:endereco:(.+)$/.exec(key);
  if (address?.[1]) return { tipo: 'endereco', endereco: address[1] };
  return null;
}
/** Seconds between two writes of a session's last-seen time: a page and its actions do not each write. */
const TOUCH_EVERY_MS = 15_000;

export interface LoginInput {
  username: string;
  password: string;
  /** Client address when known (TRUST_PROXY), for the per-address limit. */
  address: string | null;
}

export interface OpenedSession {
  user: StaffUser;
  /** Goes into the cookie; the store keeps only its hash. */
  token: string;
}

export function createStaffAuth(deps: StaffAuthDeps) {
  const scryptParams = deps.scrypt ?? DEFAULT_SCRYPT;

  async function openSession(user: StaffUser): Promise<OpenedSession> {
    const token = randomBytes(32).toString('base64url');
    const now = deps.now();
    await deps.repo.createSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: now,
      lastSeen: now,
    });
    return { user, token };
  }

  async function checkPolicy(password: string, username: string): Promise<void> {
    const problems = passwordProblems(password, username);
    if (problems.length > 0) throw new PasswordPolicyError(problems);
  }

  async function requireUser(id: string): Promise<StaffUser> {
    const user = await deps.repo.findUserById(id);
    if (!user) throw new DomainError('USUARIO_NAO_ENCONTRADO');
    return user;
  }

  /** At least one enabled admin must remain, or nobody could manage users without the CLI. */
  async function assertAnotherAdmin(exceptId: string): Promise<void> {
    const others = (await deps.repo.listUsers()).filter(
      (u) => u.id !== exceptId && u.role === 'admin' && !u.disabled,
    );
    if (others.length === 0) throw new DomainError('ACESSO_NEGADO', { details: 'último administrador' });
  }

  return {
    async login(input: LoginInput): Promise<OpenedSession> {
      const username = normalizeUsername(input.username);
      const keys = [userKey(username), ...(input.address ? [addressKey(input.address)] : [])];
      const now = deps.now();
      const states = await Promise.all(keys.map((k) => deps.lockouts.status(k, now)));
      const blocked = states.find((s) => s.locked);
      const user = USERNAME_PATTERN.test(username) ? await deps.repo.findUserByUsername(username) : null;
      const actor: AuditActor = user ? staffActor(user) : { kind: 'system' };
      if (blocked) {
        await deps.audit.append({
          actor,
          action: 'desk.login',
          result: 'recusado',
          details: { motivo: 'bloqueado' },
        });
        throw new DomainError('LOGIN_BLOQUEADO', { retryAfterSeconds: blocked.retryAfterSeconds });
      }
      // An unknown user costs the same scrypt as a known one: response time does not tell which usernames exist.
      const passwordOk = await verifyPassword(
        input.password,
        user?.passwordHash ?? (await dummyHash(scryptParams)),
      );
      if (!user || !passwordOk || user.disabled) {
        const motivo = !user
          ? 'usuario_desconhecido'
          : user.disabled && passwordOk
            ? 'desativado'
            : 'senha_errada';
        const after = await Promise.all([
          deps.lockouts.fail(userKey(username), deps.rules.perUser, now),
          ...(input.address
            ? [deps.lockouts.fail(addressKey(input.address), deps.rules.perAddress, now)]
            : []),
        ]);
        const lockedNow = after.find((s) => s.locked);
        await deps.audit.append({
          actor,
          action: 'desk.login',
          result: 'recusado',
          details: { motivo, bloqueou: lockedNow !== undefined },
        });
        if (lockedNow)
          throw new DomainError('LOGIN_BLOQUEADO', { retryAfterSeconds: lockedNow.retryAfterSeconds });
        throw new DomainError('LOGIN_INVALIDO');
      }
      await Promise.all(keys.map((k) => deps.lockouts.clear(k)));
      const opened = await openSession(user);
      await deps.audit.append({ actor, action: 'desk.login', result: 'ok' });
      return opened;
    },

    /** The live session for a cookie token, or null (unknown, idle too long, past its lifetime, user disabled). */
    async resolveSession(token: string): Promise<{ user: StaffUser; session: StaffSessionRecord } | null> {
      const tokenHash = hashToken(token);
      const session = await deps.repo.findSession(tokenHash);
      if (!session) return null;
      const now = deps.now();
      if (now - session.lastSeen > deps.session.idleMs || now - session.createdAt > deps.session.maxMs) {
        await deps.repo.deleteSession(tokenHash);
        return null;
      }
      const user = await deps.repo.findUserById(session.userId);
      if (!user || user.disabled) {
        await deps.repo.deleteSession(tokenHash);
        return null;
      }
      if (now - session.lastSeen > Math.min(TOUCH_EVERY_MS, deps.session.idleMs / 4))
        await deps.repo.touchSession(tokenHash, now);
      return { user, session };
    },

    async logout(token: string, user: StaffUser | null): Promise<void> {
      await deps.repo.deleteSession(hashToken(token));
      if (user) await deps.audit.append({ actor: staffActor(user), action: 'desk.logout', result: 'ok' });
    },

    async logoutEverywhere(user: StaffUser): Promise<number> {
      const n = await deps.repo.deleteUserSessions(user.id);
      await deps.audit.append({
        actor: staffActor(user),
        action: 'desk.logout_todos',
        result: 'ok',
        details: { sessoes: n },
      });
      return n;
    },

    /** The user's own change (also the forced change of a temporary password): every other session ends. */
    async changePassword(user: StaffUser, current: string, next: string): Promise<OpenedSession> {
      const now = deps.now();
      const key = userKey(user.username);
      const state = await deps.lockouts.status(key, now);
      if (state.locked)
        throw new DomainError('LOGIN_BLOQUEADO', { retryAfterSeconds: state.retryAfterSeconds });
      if (!(await verifyPassword(current, user.passwordHash))) {
        const after = await deps.lockouts.fail(key, deps.rules.perUser, now);
        await deps.audit.append({
          actor: staffActor(user),
          action: 'desk.senha.trocar',
          result: 'recusado',
          details: { motivo: 'senha_atual' },
        });
        if (after.locked)
          throw new DomainError('LOGIN_BLOQUEADO', { retryAfterSeconds: after.retryAfterSeconds });
        throw new DomainError('SENHA_ATUAL_INCORRETA');
      }
      if (current === next) throw new PasswordPolicyError(['repetida']);
      await checkPolicy(next, user.username);
      const updated = await deps.repo.updateUser(
        user.id,
        { passwordHash: await hashPassword(next, scryptParams), mustChangePassword: false },
        deps.now(),
      );
      if (!updated) throw new DomainError('USUARIO_NAO_ENCONTRADO');
      await deps.repo.deleteUserSessions(user.id);
      await deps.audit.append({ actor: staffActor(user), action: 'desk.senha.trocar', result: 'ok' });
      return openSession(updated);
    },

    /** The first admin (and any later one) from the CLI: the operator chooses the password; no default exists. */
    async createAdminFromCli(input: {
      username: string;
      nome: string;
      password: string;
    }): Promise<StaffUser> {
      const username = normalizeUsername(input.username);
      if (!USERNAME_PATTERN.test(username)) throw new DomainError('USUARIO_INVALIDO');
      await checkPolicy(input.password, username);
      const user = await deps.repo.createUser(
        {
          id: randomUUID(),
          username,
          nome: input.nome.trim() || username,
          role: 'admin',
          passwordHash: await hashPassword(input.password, scryptParams),
          mustChangePassword: false,
          disabled: false,
        },
        deps.now(),
      );
      await deps.audit.append({
        actor: { kind: 'system' },
        action: 'staff.cli.criar_admin',
        result: 'ok',
        details: { usuarioId: user.id, usuario: user.username },
      });
      return user;
    },

    /** Admin: a new user with a temporary password (shown once to the admin, changed at first login). */
    async createUser(
      admin: StaffUser,
      input: { username: string; nome: string; role: StaffRole },
    ): Promise<{ user: StaffUser; temporaryPassword: string }> {
      const username = normalizeUsername(input.username);
      if (!USERNAME_PATTERN.test(username)) throw new DomainError('USUARIO_INVALIDO');
      const temporaryPassword = generateTemporaryPassword();
      const user = await deps.repo.createUser(
        {
          id: randomUUID(),
          username,
          nome: input.nome.trim(),
          role: input.role,
          passwordHash: await hashPassword(temporaryPassword, scryptParams),
          mustChangePassword: true,
          disabled: false,
        },
        deps.now(),
      );
      await deps.audit.append({
        actor: staffActor(admin),
        action: 'desk.usuario.criar',
        result: 'ok',
        details: { usuarioId: user.id, usuario: user.username, perfil: user.role },
      });
      return { user, temporaryPassword };
    },

    async resetPassword(
      admin: StaffUser,
      userId: string,
    ): Promise<{ user: StaffUser; temporaryPassword: string }> {
      const target = await requireUser(userId);
      const temporaryPassword = generateTemporaryPassword();
      const user = await deps.repo.updateUser(
        target.id,
        { passwordHash: await hashPassword(temporaryPassword, scryptParams), mustChangePassword: true },
        deps.now(),
      );
      if (!user) throw new DomainError('USUARIO_NAO_ENCONTRADO');
      await deps.repo.deleteUserSessions(user.id);
      await deps.lockouts.clear(userKey(user.username));
      await deps.audit.append({
        actor: staffActor(admin),
        action: 'desk.usuario.redefinir_senha',
        result: 'ok',
        details: { usuarioId: user.id, usuario: user.username },
      });
      return { user, temporaryPassword };
    },

    async setRole(admin: StaffUser, userId: string, role: StaffRole): Promise<StaffUser> {
      const target = await requireUser(userId);
      if (target.role === 'admin' && !roleAtLeast(role, 'admin')) await assertAnotherAdmin(target.id);
      const user = await deps.repo.updateUser(target.id, { role }, deps.now());
      if (!user) throw new DomainError('USUARIO_NAO_ENCONTRADO');
      await deps.audit.append({
        actor: staffActor(admin),
        action: 'desk.usuario.perfil',
        result: 'ok',
        details: { usuarioId: user.id, usuario: user.username, de: target.role, para: role },
      });
      return user;
    },

    async setDisabled(admin: StaffUser, userId: string, disabled: boolean): Promise<StaffUser> {
      const target = await requireUser(userId);
      if (disabled && target.role === 'admin') await assertAnotherAdmin(target.id);
      const user = await deps.repo.updateUser(target.id, { disabled }, deps.now());
      if (!user) throw new DomainError('USUARIO_NAO_ENCONTRADO');
      if (disabled) await deps.repo.deleteUserSessions(user.id);
      await deps.audit.append({
        actor: staffActor(admin),
        action: disabled ? 'desk.usuario.desativar' : 'desk.usuario.ativar',
        result: 'ok',
        details: { usuarioId: user.id, usuario: user.username },
      });
      return user;
    },
  };
}

export type StaffAuth = ReturnType<typeof createStaffAuth>;
