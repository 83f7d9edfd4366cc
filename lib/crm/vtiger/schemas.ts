import { z } from 'zod';

/**
 * Vtiger webservice shapes (INTEGRATIONS.md §C, "Measured on a real Vtiger 8.3" wins): every answer is
 * `{success:true, result}` or `{success:false, error:{code, message}}` — `code` is usually a string
 * (`INVALID_SESSIONID`, `ACCESS_DENIED` …) but a duplicate answers `"code":0`.
 */
export const envelopeSchema = z.union([
  z.looseObject({ success: z.literal(true), result: z.unknown() }),
  z.looseObject({
    success: z.literal(false),
    error: z.looseObject({
      code: z.union([z.string(), z.number()]).optional(),
      message: z.string().optional(),
    }),
  }),
]);

export const challengeSchema = z.looseObject({
  token: z.string().min(1),
  expireTime: z.unknown().optional(),
});

export const loginSchema = z.looseObject({ sessionName: z.string().min(1), userId: z.string().optional() });

/** `describe`: the module's fields as this install has them (custom `cf_NNN` included) and its id prefix. */
export const describeSchema = z.looseObject({
  name: z.string().optional(),
  idPrefix: z.union([z.string(), z.number()]),
  fields: z.array(
    z.looseObject({
      name: z.string(),
      label: z.string().optional(),
      mandatory: z.boolean().optional(),
      editable: z.boolean().optional(),
    }),
  ),
});
export type VtigerDescribe = z.infer<typeof describeSchema>;

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();
/** A record: `id` like `12x34`, then field name → value (strings in practice). */
export const recordSchema = z.looseObject({ id: z.string().regex(/^\d+x\d+$/) }).catchall(value);
export type VtigerRecord = z.infer<typeof recordSchema>;

export const queryResultSchema = z.array(z.unknown());
