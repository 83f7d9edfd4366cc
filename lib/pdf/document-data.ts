import { DomainError } from '@/lib/domain/errors';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import type { Beneficiario, BoletoDocumentData } from './types';

/**
 * The document data of an evaluated fatura. Throws BOLETO_INCONSISTENTE when the gate refused the boleto:
 * there is nothing to print then (the ERP's own PDF may still be offered).
 */
export function boletoDocumentData(avaliada: FaturaAvaliada, beneficiario: Beneficiario): BoletoDocumentData {
  if (!avaliada.boleto.ok) {
    throw new DomainError('BOLETO_INCONSISTENTE', { details: avaliada.boleto.motivo });
  }
  return {
    beneficiario,
    fatura: avaliada.fatura,
    boleto: avaliada.boleto.info,
    pix: avaliada.pix.ok ? { payload: avaliada.pix.payload, expiraEm: avaliada.pix.expiraEm } : null,
    emitidoEm: avaliada.hoje,
  };
}
