import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * A supervisor lifts a lookup limit: the real action, limits, store and audit trail; only the cookie jar and
 * the page cache stand in for Next. A totem blocked after failed lookups is listed with the seconds left,
 * unlocked, and the unlock is audited with the staff user; nothing but lookup limits can be cleared here.
 */
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (opt: string | { name: string }) => void jar.delete(typeof opt === 'string' ? opt : opt.name),
  }),
  headers: async () => new Headers(),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const { desbloquearConsultasAction } = await import('@/lib/actions/desk/auditoria');
const { getStore } = await import('@/lib/store');
const { getLookupPolicy } = await import('@/lib/services/limiter');
const { lookupChecks } = await import('@/lib/session/rate-limit');
const { bloqueiosDeConsulta } = await import('@/lib/staff/desbloqueio');

const KIOSK = 'AbCdEfGhIjKlMnOpQrStUv';
let userId = '';

beforeAll(async () => {
  const { getStaffRepository } = await import('@/lib/staff/server');
  const { hashToken } = await import('@/lib/staff/auth');
  const { hashPassword } = await import('@/lib/staff/password');
  const repo = await getStaffRepository();
  userId = randomUUID();
  await repo.createUser(
    {
      id: userId,
      username: 'sup.consultas',
      nome: 'Supervisora',
      role: 'supervisor',
      passwordHash: await hashPassword('irrelevante-aqui', { log2N: 10, r: 8, p: 1 }),
      mustChangePassword: false,
      disabled: false,
    },
    Date.now(),
  );
  const token = randomBytes(32).toString('base64url');
  await repo.createSession({
    tokenHash: hashToken(token),
    userId,
    createdAt: Date.now(),
    lastSeen: Date.now(),
  });
  jar.set('totem_balcao', token);
});

const form = (chave: string) => {
  const f = new FormData();
  f.set('chave', chave);
  return f;
};

describe('supervisor unlock of lookup limits', () => {
  it('lists a totem blocked by failed lookups, lifts it, and records who did', async () => {
    const store = await getStore();
    const policy = getLookupPolicy();
    const checks = lookupChecks({ kioskId: KIOSK, trustedAddress: null }, policy);
    const failures = policy.perKiosk.maxFailures ?? 0;
    expect(failures).toBeGreaterThan(0);
    let last = await store.rateLimits.record(checks, 'failure', Date.now());
    for (let i = 1; i < failures; i++) last = await store.rateLimits.record(checks, 'failure', Date.now());
    expect(last).toMatchObject({ allowed: false, blockedBy: [`lookup:kiosk:${KIOSK}`] });

    const listed = await bloqueiosDeConsulta(store, policy, Date.now());
    expect(listed).toEqual([
      {
        key: `lookup:kiosk:${KIOSK}`,
        limite: { tipo: 'totem', kioskId: KIOSK },
        retryAfterSeconds: expect.any(Number),
      },
    ]);

    const result = await desbloquearConsultasAction(null, form(`lookup:kiosk:${KIOSK}`));
    expect(result).toEqual({
      ok: true,
      data: { limite: { tipo: 'totem', kioskId: KIOSK }, estavaBloqueado: true },
    });
    expect(await store.rateLimits.status(checks, Date.now())).toEqual({ allowed: true });
    expect(await bloqueiosDeConsulta(store, policy, Date.now())).toEqual([]);

    const { rows } = await store.audit.query({ action: 'desk.consultas.desbloquear' });
    expect(rows[0]).toMatchObject({
      actor: { kind: 'staff', userId, username: 'sup.consultas' },
      result: 'ok',
      details: { limite: 'totem', totem: KIOSK, estava: true },
    });
  });

  it('refuses to clear anything that is not a lookup limit (staff login, ownership proof, id minting)', async () => {
    const store = await getStore();
    const rule = { maxFailures: 1, lockSeconds: 600 };
    await store.lockouts.fail('staff.login:user:x', rule, Date.now());
    for (const chave of [
      'staff.login:user:x',
      'cadastro.prova:abc',
      'kiosk-id:mint',
      'lookup:kiosk:../x',
      '',
    ]) {
      expect(await desbloquearConsultasAction(null, form(chave)), chave).toMatchObject({
        ok: false,
        code: 'BLOQUEIO_INVALIDO',
      });
    }
    expect((await store.lockouts.status('staff.login:user:x')).locked).toBe(true);
  });
});
