import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getStore } from '@/lib/store';

/**
 * The totem's presence ping (app/api/kiosk/presenca): a signed kiosk id refreshes the registry's last-seen time,
 * so a totem on its attract screen shows as seen at the desk; anything unsigned changes nothing.
 * The cookie reader is a stand-in (it verifies the HMAC in lib/session/kiosk-id, tested there); the store is real.
 */
let kioskId: string | null = null;
vi.mock('@/lib/session/kiosk-cookie', () => ({ currentKioskId: async () => kioskId }));

const { POST } = await import('@/app/api/kiosk/presenca/route');

describe('POST /api/kiosk/presenca', () => {
  beforeEach(() => {
    kioskId = null;
  });

  it('registers a totem the first time and answers 204 without a body', async () => {
    kioskId = 'k-presenca-1';
    const before = Date.now();
    const res = await POST();
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    const kiosk = await (await getStore()).kiosks.get('k-presenca-1');
    expect(kiosk?.enabled).toBe(true);
    expect(kiosk?.lastSeen).toBeGreaterThanOrEqual(before);
  });

  it('a later ping moves the last-seen time forward', async () => {
    const store = await getStore();
    const old = Date.now() - 3_600_000;
    await store.kiosks.seen('k-presenca-2', old);
    expect((await store.kiosks.get('k-presenca-2'))?.lastSeen).toBe(old);
    kioskId = 'k-presenca-2';
    expect((await POST()).status).toBe(204);
    expect((await store.kiosks.get('k-presenca-2'))?.lastSeen).toBeGreaterThan(old);
  });

  it('without a valid kiosk id nothing is registered', async () => {
    const store = await getStore();
    const count = (await store.kiosks.list()).length;
    expect((await POST()).status).toBe(204);
    expect(await store.kiosks.list()).toHaveLength(count);
  });
});
