import { DomainError, messageFor, type ErrorCode } from '@/lib/domain/errors';

/** What every server action returns: expected failures are values, not exceptions (Next docs). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      retryAfterSeconds?: number;
      fieldErrors?: Record<string, string>;
    };

export function fail(
  code: ErrorCode,
  extra: { retryAfterSeconds?: number; fieldErrors?: Record<string, string> } = {},
) {
  return { ok: false as const, code, message: messageFor(code), ...extra };
}

/** Maps a thrown error to a result; anything that is not a DomainError is logged and becomes ERRO_INTERNO. */
export function failFrom(error: unknown): ActionResult<never> {
  if (error instanceof DomainError) {
    return fail(error.code, error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {});
  }
  console.error('erro inesperado numa ação', error);
  return fail('ERRO_INTERNO');
}
