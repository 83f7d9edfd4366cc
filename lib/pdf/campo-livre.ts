/**
 * What a teller looks for on the ficha — agência / código do beneficiário and nosso número — read from the
 * barcode's campo livre (positions 20–44), whose layout each bank publishes. Only banks whose layout fixes
 * these fields are read; anything else gives nulls (the box stays blank rather than guessed).
 */
export interface CamposDoBanco {
  agenciaCodigo: string | null;
  nossoNumero: string | null;
  carteira: string | null;
}

const NONE: CamposDoBanco = { agenciaCodigo: null, nossoNumero: null, carteira: null };

/** Bradesco's nosso número DV: mod 11, weights 2..7 from the right over carteira + número; r 1 → "P". */
function dvBradesco(digits: string): string {
  let sum = 0;
  let weight = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += Number(digits[i]) * weight;
    weight = weight === 7 ? 2 : weight + 1;
  }
  const r = sum % 11;
  return r === 0 ? '0' : r === 1 ? 'P' : String(11 - r);
}

export function camposDoBanco(banco: string | null, codigoBarras: string): CamposDoBanco {
  const cl = codigoBarras.slice(19, 44);
  if (!/^\d{25}$/.test(cl)) return NONE;
  const at = (from: number, to: number) => cl.slice(from, to);
  switch (banco) {
    case '341': // Itaú: carteira(3) nosso número(8) DAC(1) agência(4) conta(5) DAC(1) 000
      return {
        carteira: at(0, 3),
        nossoNumero: `${at(0, 3)}/${at(3, 11)}-${at(11, 12)}`,
        agenciaCodigo: `${at(12, 16)} / ${at(16, 21)}-${at(21, 22)}`,
      };
    case '237': // Bradesco: agência(4) carteira(2) nosso número(11) conta(7) 0
      return {
        carteira: at(4, 6),
        nossoNumero: `${at(4, 6)}/${at(6, 17)}-${dvBradesco(at(4, 17))}`,
        agenciaCodigo: `${at(0, 4)} / ${at(17, 24)}`,
      };
    case '033': // Santander: 9, código do beneficiário(7), nosso número(12 + DV), IOF(1), carteira(3)
      if (cl[0] !== '9') return NONE;
      return {
        carteira: at(22, 25),
        nossoNumero: `${at(8, 20)}-${at(20, 21)}`,
        agenciaCodigo: at(1, 8),
      };
    case '756': // Sicoob: carteira(1) agência(4) modalidade(2) cliente(7) nosso número(7 + DV) parcela(3)
      return {
        carteira: at(0, 1),
        nossoNumero: `${at(14, 21)}-${at(21, 22)}`,
        agenciaCodigo: `${at(1, 5)} / ${at(7, 14)}`,
      };
    case '104': // Caixa SIGCB: beneficiário(6) DV, seq1(3) const1, seq2(3) const2, seq3(9) DV
      return {
        carteira: null,
        nossoNumero: `${at(10, 11)}${at(14, 15)}${at(7, 10)}${at(11, 14)}${at(15, 24)}`,
        agenciaCodigo: `${at(0, 6)}-${at(6, 7)}`,
      };
    case '001': // Banco do Brasil, convênio de 7 dígitos: 000000, convênio(7), complemento(10), carteira(2)
      if (at(0, 6) !== '000000') return NONE;
      return { carteira: at(23, 25), nossoNumero: at(6, 23), agenciaCodigo: null };
    default:
      return NONE;
  }
}
