import 'server-only';
import { isDomainError } from '@/lib/domain/errors';
import type { Documento } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import { getErp } from '@/lib/erp/registry';

/**
 * Internal notices ("Pegar texto para avaliar pendência interna"). Their text is for staff: the kiosk only
 * learns whether there are any, and tells the customer to see the counter before the self-service actions a
 * notice may affect (trust unlock, a new order as an existing customer).
 *
 * `indisponivel` (the ERP failed to answer) is treated like a notice by those actions: an unlock the staff may
 * have forbidden must not go through because the check could not run.
 */
export type EstadoPendencias = 'nenhuma' | 'ha_pendencias' | 'indisponivel';

export async function estadoPendencias(
  documento: Documento,
  erp: ErpAdapter = getErp(),
): Promise<EstadoPendencias> {
  if (!erp.capabilities.has('pendencias') || !erp.listPendencias) return 'nenhuma';
  try {
    return (await erp.listPendencias(documento)).length > 0 ? 'ha_pendencias' : 'nenhuma';
  } catch (error) {
    if (isDomainError(error)) return 'indisponivel';
    throw error;
  }
}

/**
 * For the desk (staff pages): the notices' texts for a customer. The caller must have checked the staff
 * role on the server; ERP failures are thrown as DomainErrors. Empty when the ERP has no such function.
 */
export async function pendenciasParaBalcao(
  documento: Documento,
  erp: ErpAdapter = getErp(),
): Promise<{ suportado: boolean; textos: string[] }> {
  if (!erp.capabilities.has('pendencias') || !erp.listPendencias) return { suportado: false, textos: [] };
  return { suportado: true, textos: await erp.listPendencias(documento) };
}
