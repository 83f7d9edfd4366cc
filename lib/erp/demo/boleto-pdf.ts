import { formatDateBR } from '@/lib/domain/dates';
import type { Fatura } from '@/lib/domain/types';

/**
 * The demo ERP's own boleto PDF ("Pegar pdf de um boleto"): a small, valid, one-page PDF written by hand, the
 * way an ERP's template engine would hand one over, so "PDF do banco" can be shown and tested without a real
 * ERP. Deliberately not made with lib/pdf: it stands for a document the totem did not produce.
 */
function escapePdfText(text: string): string {
  // Standard 14 fonts with WinAnsiEncoding: fold to ASCII, escape the string delimiters.
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

function money(centavos: number): string {
  return `R$ ${(centavos / 100).toFixed(2).replace('.', ',')}`;
}

export function demoBoletoPdf(fatura: Fatura): Uint8Array {
  return demoTextPdf([
    'BOLETO EMITIDO PELO ERP (DEMONSTRACAO)',
    `Fatura ${fatura.codeFatura ?? fatura.id} - ${fatura.historico}`,
    `Pagador: ${fatura.nomeCliente}`,
    `Vencimento: ${formatDateBR(fatura.vencimento)}`,
    `Valor: ${money(fatura.valorFinal)}`,
    `Linha digitavel: ${fatura.linhaDigitavel ?? 'indisponivel'}`,
  ]);
}

/** A one-page A4 PDF of text lines (Helvetica), as an ERP's template engine would hand one over. */
export function demoTextPdf(lines: string[]): Uint8Array {
  const content =
    'BT /F1 14 Tf 56 780 Td 18 TL\n' + lines.map((l) => `(${escapePdfText(l)}) Tj T*`).join('\n') + '\nET\n';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
