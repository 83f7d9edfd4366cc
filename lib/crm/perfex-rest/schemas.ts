import { z } from 'zod';

/**
 * The two Perfex REST modules (INTEGRATIONS.md §B):
 * - Themesic "REST API for Perfex CRM" v1 (eAdvertise/REST-API-module-for-Perfex-CRM
 *   api/controllers/Customers.php): a customer is the tblclients row itself; errors `{status:false, message}`
 *   mostly with HTTP 404 — an invalid token included (api/libraries/Authorization_Token.php messages);
 *   the v3 fork pages `?page&per_page` into `{data, meta:{has_more,…}}` and answers validation with 422
 *   `{status:false, error:"validation_failed", message, errors:{field: reason}}`;
 * - "PerfexCRM API & Webhooks" (OBSTechnologies/n8n-nodes-perfexcrm PerfexCrm.node.ts): `{data}` or the bare
 *   value, lists paged by `page` + `limit` (≤ 100), 429 with Retry-After.
 */
export const statusMessageSchema = z.looseObject({
  status: z.boolean().optional(),
  success: z.boolean().optional(),
  message: z.string().optional(),
  error: z.unknown().optional(),
  errors: z.record(z.string(), z.unknown()).optional(),
});

export const customFieldsSchema = z
  .array(
    z.looseObject({
      label: z.string().optional(),
      slug: z.string().optional(),
      name: z.string().optional(),
      value: z.union([z.string(), z.number(), z.null()]).optional(),
    }),
  )
  .optional();

/** A list in any of the shapes seen: bare array, `{data: []}`, `{customers: []}`. */
export function listOf(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (body && typeof body === 'object') {
    const b = body as { data?: unknown; customers?: unknown };
    if (Array.isArray(b.data)) return b.data;
    if (Array.isArray(b.customers)) return b.customers;
  }
  return null;
}

/** One record: bare, or wrapped in `data` / `customer`. */
export function recordOf(body: unknown): unknown {
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const b = body as { data?: unknown; customer?: unknown; userid?: unknown; company?: unknown };
    if (b.userid === undefined && b.company === undefined) {
      if (b.data && typeof b.data === 'object') return b.data;
      if (b.customer && typeof b.customer === 'object') return b.customer;
    }
  }
  return body;
}

export const pagingSchema = z.looseObject({
  meta: z
    .looseObject({
      has_more: z.boolean().optional(),
      total_pages: z.union([z.number(), z.string()]).optional(),
      last_page: z.union([z.number(), z.string()]).optional(),
    })
    .optional(),
});
