import 'server-only';
import { parseDocumento } from '@/lib/br';
import { getConfig } from '@/lib/config';
import type { CrmCliente } from '@/lib/crm/port';
import { getCrm } from '@/lib/crm/registry';
import { todayInSaoPaulo } from '@/lib/domain/dates';
import { DomainError, isDomainError, messageFor } from '@/lib/domain/errors';
import type { Cliente, Contato, Documento, NotaFiscal } from '@/lib/domain/types';
import { getErp } from '@/lib/erp/registry';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { avaliarFatura, type FaturaAvaliada } from './avaliar-fatura';
import { notasDisponiveis, notasDoCliente } from './notas';
import { pendenciasParaBalcao } from './pendencias';

/**
 * What the desk shows about a customer. Staff see the full data (they check an ID document in person), but
 * every part degrades alone: the ERP's contacts failing leaves the faturas on screen, and vice versa.
 */

/** Typed or pasted, with or without mask, numeric or alphanumeric CNPJ. */
export async function buscarClienteNoErp(input: string): Promise<Cliente> {
  const doc = parseDocumento(input);
  if (!doc.ok) throw new DomainError('DOCUMENTO_INVALIDO', { details: doc.reason });
  const cliente = await runWithCorrelationId(newCorrelationId(), () => getErp().findCliente(doc.value));
  if (!cliente) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
  return cliente;
}

export type Parte<T> = { ok: true; value: T } | { ok: false; message: string };

async function parte<T>(fn: () => Promise<T>): Promise<Parte<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    if (!isDomainError(error)) console.error('balcão: parte da página falhou', error);
    return { ok: false, message: messageFor(isDomainError(error) ? error.code : 'ERRO_INTERNO') };
  }
}

export interface ClienteNoBalcao {
  documento: Documento;
  cliente: Parte<Cliente | null>;
  contatos: Parte<Contato[]>;
  faturas: Parte<FaturaAvaliada[]>;
  /** null when no CRM is configured. */
  crm: Parte<CrmCliente | null> | null;
  /** The ERP's internal notices, for staff only (the kiosk learns only whether there are any). */
  pendencias: Parte<{ suportado: boolean; textos: string[] }>;
  /** The customer's notas fiscais, newest first; null when the ERP lists none (`pdf`: it also serves PDFs). */
  notas: { lista: Parte<NotaFiscal[]>; pdf: boolean } | null;
}

export async function clienteNoBalcao(documento: Documento): Promise<ClienteNoBalcao> {
  return runWithCorrelationId(newCorrelationId(), async () => {
    const erp = getErp();
    const crmAdapter = getCrm();
    const today = todayInSaoPaulo();
    const notasNoErp = notasDisponiveis();
    const [cliente, contatos, faturas, crm, pendencias, notas] = await Promise.all([
      parte(() => erp.findCliente(documento)),
      parte(() => erp.listContatos(documento)),
      parte(async () =>
        (await erp.listFaturas(documento))
          .filter((f) => f.documento === documento)
          .map((f) => avaliarFatura(f, today, getConfig().pix))
          .sort((a, b) => a.fatura.vencimento.localeCompare(b.fatura.vencimento)),
      ),
      crmAdapter ? parte(() => crmAdapter.findClienteByDocumento(documento)) : Promise.resolve(null),
      parte(() => pendenciasParaBalcao(documento, erp)),
      notasNoErp.lista ? parte(() => notasDoCliente({ documento })) : Promise.resolve(null),
    ]);
    return {
      documento,
      cliente,
      contatos,
      faturas,
      crm,
      pendencias,
      notas: notas ? { lista: notas, pdf: notasNoErp.pdf } : null,
    };
  });
}
