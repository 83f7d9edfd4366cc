import type { PerfexClient } from '../perfex-rows';
import { docKey } from '../values';
import { customFieldsSchema } from './schemas';

/**
 * Whether a customer holds this document: in `vat`, or in the configured custom field (Themesic's search
 * matches custom fields, not `vat` — Api_model `get_relation_data_api`), compared without mask.
 */
export function holdsDocumento(row: PerfexClient, documento: string, vatField: string | null): boolean {
  if (docKey(row.vat) === documento) return true;
  if (!vatField) return false;
  const fields = customFieldsSchema.safeParse((row as { customfields?: unknown }).customfields);
  if (!fields.success || !fields.data) return false;
  return fields.data.some(
    (f) =>
      (f.slug === vatField || f.name === vatField || f.slug === undefined) &&
      docKey(f.value ?? null) === documento,
  );
}
