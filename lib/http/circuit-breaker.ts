import { processSingleton } from '@/lib/process-singleton';

/**
 * Per-upstream circuit breaker, so a dead ERP fails fast instead of freezing every totem for a full timeout.
 *
 * closed ──(N consecutive failures)──▶ open ──(openMs elapsed)──▶ half_open: ONE probe request goes through
 *   ▲                                   ▲                                │
 *   └────────────── probe succeeds ─────┼──────── probe fails ───────────┘
 *
 * Only failures that say "the upstream is unwell" count (timeouts, refused/reset connections, 5xx, 429,
 * HTML/garbage instead of JSON); a 4xx or an auth error is the caller's problem, not the ERP's health.
 */

export type BreakerState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold?: number;
  /** How long the circuit stays open before a probe is let through. */
  openMs?: number;
  /** A closed circuit with a failure this recent is reported as degraded. */
  degradedWindowMs?: number;
  now?: () => number;
}

export interface BreakerSnapshot {
  name: string;
  state: BreakerState;
  /** up: closed and quiet; degraded: recent failures or probing; circuit_open: failing fast. */
  health: 'up' | 'degraded' | 'circuit_open';
  consecutiveFailures: number;
  lastFailureAt: number | null;
  lastSuccessAt: number | null;
  openedAt: number | null;
}

export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private consecutiveFailures = 0;
  private openedAt: number | null = null;
  private lastFailureAt: number | null = null;
  private lastSuccessAt: number | null = null;
  private probeInFlight = false;
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly degradedWindowMs: number;
  private readonly now: () => number;

  constructor(
    readonly name: string,
    options: CircuitBreakerOptions = {},
  ) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.openMs = options.openMs ?? 15_000;
    this.degradedWindowMs = options.degradedWindowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Asks to send one request. Returns a ticket to settle with `success()`/`failure()`/`neutral()`, or null when
   * the circuit is open (or a half-open probe is already in flight) and the caller must fail fast.
   */
  acquire(): BreakerTicket | null {
    if (this.state === 'open') {
      if (this.openedAt !== null && this.now() - this.openedAt < this.openMs) return null;
      this.state = 'half_open';
    }
    if (this.state === 'half_open') {
      if (this.probeInFlight) return null;
      this.probeInFlight = true;
      return this.ticket(true);
    }
    return this.ticket(false);
  }

  snapshot(): BreakerSnapshot {
    // An open circuit whose wait is over is about to probe: report it as degraded, not open.
    const openWaiting =
      this.state === 'open' && this.openedAt !== null && this.now() - this.openedAt < this.openMs;
    const recentFailure =
      this.consecutiveFailures > 0 ||
      (this.lastFailureAt !== null && this.now() - this.lastFailureAt < this.degradedWindowMs);
    const health = openWaiting
      ? 'circuit_open'
      : this.state !== 'closed' || recentFailure
        ? 'degraded'
        : 'up';
    return {
      name: this.name,
      state: this.state,
      health,
      consecutiveFailures: this.consecutiveFailures,
      lastFailureAt: this.lastFailureAt,
      lastSuccessAt: this.lastSuccessAt,
      openedAt: this.openedAt,
    };
  }

  /** Tests and admin: forget every failure. */
  reset(): void {
    this.state = 'closed';
    this.consecutiveFailures = 0;
    this.openedAt = null;
    this.lastFailureAt = null;
    this.probeInFlight = false;
  }

  private ticket(isProbe: boolean): BreakerTicket {
    let settled = false;
    const settle = (outcome: 'success' | 'failure' | 'neutral') => {
      if (settled) return;
      settled = true;
      if (isProbe) this.probeInFlight = false;
      if (outcome === 'failure') this.onFailure(isProbe);
      else this.onSuccess();
    };
    return {
      isProbe,
      success: () => settle('success'),
      failure: () => settle('failure'),
      // The upstream answered, even if not what we wanted (4xx): it is alive.
      neutral: () => settle('neutral'),
    };
  }

  private onSuccess(): void {
    this.lastSuccessAt = this.now();
    this.consecutiveFailures = 0;
    this.state = 'closed';
    this.openedAt = null;
  }

  private onFailure(isProbe: boolean): void {
    this.lastFailureAt = this.now();
    this.consecutiveFailures += 1;
    if (isProbe || this.consecutiveFailures >= this.failureThreshold) {
      this.state = 'open';
      this.openedAt = this.now();
    }
  }
}

export interface BreakerTicket {
  readonly isProbe: boolean;
  success(): void;
  failure(): void;
  neutral(): void;
}

/**
 * One breaker per upstream name for the whole process (across Next's bundle layers too), so every client of one
 * ERP shares its state and /api/health sees the same circuit the pages trip.
 */
const registry = () => processSingleton('http-breakers', () => new Map<string, CircuitBreaker>());

export function breakerFor(name: string, options?: CircuitBreakerOptions): CircuitBreaker {
  let breaker = registry().get(name);
  if (!breaker) {
    breaker = new CircuitBreaker(name, options);
    registry().set(name, breaker);
  }
  return breaker;
}

export function listBreakers(): BreakerSnapshot[] {
  return [...registry().values()].map((b) => b.snapshot());
}
