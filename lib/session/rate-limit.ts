/**
 * Lookup rate limits: enumeration of CPFs/CNPJs must be slow whatever the client sends (issue #8).
 *
 * A limit is a list of checks, each a key and the rule for that key; the counters know nothing else. Every
 * lookup is checked against:
 * - `lookup:global` — the whole server: one process serves a known, small number of totems, so a budget per
 *   minute and a failure streak across all keys cap what any set of clients can do together;
 * - `lookup:kiosk:<id>` — the kiosk's signed id (lib/session/kiosk-id), or the one shared `lookup:kiosk:sem-id`
 *   bucket for every request without a valid id, so dropping or forging the cookie gains nothing;
 * - `lookup:ip:<address>` — the client address, when a trusted reverse proxy reports it (TRUST_PROXY).
 * Minting kiosk ids has its own budget (`kiosk-id:mint`), or fresh ids would be free buckets.
 *
 * Semantics every implementation of RateLimitCounters keeps (the in-memory one here; a SQL store later):
 * - `attempt` allows only when no key is blocked and every key has fewer than `maxPerMinute` attempts in the
 *   last 60 s; an allowed attempt counts on every key, a refused one on none. Atomic over its keys.
 * - `record` applies an outcome: `found` clears each key's failure streak; `failure` extends it, and a key
 *   whose streak reaches `maxFailures` is blocked for `blockSeconds` (and its streak starts again).
 */
export interface RateRule {
  /** Attempts allowed in any 60 s window. */
  maxPerMinute: number;
  /** Failures in a row that block the key; undefined = no streak rule (e.g. minting ids). */
  maxFailures?: number;
  blockSeconds: number;
}

export interface RateCheck {
  key: string;
  rule: RateRule;
}

export type LimitDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; /** The keys that refused. */ blockedBy: string[] };

export type LookupOutcome = 'found' | 'failure';

/** The counters behind the limits. Async so that a shared store (SQLite/PostgreSQL) can back them. */
export interface RateLimitCounters {
  /**
   * Whether every check would pass now, counting nothing: the keypad shows a blocked kiosk's countdown before
   * the next person types 11 digits for nothing.
   */
  status(checks: readonly RateCheck[], now: number): Promise<LimitDecision>;
  attempt(checks: readonly RateCheck[], now: number): Promise<LimitDecision>;
  record(checks: readonly RateCheck[], outcome: LookupOutcome, now: number): Promise<LimitDecision>;
  /**
   * Keys that may be refusing now, for the supervisor's list: blocked by a failure streak, or with attempts
   * counted in the last 60 s (whether their window is full depends on their rule: ask `status`).
   */
  activeKeys(now: number): Promise<string[]>;
  /** A supervisor's unlock: each key's block, failure streak and counted attempts are forgotten. */
  clear(keys: readonly string[]): Promise<void>;
}

export const GLOBAL_LOOKUP_KEY = 'lookup:global';
export const NO_KIOSK_ID_KEY = 'lookup:kiosk:sem-id';
export const MINT_KEY = 'kiosk-id:mint';

export interface LookupPolicy {
  /** Per kiosk id, for the shared no-id bucket and per client address. */
  perKiosk: RateRule;
  /** The whole server. */
  global: RateRule;
  /** New kiosk ids. */
  mint: RateRule;
}

export interface LookupIdentity {
  /** The verified kiosk id, or null when the request had none or a forged one. */
  kioskId: string | null;
  /** The client address when a trusted proxy vouches for it; null otherwise (not a limit key then). */
  trustedAddress: string | null;
}

/** The checks one lookup must pass. */
export function lookupChecks(who: LookupIdentity, policy: LookupPolicy): RateCheck[] {
  const checks: RateCheck[] = [
    { key: GLOBAL_LOOKUP_KEY, rule: policy.global },
    { key: who.kioskId ? `lookup:kiosk:${who.kioskId}` : NO_KIOSK_ID_KEY, rule: policy.perKiosk },
  ];
  if (who.trustedAddress) checks.push({ key: `lookup:ip:${who.trustedAddress}`, rule: policy.perKiosk });
  return checks;
}

