export { createHttpClient, joinUrl } from './client';
export type {
  HttpClient,
  HttpClientOptions,
  HttpMethod,
  HttpRequest,
  HttpResult,
  JsonResult,
} from './client';
export { breakerFor, listBreakers, CircuitBreaker } from './circuit-breaker';
export { CircuitOpenError } from './errors';
export type { BreakerSnapshot, BreakerState, CircuitBreakerOptions } from './circuit-breaker';
export { CORRELATION_HEADER, getCorrelationId, newCorrelationId, runWithCorrelationId } from './correlation';
export { createLogger, silentLogger } from './logger';
export type { Logger } from './logger';
export { redactText, redactUrl } from './redact';
