import 'server-only';
import { getConfig } from '@/lib/config';
import { LookupRateLimiter } from '@/lib/session/rate-limit';

let limiter: LookupRateLimiter | undefined;

/** The process-wide lookup limiter, with the configured rules. */
export function getLookupLimiter(): LookupRateLimiter {
  limiter ??= new LookupRateLimiter(getConfig().lookup);
  return limiter;
}
