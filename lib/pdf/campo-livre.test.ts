import { describe, expect, it } from 'vitest';
import { buildBoletoBancario } from '@/lib/boleto';
import { camposDoBanco } from './campo-livre';

const barras = (banco: string, campoLivre: string) =>
  buildBoletoBancario({ banco, vencimento: '2026-12-10', valor: 9990, campoLivre }).codigoBarras;

describe('agência / código do beneficiário and nosso número from the campo livre', () => {
  it('Itaú: carteira 109, nosso número with its DAC, agência / conta-DAC', () => {
    expect(camposDoBanco('341', barras('341', '1090007001212345678900000'))).toEqual({
      carteira: '109',
      nossoNumero: '109/00070012-1',
      agenciaCodigo: '2345 / 67890-0',
    });
  });

  it("Bradesco: the nosso número DV computed as the bank does (19/00000000002-8, the bank's example)", () => {
    expect(camposDoBanco('237', barras('237', '1234190000000000200123450'))).toEqual({
      carteira: '19',
      nossoNumero: '19/00000000002-8',
      agenciaCodigo: '1234 / 0012345',
    });
  });

  it('Santander, Sicoob, Caixa and Banco do Brasil by their published layouts', () => {
    expect(camposDoBanco('033', barras('033', '9123456700000001234560101'))).toMatchObject({
      agenciaCodigo: '1234567',
      nossoNumero: '000000012345-6',
      carteira: '101',
    });
    expect(camposDoBanco('756', barras('756', '1432101123456700001230001'))).toMatchObject({
      agenciaCodigo: '4321 / 1234567',
      nossoNumero: '0000123-0',
    });
    expect(camposDoBanco('104', barras('104', '1234567000100020001234567'))).toMatchObject({
      agenciaCodigo: '123456-7',
      nossoNumero: '12000000000123456',
    });
    expect(camposDoBanco('001', barras('001', '0000001234567000000012318'))).toMatchObject({
      nossoNumero: '12345670000000123',
      carteira: '18',
      agenciaCodigo: null,
    });
  });

  it('leaves the boxes blank for a bank whose layout it does not know, or arrecadação', () => {
    expect(camposDoBanco('077', barras('077', '1234567890123456789012345'))).toEqual({
      agenciaCodigo: null,
      nossoNumero: null,
      carteira: null,
    });
    expect(camposDoBanco(null, '84610000000246100291100054603390069589506108').nossoNumero).toBeNull();
  });
});
