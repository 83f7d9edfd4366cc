/**
 * Lookup rate limit, per kiosk (and per client address as a backstop): enumeration of CPFs from a totem must
 * be slow. Two rules: `maxFailures` not-found/invalid lookups in a row block the key for `blockSeconds`;
 * more than `maxPerMinute` lookups in a sliding minute block it until the window frees. In-memory.
 */
export interface RateLimitRules {
  maxFailures: number;
  blockSeconds: number;
  maxPerMinute: number;
}

interface Bucket {
  failures: number;
  blockedUntil: number;
  recent: number[];
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

export class LookupRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly rules: RateLimitRules) {}

  /** Whether every key may look up now; counts the attempt when allowed. */
  attempt(keys: string[], now: number): LimitDecision {
    let wait = 0;
    for (const key of keys) {
      const b = this.bucket(key, now);
      if (b.blockedUntil > now) wait = Math.max(wait, b.blockedUntil - now);
      if (b.recent.length >= this.rules.maxPerMinute) {
        const oldest = b.recent[0] ?? now;
        wait = Math.max(wait, oldest + WINDOW_MS - now);
      }
    }
    if (wait > 0) return { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) };
    for (const key of keys) this.bucket(key, now).recent.push(now);
    return { allowed: true };
  }

  /** Records the outcome: a success clears the failure streak; a failure may start a block. */
  record(keys: string[], outcome: 'found' | 'failure', now: number): LimitDecision {
    let blocked = false;
    for (const key of keys) {
      const b = this.bucket(key, now);
      if (outcome === 'found') {
        b.failures = 0;
        continue;
      }
      b.failures += 1;
      if (b.failures >= this.rules.maxFailures) {
        b.failures = 0;
        b.blockedUntil = now + this.rules.blockSeconds * 1000;
        blocked = true;
      }
    }
    return blocked ? { allowed: false, retryAfterSeconds: this.rules.blockSeconds } : { allowed: true };
  }

  private bucket(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = { failures: 0, blockedUntil: 0, recent: [] };
      this.buckets.set(key, b);
    }
    while (b.recent.length > 0 && (b.recent[0] ?? now) <= now - WINDOW_MS) b.recent.shift();
    if (this.buckets.size > 10_000) this.evict(now);
    return b;
  }

  private evict(now: number): void {
    for (const [key, b] of this.buckets) {
      if (b.blockedUntil <= now && b.recent.every((t) => t <= now - WINDOW_MS)) this.buckets.delete(key);
    }
  }
}
