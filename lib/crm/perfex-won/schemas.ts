import { z } from 'zod';

/**
 * WON API envelopes, every version in `Matheusbaiense/won_api` (INTEGRATIONS.md §A, read in the repository's
 * controllers/Won.php at 0787fd7, 2674cd8 and f04742c):
 * - HEAD (a522e96+): `{success, data, message, timestamp, meta?}`, meta = {page, limit, total, total_pages};
 * - 2674cd8 … 90ff5d1: the same plus `error` / `error_code` (AUTH_MISSING, AUTH_INVALID, RATE_LIMIT_EXCEEDED,
 *   INVALID_TABLE, NOT_FOUND, INVALID_EMAIL_FORMAT, …);
 * - the oldest: a bare array or object, errors as `{erro: "…"}`.
 */
export const wonEnvelopeSchema = z.looseObject({
  success: z.boolean(),
  data: z.unknown().optional(),
  message: z.string().nullish(),
  error: z.unknown().optional(),
  error_code: z.string().nullish(),
  meta: z
    .looseObject({
      page: z.union([z.number(), z.string()]).optional(),
      total_pages: z.union([z.number(), z.string()]).optional(),
    })
    .nullish(),
});
export type WonEnvelope = z.infer<typeof wonEnvelopeSchema>;

export const wonOldErrorSchema = z.looseObject({ erro: z.string() });

/** The 2674cd8-era `/join` rows: aliased columns, no `userid`. */
export const wonJoinRowSchema = z.looseObject({
  client_vat: z.union([z.string(), z.number(), z.null()]).optional(),
  client_company: z.union([z.string(), z.null()]).optional(),
});
