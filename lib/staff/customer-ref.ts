import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { parseDocumento } from '@/lib/br';
import { getConfig } from '@/lib/config';
import type { Documento } from '@/lib/domain/types';
import { deskKey } from './server';

/**
 * The customer a desk page is about travels in its URL as a sealed reference (encrypted and authenticated
 * with the desk's key), not as a CPF/CNPJ: documents stay out of access logs, proxies and browser history.
 */
export async function sealCustomerRef(documento: Documento): Promise<string> {
  return sealData({ d: documento }, { password: deskKey(), ttl: getConfig().staff.maxSeconds });
}

export async function openCustomerRef(ref: string): Promise<Documento | null> {
  if (ref.length > 600) return null;
  try {
    const data = await unsealData<{ d?: unknown }>(decodeURIComponent(ref), {
      password: deskKey(),
      ttl: getConfig().staff.maxSeconds,
    });
    if (typeof data.d !== 'string') return null;
    const doc = parseDocumento(data.d);
    return doc.ok ? doc.value : null;
  } catch {
    return null;
  }
}
