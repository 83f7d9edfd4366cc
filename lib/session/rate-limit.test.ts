import { describe, expect, it } from 'vitest';
import {
  GLOBAL_LOOKUP_KEY,
  lookupChecks,
  MemoryRateLimitCounters,
  mintChecks,
  NO_KIOSK_ID_KEY,
  type LookupPolicy,
  type RateCheck,
} from './rate-limit';

const rule = { maxFailures: 3, blockSeconds: 30, maxPerMinute: 5 };
const one = (key: string): RateCheck[] => [{ key, rule }];

const policy: LookupPolicy = {
  perKiosk: { maxFailures: 3, blockSeconds: 30, maxPerMinute: 12 },
  global: { maxFailures: 10, blockSeconds: 30, maxPerMinute: 20 },
  mint: { maxPerMinute: 4, blockSeconds: 60 },
};

describe('MemoryRateLimitCounters', () => {
  it('blocks a key after N failures in a row and lets it go after the wait', async () => {
    const rl = new MemoryRateLimitCounters();
    const k = one('kiosk:a');
    for (let i = 0; i < 2; i++) {
      expect((await rl.attempt(k, 1000 + i)).allowed).toBe(true);
      expect((await rl.record(k, 'failure', 1000 + i)).allowed).toBe(true);
    }
    expect((await rl.attempt(k, 1010)).allowed).toBe(true);
    expect(await rl.record(k, 'failure', 1010)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
      blockedBy: ['kiosk:a'],
    });
    expect(await rl.attempt(k, 2000)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
      blockedBy: ['kiosk:a'],
    });
    expect((await rl.attempt(k, 1010 + 30_000)).allowed).toBe(true);
  });

  it('status tells a blocked key its wait without counting an attempt', async () => {
    const rl = new MemoryRateLimitCounters();
    const k: RateCheck[] = [{ key: 'kiosk:s', rule: { ...rule, maxPerMinute: 2 } }];
    for (let i = 0; i < 3; i++) expect(await rl.status(k, i)).toEqual({ allowed: true });
    // Three peeks counted nothing: two real attempts are still allowed.
    expect((await rl.attempt(k, 3)).allowed).toBe(true);
    expect((await rl.attempt(k, 4)).allowed).toBe(true);
    expect(await rl.status(k, 5)).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    const t = one('kiosk:t');
    for (let i = 0; i < 3; i++) await rl.record(t, 'failure', 0);
    expect(await rl.status(t, 10_500)).toMatchObject({ allowed: false, retryAfterSeconds: 20 });
  });

  it('a success clears the failure streak', async () => {
    const rl = new MemoryRateLimitCounters();
    const k = one('kiosk:b');
    await rl.record(k, 'failure', 0);
    await rl.record(k, 'failure', 1);
    await rl.record(k, 'found', 2);
    expect((await rl.record(k, 'failure', 3)).allowed).toBe(true);
    expect((await rl.record(k, 'failure', 4)).allowed).toBe(true);
  });

  it('caps attempts in any 60 s window even when they succeed', async () => {
    const rl = new MemoryRateLimitCounters();
    const k = one('kiosk:c');
    for (let i = 0; i < 5; i++) expect((await rl.attempt(k, i * 1000)).allowed).toBe(true);
    expect(await rl.attempt(k, 5000)).toEqual({
      allowed: false,
      retryAfterSeconds: 55,
      blockedBy: ['kiosk:c'],
    });
    expect((await rl.attempt(k, 60_001)).allowed).toBe(true);
    // The window slides: the next slot frees when the second-oldest attempt is a minute old.
    expect(await rl.attempt(k, 60_002)).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      blockedBy: ['kiosk:c'],
    });
  });

  it('a refused attempt counts on no key; an allowed one on every key', async () => {
    const rl = new MemoryRateLimitCounters();
    const checks = [...one('kiosk:d'), { key: 'g', rule: { ...rule, maxPerMinute: 6 } }];
    for (let i = 0; i < 5; i++) expect((await rl.attempt(checks, i)).allowed).toBe(true);
    expect((await rl.attempt(checks, 10)).allowed).toBe(false); // kiosk:d is full, g has one left
    expect((await rl.attempt(one('other'), 10)).allowed).toBe(true);
    expect((await rl.attempt([{ key: 'g', rule: { ...rule, maxPerMinute: 6 } }], 10)).allowed).toBe(true);
  });

  it('keeps keys apart but honours a shared one', async () => {
    const rl = new MemoryRateLimitCounters();
    for (let i = 0; i < 3; i++) await rl.record([...one('kiosk:x'), ...one('ip:1')], 'failure', i);
    expect((await rl.attempt(one('kiosk:y'), 10)).allowed).toBe(true);
    expect(await rl.attempt([...one('kiosk:y'), ...one('ip:1')], 10)).toMatchObject({
      allowed: false,
      blockedBy: ['ip:1'],
    });
  });

  it('a rule without a failure streak (minting) never blocks on failures', async () => {
    const rl = new MemoryRateLimitCounters();
    const k = [{ key: 'm', rule: { maxPerMinute: 100, blockSeconds: 60 } }];
    for (let i = 0; i < 50; i++) expect((await rl.record(k, 'failure', i)).allowed).toBe(true);
  });
});

