import { DomainError } from '@/lib/domain/errors';

/** PDF readers accept the header anywhere in the first 1024 bytes (PDF 32000-1 Annex H, Acrobat note 3). */
const HEADER_WINDOW = 1024;
/** The end-of-file marker must be near the end; its absence means the download was cut short. */
const TRAILER_WINDOW = 1024;

function indexOf(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const n = Buffer.from(needle, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(from, to).indexOf(n);
}

/**
 * Checks that bytes from an ERP are a whole PDF before they reach the printer: within the size limit, with
 * the `%PDF-` magic (leading junk such as a PHP newline or BOM is cut off) and an `%%EOF` near the end.
 * Throws DomainError PDF_INVALIDO otherwise; an HTML error page or a JSON envelope never gets printed.
 */
export function validatePdfBytes(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.byteLength === 0) throw new DomainError('PDF_INVALIDO', { details: 'PDF vazio' });
  if (bytes.byteLength > maxBytes) {
    throw new DomainError('PDF_INVALIDO', {
      details: `PDF de ${bytes.byteLength} bytes acima do limite ${maxBytes}`,
    });
  }
  const start = indexOf(bytes, '%PDF-', 0, HEADER_WINDOW);
  if (start < 0) throw new DomainError('PDF_INVALIDO', { details: 'sem a assinatura %PDF- no início' });
  if (indexOf(bytes, '%%EOF', Math.max(0, bytes.byteLength - TRAILER_WINDOW), bytes.byteLength) < 0) {
    throw new DomainError('PDF_INVALIDO', { details: 'PDF truncado (sem %%EOF no final)' });
  }
  return start === 0 ? bytes : bytes.subarray(start);
}
