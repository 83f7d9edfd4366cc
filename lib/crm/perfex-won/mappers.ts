import { perfexClientSchema, type PerfexClient } from '../perfex-rows';
import { docKey } from '../values';
import { wonJoinRowSchema } from './schemas';

/** `/join` rows in every version: HEAD's full tblclients row, or the old aliased row (no userid). */
export function joinRows(data: unknown): { full: PerfexClient[]; aliasedVats: string[] } {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : [];
  const full: PerfexClient[] = [];
  const aliasedVats: string[] = [];
  for (const item of list) {
    const row = perfexClientSchema.safeParse(item);
    if (row.success && (row.data.userid !== undefined || row.data.vat !== undefined)) {
      full.push(row.data);
      continue;
    }
    const aliased = wonJoinRowSchema.safeParse(item);
    if (aliased.success && aliased.data.client_vat != null) aliasedVats.push(String(aliased.data.client_vat));
  }
  return { full, aliasedVats };
}

export function sameDocumento(documento: string, vat: unknown): boolean {
  return docKey(typeof vat === 'string' || typeof vat === 'number' ? vat : null) === documento;
}
