import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures and then refuses without calling', () => {
    const c = clock();
    const b = new CircuitBreaker('t', { failureThreshold: 3, openMs: 10_000, now: c.now });
    for (let i = 0; i < 3; i++) b.acquire()?.failure();
    expect(b.snapshot()).toMatchObject({ state: 'open', health: 'circuit_open', consecutiveFailures: 3 });
    expect(b.acquire()).toBeNull();
  });

  it('a success in between resets the count', () => {
    const b = new CircuitBreaker('t', { failureThreshold: 3 });
    b.acquire()?.failure();
    b.acquire()?.failure();
    b.acquire()?.success();
    b.acquire()?.failure();
    expect(b.snapshot().state).toBe('closed');
  });

  it('lets exactly one probe through when half-open; the probe decides', () => {
    const c = clock();
    const b = new CircuitBreaker('t', { failureThreshold: 1, openMs: 5_000, now: c.now });
    b.acquire()?.failure();
    expect(b.acquire()).toBeNull();
    c.advance(5_000);
    expect(b.snapshot().health).toBe('degraded');
    const probe = b.acquire();
    expect(probe?.isProbe).toBe(true);
    expect(b.acquire()).toBeNull(); // a second caller while the probe is out fails fast
    probe?.failure();
    expect(b.snapshot().state).toBe('open');
    c.advance(5_000);
    b.acquire()?.success();
    expect(b.snapshot()).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
  });

  it('reports degraded after a recent failure and up once it is old', () => {
    const c = clock();
    const b = new CircuitBreaker('t', { failureThreshold: 5, degradedWindowMs: 60_000, now: c.now });
    b.acquire()?.failure();
    expect(b.snapshot().health).toBe('degraded');
    b.acquire()?.success();
    expect(b.snapshot().health).toBe('degraded');
    c.advance(60_001);
    expect(b.snapshot().health).toBe('up');
  });

  it('a neutral outcome (the upstream answered 4xx) counts as alive', () => {
    const c = clock();
    const b = new CircuitBreaker('t', { failureThreshold: 1, openMs: 1_000, now: c.now });
    b.acquire()?.failure();
    c.advance(1_000);
    b.acquire()?.neutral();
    expect(b.snapshot().state).toBe('closed');
  });
});
