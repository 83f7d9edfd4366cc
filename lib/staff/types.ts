import type { StaffRole } from './roles';

/** A staff member who logs in at the desk. `username` is lower case, `[a-z0-9._-]`, 3–32 characters. */
export interface StaffUser {
  id: string;
  username: string;
  nome: string;
  role: StaffRole;
  /** scrypt hash (lib/staff/password.ts); never leaves the server. */
  passwordHash: string;
  /** Set for a temporary password (a new user, a reset): the desk asks for a new one before anything else. */
  mustChangePassword: boolean;
  disabled: boolean;
  createdAt: number;
  updatedAt: number;
}

export type NewStaffUser = Omit<StaffUser, 'createdAt' | 'updatedAt'>;
export type StaffUserPatch = Partial<
  Pick<StaffUser, 'nome' | 'role' | 'passwordHash' | 'mustChangePassword' | 'disabled'>
>;

/** A desk session as the server keeps it. The cookie holds a random token; only its SHA-256 is stored. */
export interface StaffSessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeen: number;
}

/**
 * Where staff users and desk sessions persist (the store: SQLite or PostgreSQL), so a user created by the CLI
 * is seen by the server and a session is valid on every instance. Every method is async.
 */
export interface StaffRepository {
  countUsers(): Promise<number>;
  /** Throws DomainError USUARIO_EXISTENTE when the username is taken. */
  createUser(user: NewStaffUser, now: number): Promise<StaffUser>;
  findUserById(id: string): Promise<StaffUser | null>;
  findUserByUsername(username: string): Promise<StaffUser | null>;
  listUsers(): Promise<StaffUser[]>;
  updateUser(id: string, patch: StaffUserPatch, now: number): Promise<StaffUser | null>;

  createSession(session: StaffSessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<StaffSessionRecord | null>;
  touchSession(tokenHash: string, now: number): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Ends every session of a user ("sair de todos os lugares", password change, disable); returns how many. */
  deleteUserSessions(userId: string): Promise<number>;
}