describe('lookup policy', () => {
  it('every lookup counts on the global key and on its kiosk; a missing id shares one bucket', () => {
    expect(lookupChecks({ kioskId: 'abc', trustedAddress: null }, policy).map((c) => c.key)).toEqual([
      GLOBAL_LOOKUP_KEY,
      'lookup:kiosk:abc',
    ]);
    expect(lookupChecks({ kioskId: null, trustedAddress: '10.0.0.9' }, policy).map((c) => c.key)).toEqual([
      GLOBAL_LOOKUP_KEY,
      NO_KIOSK_ID_KEY,
      'lookup:ip:10.0.0.9',
    ]);
  });

  it('a client rotating kiosk ids is stopped by the global budget', async () => {
    const rl = new MemoryRateLimitCounters();
    let allowed = 0;
    for (let i = 0; i < 200; i++) {
      const checks = lookupChecks({ kioskId: `rotated-${i}`, trustedAddress: null }, policy);
      const gate = await rl.attempt(checks, 1_000 + i * 10);
      if (gate.allowed) {
        allowed += 1;
        await rl.record(checks, 'found', 1_000 + i * 10);
      } else expect(gate.blockedBy).toEqual([GLOBAL_LOOKUP_KEY]);
    }
    expect(allowed).toBe(policy.global.maxPerMinute);
  });

  it('failures spread over many kiosk ids trip the global streak; a success resets it', async () => {
    const rl = new MemoryRateLimitCounters();
    const fail = async (i: number) => {
      const checks = lookupChecks({ kioskId: `k${i}`, trustedAddress: null }, policy);
      expect((await rl.attempt(checks, i)).allowed).toBe(true);
      return rl.record(checks, 'failure', i);
    };
    for (let i = 0; i < 9; i++) expect((await fail(i)).allowed).toBe(true);
    await rl.record(lookupChecks({ kioskId: 'loja', trustedAddress: null }, policy), 'found', 9);
    for (let i = 10; i < 19; i++) expect((await fail(i)).allowed).toBe(true);
    expect(await fail(19)).toEqual({ allowed: false, retryAfterSeconds: 30, blockedBy: [GLOBAL_LOOKUP_KEY] });
    const another = lookupChecks({ kioskId: 'loja', trustedAddress: null }, policy);
    expect(await rl.attempt(another, 20)).toMatchObject({ allowed: false, blockedBy: [GLOBAL_LOOKUP_KEY] });
  });

  it('requests without an id share one bucket: omitting the cookie is no way around the kiosk limit', async () => {
    const rl = new MemoryRateLimitCounters();
    const anon = () => lookupChecks({ kioskId: null, trustedAddress: null }, policy);
    for (let i = 0; i < 12; i++) expect((await rl.attempt(anon(), i)).allowed).toBe(true);
    expect(await rl.attempt(anon(), 12)).toMatchObject({ allowed: false, blockedBy: [NO_KIOSK_ID_KEY] });
    // A real totem with its own id is not held up by the anonymous bucket.
    expect(
      (await rl.attempt(lookupChecks({ kioskId: 'totem-1', trustedAddress: null }, policy), 13)).allowed,
    ).toBe(true);
  });

  it('minting kiosk ids has its own budget', async () => {
    const rl = new MemoryRateLimitCounters();
    for (let i = 0; i < 4; i++) expect((await rl.attempt(mintChecks(policy), i)).allowed).toBe(true);
    expect((await rl.attempt(mintChecks(policy), 4)).allowed).toBe(false);
    expect((await rl.attempt(mintChecks(policy), 60_001)).allowed).toBe(true);
  });

  it("a supervisor's unlock forgets the key's block, streak and window, and only that key's", async () => {
    const rl = new MemoryRateLimitCounters();
    const rule = { maxFailures: 2, blockSeconds: 600, maxPerMinute: 2 };
    const blocked = [{ key: 'lookup:kiosk:b', rule }];
    const other = [{ key: 'lookup:kiosk:o', rule }];
    const full = [{ key: 'lookup:kiosk:f', rule }];
    for (const k of [blocked, other]) {
      await rl.record(k, 'failure', 1000);
      expect((await rl.record(k, 'failure', 1001)).allowed).toBe(false);
    }
    await rl.attempt(full, 1000);
    await rl.attempt(full, 1001);
    expect(await rl.activeKeys(2000)).toEqual(['lookup:kiosk:b', 'lookup:kiosk:f', 'lookup:kiosk:o']);
    expect(await rl.activeKeys(61_002)).toEqual(['lookup:kiosk:b', 'lookup:kiosk:o']);
    await rl.clear(['lookup:kiosk:b', 'lookup:kiosk:f']);
    expect(await rl.status(blocked, 2000)).toEqual({ allowed: true });
    expect(await rl.status(full, 2000)).toEqual({ allowed: true });
    expect((await rl.status(other, 2000)).allowed).toBe(false);
    expect((await rl.record(blocked, 'failure', 2001)).allowed).toBe(true);
  });
});
