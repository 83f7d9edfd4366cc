import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Staff passwords: scrypt from node:crypto (memory-hard, nothing to install). Parameters follow the OWASP
 * Password Storage Cheat Sheet's scrypt equivalents (N=2^16, r=8, p=2: 64 MiB per hash, ≈ 0.2–0.5 s on the
 * project's 2-core machine); they are stored in each hash, so raising them later keeps old hashes valid.
 * Format: `scrypt$<log2 N>$<r>$<p>$<salt b64url>$<hash b64url>`.
 */
export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { log2N: 16, r: 8, p: 2 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const options: ScryptOptions = { N, r: params.r, p: params.p, maxmem: 128 * N * params.r * 2 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return [
    'scrypt',
    params.log2N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

const HASH_FORMAT = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([\w-]+)\$([\w-]+)$/;

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = HASH_FORMAT.exec(stored);
  if (!m) return false;
  const params = { log2N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.log2N < 10 || params.log2N > 20 || params.r < 1 || params.p < 1 || params.p > 16) return false;
  const expected = Buffer.from(m[5] ?? '', 'base64url');
  const key = await derive(password, Buffer.from(m[4] ?? '', 'base64url'), params);
  return expected.length === key.length && timingSafeEqual(expected, key);
}

/** A hash of a random password, to spend the same time on an unknown user as on a known one. */
let dummy: Promise<string> | null = null;
export function dummyHash(params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'), params);
  return dummy;
}

export type PasswordProblem = 'curta' | 'longa' | 'contem_usuario' | 'comum' | 'pouco_variada' | 'repetida';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * Passwords that pass the length rule but every list of leaked passwords starts with (NIST SP 800-63B asks
 * for a blocklist and length instead of composition rules).
 */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'senhasenha12',
  'senha1234567',
  'senha12345678',
  'password1234',
  'passwordpassword',
  'administrador',
  'administrator',
  'mudar1234567',
  'mudarsenha123',
  'trocarsenha123',
  'brasil123456',
  'provedor1234',
  'internet1234',
  'totem1234567',
  'iloveyou1234',
  'abc123456789',
  'abcdefghijkl',
]);

/** NIST SP 800-63B style: length, a blocklist, not the username, not a run of two or three characters. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_LENGTH) problems.push('curta');
  if (chars.length > MAX_PASSWORD_LENGTH) problems.push('longa');
  const lower = password.toLowerCase();
  if (username.length >= 3 && lower.includes(username.toLowerCase())) problems.push('contem_usuario');
  if (COMMON.has(lower)) problems.push('comum');
  if (new Set(chars).size < 5) problems.push('pouco_variada');
  return problems;
}

/** 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I): read aloud or typed from paper. */
export function generateTemporaryPassword(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
  let out = '';
  for (let i = 0; i < 16; i++) out += alphabet.charAt(randomInt(alphabet.length));
  return out;
}
