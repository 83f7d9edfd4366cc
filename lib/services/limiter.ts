import 'server-only';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { LookupRateLimiter } from '@/lib/session/rate-limit';

/** The process-wide lookup limiter, with the configured rules. */
export function getLookupLimiter(): LookupRateLimiter {
  return processSingleton('lookup-limiter', () => new LookupRateLimiter(getConfig().lookup));
}
