import { describe, expect, it } from 'vitest';
import { LookupRateLimiter } from './rate-limit';

const rules = { maxFailures: 3, blockSeconds: 30, maxPerMinute: 5 };

describe('LookupRateLimiter', () => {
  it('blocks a kiosk after N failures in a row and lets it go after the wait', () => {
    const rl = new LookupRateLimiter(rules);
    const k = ['kiosk:a'];
    for (let i = 0; i < 2; i++) {
      expect(rl.attempt(k, 1000 + i).allowed).toBe(true);
      expect(rl.record(k, 'failure', 1000 + i).allowed).toBe(true);
    }
    expect(rl.attempt(k, 1010).allowed).toBe(true);
    expect(rl.record(k, 'failure', 1010)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(rl.attempt(k, 2000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(rl.attempt(k, 1010 + 30_000).allowed).toBe(true);
  });

  it('a success clears the failure streak', () => {
    const rl = new LookupRateLimiter(rules);
    const k = ['kiosk:b'];
    rl.record(k, 'failure', 0);
    rl.record(k, 'failure', 1);
    rl.record(k, 'found', 2);
    expect(rl.record(k, 'failure', 3).allowed).toBe(true);
    expect(rl.record(k, 'failure', 4).allowed).toBe(true);
  });

  it('caps lookups per minute even when they succeed', () => {
    const rl = new LookupRateLimiter(rules);
    const k = ['kiosk:c'];
    for (let i = 0; i < 5; i++) expect(rl.attempt(k, i * 1000).allowed).toBe(true);
    const d = rl.attempt(k, 5000);
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 55 });
    expect(rl.attempt(k, 60_001).allowed).toBe(true);
  });

  it('keeps kiosks apart but honours a shared address key', () => {
    const rl = new LookupRateLimiter(rules);
    for (let i = 0; i < 3; i++) rl.record(['kiosk:x', 'ip:1'], 'failure', i);
    expect(rl.attempt(['kiosk:y'], 10).allowed).toBe(true);
    expect(rl.attempt(['kiosk:y', 'ip:1'], 10).allowed).toBe(false);
  });
});
