import {
  buildBoletoBancario,
  codigoBarrasFromLinha,
  formatLinhaDigitavel,
  itfModules,
  parseLinhaDigitavel,
} from '@/lib/boleto';
import { formatDateBR } from '@/lib/domain/dates';
import type { Fatura } from '@/lib/domain/types';

/**
 * The demo ERP's own boleto PDF ("Pegar pdf de um boleto"): a one-page bank boleto written by hand, the way an
 * ERP's template engine hands one over — ficha de compensação with its boxes and an ITF barcode a bank app
 * reads — so "PDF do banco" can be shown, printed and scanned without a real ERP. Deliberately not made with
 * lib/pdf: it stands for a document the totem did not produce. A fatura with no linha digitável in the ERP's
 * listing (Ana's) still has one here: the ERP has its boleto, it just did not send the line.
 */
const PT_PER_MM = 72 / 25.4;
const PAGE_W = 595.28;
const PAGE_H = 841.89;

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

/** The ERP's boleto for this fatura: its own linha digitável, or (none sent) one the ERP holds for it. */
function boletoDoErp(fatura: Fatura): { linha: string; barras: string } {
  const parsed = fatura.linhaDigitavel ? parseLinhaDigitavel(fatura.linhaDigitavel, fatura.vencimento) : null;
  if (parsed?.ok) return { linha: parsed.boleto.linhaDigitavel, barras: parsed.boleto.codigoBarras };
  const digits = fatura.id.replace(/\D/g, '').padStart(8, '0').slice(-8);
  const { linhaDigitavel } = buildBoletoBancario({
    banco: '341',
    vencimento: fatura.vencimento,
    valor: fatura.valorInicial,
    campoLivre: `109${digits}12345678900000`,
  });
  return { linha: linhaDigitavel, barras: codigoBarrasFromLinha(linhaDigitavel) };
}

class Page {
  private ops: string[] = [];
  /** Text at (x, y) mm from the top-left corner; `size` in points. */
  text(xMm: number, yMm: number, text: string, size = 8, bold = false): void {
    const x = xMm * PT_PER_MM;
    const y = PAGE_H - yMm * PT_PER_MM;
    this.ops.push(
      `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td (${escapePdfText(text)}) Tj ET`,
    );
  }
  /** A box outline, mm from the top-left corner. */
  box(xMm: number, yMm: number, wMm: number, hMm: number, width = 0.5): void {
    const [x, y, w, h] = [xMm, yMm, wMm, hMm].map((v) => v * PT_PER_MM) as [number, number, number, number];
    this.ops.push(
      `${width} w ${x.toFixed(2)} ${(PAGE_H - y - h).toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)} re S`,
    );
  }
  /** A labelled ficha box. */
  field(
    xMm: number,
    yMm: number,
    wMm: number,
    hMm: number,
    label: string,
    value: string,
    bold = false,
  ): void {
    this.box(xMm, yMm, wMm, hMm);
    this.text(xMm + 1, yMm + 2.3, label, 5.5);
    this.text(xMm + 1, yMm + hMm - 1.4, value, 8.5, bold);
  }
  /** ITF bars at FEBRABAN size (0.254 mm module, 13 mm tall), starting x mm from the left, bottom at y mm. */
  itf(codigoBarras: string, xMm: number, bottomMm: number): void {
    const modules = itfModules(codigoBarras);
    const moduleWidth = 0.254 * PT_PER_MM;
    const x0 = xMm * PT_PER_MM;
    const y0 = PAGE_H - bottomMm * PT_PER_MM;
    const h = 13 * PT_PER_MM;
    const rects: string[] = [];
    for (let i = 0; i < modules.length;) {
      if (modules[i] !== '1') {
        i++;
        continue;
      }
      let j = i;
      while (modules[j] === '1') j++;
      rects.push(
        `${(x0 + i * moduleWidth).toFixed(3)} ${y0.toFixed(3)} ${((j - i) * moduleWidth).toFixed(3)} ${h.toFixed(3)} re`,
      );
      i = j;
    }
    this.ops.push(`0 g ${rects.join(' ')} f`);
  }
  content(): string {
    return this.ops.join('\n') + '\n';
  }
}

