import { parseLinhaDigitavel } from '@/lib/boleto';
import { DomainError } from '@/lib/domain/errors';
import { parsePixPayload } from '@/lib/pix';
import { checkBoleto, valorDevido } from '@/lib/services/avaliar-fatura';
import type { BoletoDocumentData } from './types';

const inconsistente = (details: string) => new DomainError('BOLETO_INCONSISTENTE', { details });

/**
 * Defence in depth (ARCHITECTURE.md "Boleto integrity"): the renderer repeats the gate instead of trusting
 * its caller. The linha digitável must validate, the barcode to be drawn must be exactly the one it encodes,
 * and the fatura itself must pass the value/due-date rules with that same barcode. A Pix must parse, pass
 * its CRC and, when it carries an amount, ask for the amount due. Throws DomainError otherwise.
 */
export function assertBoletoImprimivel(data: BoletoDocumentData): void {
  const { boleto, fatura, emitidoEm } = data;
  const parsed = parseLinhaDigitavel(boleto.linhaDigitavel, emitidoEm);
  if (!parsed.ok) throw inconsistente(`linha digitável inválida (${parsed.reason})`);
  const lido = parsed.boleto;
  if (
    lido.codigoBarras !== boleto.codigoBarras ||
    lido.tipo !== boleto.tipo ||
    lido.valor !== boleto.valor ||
    lido.vencimento !== boleto.vencimento
  ) {
    throw inconsistente('o código de barras a imprimir não corresponde à linha digitável');
  }
  const gate = checkBoleto(fatura, emitidoEm);
  if (!gate.ok) throw inconsistente(gate.motivo);
  if (gate.info.codigoBarras !== boleto.codigoBarras) {
    throw inconsistente('a linha digitável a imprimir não é a da fatura');
  }

  if (data.pix) {
    const pix = parsePixPayload(data.pix.payload);
    if (!pix.ok) throw new DomainError('PIX_INCONSISTENTE', { details: `Pix inválido (${pix.reason})` });
    if (pix.pix.amount !== null && pix.pix.amount !== valorDevido(fatura)) {
      throw new DomainError('PIX_INCONSISTENTE', { details: 'o valor do Pix difere do valor devido' });
    }
  }
}