/** The check minting one new kiosk id must pass. */
export function mintChecks(policy: LookupPolicy): RateCheck[] {
  return [{ key: MINT_KEY, rule: policy.mint }];
}

/** Which limit a refusal came from, for logs and metrics: global, kiosk, sem-id, ip or mint. */
export function scopeOf(key: string): 'global' | 'kiosk' | 'sem-id' | 'ip' | 'mint' {
  if (key === GLOBAL_LOOKUP_KEY) return 'global';
  if (key === NO_KIOSK_ID_KEY) return 'sem-id';
  if (key === MINT_KEY) return 'mint';
  return key.startsWith('lookup:ip:') ? 'ip' : 'kiosk';
}

interface Bucket {
  failures: number;
  blockedUntil: number;
  recent: number[];
}

const WINDOW_MS = 60_000;
const MAX_BUCKETS = 10_000;

/** In-process counters (lost on restart; one process). */
export class MemoryRateLimitCounters implements RateLimitCounters {
  private readonly buckets = new Map<string, Bucket>();

  async status(checks: readonly RateCheck[], now: number): Promise<LimitDecision> {
    return this.waitNow(checks, now);
  }

  async attempt(checks: readonly RateCheck[], now: number): Promise<LimitDecision> {
    return this.attemptNow(checks, now);
  }

  async record(checks: readonly RateCheck[], outcome: LookupOutcome, now: number): Promise<LimitDecision> {
    return this.recordNow(checks, outcome, now);
  }

  async activeKeys(now: number): Promise<string[]> {
    return [...this.buckets]
      .filter(([, b]) => b.blockedUntil > now || b.recent.some((t) => t > now - WINDOW_MS))
      .map(([key]) => key)
      .sort();
  }

  async clear(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.buckets.delete(key);
  }

  /** Synchronous core (no await between check and count, so concurrent requests cannot both slip in). */
  attemptNow(checks: readonly RateCheck[], now: number): LimitDecision {
    const decision = this.waitNow(checks, now);
    if (!decision.allowed) return decision;
    for (const { key } of checks) this.bucket(key, now).recent.push(now);
    return { allowed: true };
  }

  private waitNow(checks: readonly RateCheck[], now: number): LimitDecision {
    let wait = 0;
    const blockedBy: string[] = [];
    for (const { key, rule } of checks) {
      const b = this.bucket(key, now);
      let keyWait = 0;
      if (b.blockedUntil > now) keyWait = b.blockedUntil - now;
      if (b.recent.length >= rule.maxPerMinute) {
        const oldest = b.recent[b.recent.length - rule.maxPerMinute] ?? now;
        keyWait = Math.max(keyWait, oldest + WINDOW_MS - now);
      }
      if (keyWait > 0) {
        blockedBy.push(key);
        wait = Math.max(wait, keyWait);
      }
    }
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000), blockedBy };
    return { allowed: true };
  }

  recordNow(checks: readonly RateCheck[], outcome: LookupOutcome, now: number): LimitDecision {
    const blockedBy: string[] = [];
    let wait = 0;
    for (const { key, rule } of checks) {
      const b = this.bucket(key, now);
      if (outcome === 'found') {
        b.failures = 0;
        continue;
      }
      if (rule.maxFailures === undefined) continue;
      b.failures += 1;
      if (b.failures >= rule.maxFailures) {
        b.failures = 0;
        b.blockedUntil = now + rule.blockSeconds * 1000;
        blockedBy.push(key);
        wait = Math.max(wait, rule.blockSeconds);
      }
    }
    return blockedBy.length > 0 ? { allowed: false, retryAfterSeconds: wait, blockedBy } : { allowed: true };
  }

  private bucket(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= MAX_BUCKETS) this.evict(now);
      b = { failures: 0, blockedUntil: 0, recent: [] };
      this.buckets.set(key, b);
    }
    while (b.recent.length > 0 && (b.recent[0] ?? now) <= now - WINDOW_MS) b.recent.shift();
    return b;
  }

  /** Forgets keys idle for a minute and not blocked (a failure streak that old may be forgotten). */
  private evict(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.blockedUntil <= now && b.recent.every((t) => t <= now - WINDOW_MS)) {
        this.buckets.delete(key);
      }
    }
  }
}
