import 'server-only';
import pino, { type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured logs for outbound calls. Bodies and headers are never logged on purpose; the redact paths are a
 * second line of defence should a caller add them to a log object anyway.
 */
export const REDACT_PATHS = [
  'headers.authorization',
  'headers.Authorization',
  'headers["x-api-token"]',
  'headers["X-API-TOKEN"]',
  'req.headers.authorization',
  '*.token',
  '*.password',
  '*.senha',
  '*.cnpj_cpf',
  '*.customer_document_number',
  '*.document_number',
  '*.documento',
];

export function createLogger(options: { level?: LevelWithSilent; name?: string } = {}): Logger {
  return pino({
    name: options.name ?? 'totem',
    level: options.level ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  });
}

/** A logger that writes nothing (tests, benchmarks). */
export const silentLogger: Logger = pino({ level: 'silent' });
