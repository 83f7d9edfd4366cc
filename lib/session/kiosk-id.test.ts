import { describe, expect, it } from 'vitest';
import { kioskIdKey, mintKioskId, verifyKioskId } from './kiosk-id';

const key = kioskIdKey('a-session-secret-of-at-least-32-characters');

describe('kiosk ids', () => {
  it('a minted id verifies, and two mints differ', () => {
    const a = mintKioskId(key);
    const b = mintKioskId(key);
    expect(a).not.toBe(b);
    expect(verifyKioskId(a, key)).toBe(a.split('.')[0]);
  });

  it('refuses ids the client chose, forged or signed with another secret', () => {
    const real = mintKioskId(key);
    const [id, mac] = real.split('.');
    const other = kioskIdKey('another-session-secret-of-32-characters!!');
    expect(verifyKioskId(undefined, key)).toBeNull();
    expect(verifyKioskId('', key)).toBeNull();
    expect(verifyKioskId(crypto.randomUUID(), key)).toBeNull(); // the old unsigned cookie
    expect(verifyKioskId(`${'A'.repeat(22)}.${mac}`, key)).toBeNull();
    expect(verifyKioskId(`${id}.${'A'.repeat(43)}`, key)).toBeNull();
    expect(verifyKioskId(`${id}.${mac}x`, key)).toBeNull();
    expect(verifyKioskId(real, other)).toBeNull();
  });

  it('the key is not the session secret itself', () => {
    expect(key.toString('utf8')).not.toContain('a-session-secret');
    expect(key).toHaveLength(32);
  });
});