export function demoBoletoPdf(fatura: Fatura): Uint8Array {
  const { linha, barras } = boletoDoErp(fatura);
  const p = new Page();
  const L = 10;
  const W = 190;
  const side = 48;
  // Receipt part (recibo do pagador), short, as banks print it.
  p.text(L, 14, 'BOLETO EMITIDO PELO ERP (DEMONSTRACAO)', 7);
  p.text(L, 22, 'Itaú', 14, true);
  p.text(L + 35, 22, '341-7', 14, true);
  p.text(L + 130, 22, 'Recibo do Pagador', 9, true);
  p.field(L, 25, W - side, 10, 'Beneficiário', 'Provedor Demonstração Ltda - CNPJ 45.321.098/0001-17');
  p.field(L + W - side, 25, side, 10, 'Vencimento', formatDateBR(fatura.vencimento), true);
  p.field(L, 35, W - side, 10, 'Pagador', fatura.nomeCliente);
  p.field(L + W - side, 35, side, 10, 'Valor do documento', money(fatura.valorInicial), true);
  p.field(L, 45, W, 10, 'Nº do documento', `${fatura.codeFatura ?? fatura.id} - ${fatura.historico}`);
  p.text(L + 120, 62, 'Autenticação mecânica', 7);
  // Cut line and the ficha de compensação at the foot of the sheet.
  p.text(
    L,
    170,
    '- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - corte aqui',
    7,
  );
  const top = 178;
  p.text(L, top + 6, 'Itaú', 14, true);
  p.text(L + 35, top + 6, '341-7', 14, true);
  p.text(L + 60, top + 6, formatLinhaDigitavel(linha), 11, true);
  p.field(L, top + 8, W - side, 9, 'Local de pagamento', 'Pagável em qualquer banco até o vencimento');
  p.field(L + W - side, top + 8, side, 9, 'Vencimento', formatDateBR(fatura.vencimento), true);
  p.field(L, top + 17, W - side, 9, 'Beneficiário', 'Provedor Demonstração Ltda - CNPJ 45.321.098/0001-17');
  p.field(L + W - side, top + 17, side, 9, 'Agência / Código beneficiário', '2345 / 67890-0');
  p.field(L, top + 26, 40, 9, 'Data do documento', formatDateBR(fatura.emissao ?? fatura.vencimento));
  p.field(L + 40, top + 26, 50, 9, 'Nº do documento', fatura.codeFatura ?? fatura.id);
  p.field(L + 90, top + 26, 20, 9, 'Espécie doc.', 'DS');
  p.field(L + 110, top + 26, 12, 9, 'Aceite', 'N');
  p.field(L + 122, top + 26, 20, 9, 'Carteira', '109');
  p.field(
    L + W - side,
    top + 26,
    side,
    9,
    'Nosso número',
    `109/${barras.slice(22, 30)}-${barras.slice(30, 31)}`,
  );
  p.field(L + W - side, top + 35, side, 9, '(=) Valor do documento', money(fatura.valorInicial), true);
  p.field(L, top + 35, W - side, 27, 'Instruções', 'Após o vencimento, multa de 2% e juros de 1% ao mês.');
  p.field(L + W - side, top + 44, side, 9, '(+) Mora / Multa', '');
  p.field(L + W - side, top + 53, side, 9, '(=) Valor cobrado', '');
  p.field(L, top + 62, W, 11, 'Pagador', `${fatura.nomeCliente} - CPF/CNPJ ${fatura.documento}`);
  p.text(L + 120, top + 76, 'Autenticação mecânica - Ficha de Compensação', 7);
  p.itf(barras, L, top + 92);

  return assemblePdf(p.content());
}

/** A one-page A4 PDF of text lines (Helvetica), as an ERP's template engine would hand one over. */
export function demoTextPdf(lines: string[]): Uint8Array {
  return assemblePdf(
    'BT /F1 14 Tf 56 780 Td 18 TL\n' + lines.map((l) => `(${escapePdfText(l)}) Tj T*`).join('\n') + '\nET\n',
  );
}

/** One A4 page with Helvetica (F1) and Helvetica-Bold (F2), and a real xref table (poppler reads it cleanly). */
function assemblePdf(content: string): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
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
