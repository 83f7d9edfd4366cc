import type { BoletoInfo } from '@/lib/boleto';
import type { IsoDate } from '@/lib/domain/dates';
import type { Fatura } from '@/lib/domain/types';

export const BOLETO_LAYOUTS = ['a4', '80mm'] as const;
/** A4 bank-style ficha with a cut line, or 80 mm receipt paper (thermal kiosk printers). */
export type BoletoLayout = (typeof BOLETO_LAYOUTS)[number];

/** The business that receives the payment (config `business`). */
export interface Beneficiario {
  nome: string;
  /** CNPJ, masked or not (printed formatted). */
  cnpj: string;
  endereco: string;
}

/**
 * Everything a boleto PDF shows, as domain data: no session, no config, no I/O. The payer's document is
 * taken from `fatura.documento` and always printed masked.
 */
export interface BoletoDocumentData {
  beneficiario: Beneficiario;
  fatura: Fatura;
  /** The boleto read from the fatura's linha digitável (the integrity gate's output). */
  boleto: BoletoInfo;
  /** A Pix that passed the gate (payload CRC-checked, amount = amount due), or null for none. */
  pix: { payload: string; expiraEm: string | null } | null;
  /** The São Paulo date the PDF is made for: resolves the fator cycle and is printed as the issue date. */
  emitidoEm: IsoDate;
  /**
   * Resolution of the printer (dpi): barcode and QR modules are drawn in whole printer dots. Absent: the
   * nominal 0.254 mm module (whole dots at 300 and 600 dpi).
   */
  printerDpi?: number;
}
