import { describe, expect, it } from 'vitest';
import { greetingName } from './greeting';

describe('greetingName', () => {
  it('greets a person by the first name', () => {
    expect(greetingName('Maria Aparecida da Silva', '52998224725')).toBe('Maria');
  });

  it('greets a company by its name without the legal form, not by its first word', () => {
    expect(greetingName('Padaria Pão Quente Ltda', '11222333000181')).toBe('Padaria Pão Quente');
    expect(greetingName('Oficina Alfa LTDA - ME', '12ABC34501DE35')).toBe('Oficina Alfa');
    expect(greetingName('Mercado Bom Preço S.A.', '11222333000181')).toBe('Mercado Bom Preço');
    expect(greetingName('Transportes Sul S/A', '11222333000181')).toBe('Transportes Sul');
    expect(greetingName('Construtora Meta EIRELI', '11222333000181')).toBe('Construtora Meta');
  });

  it('keeps a name that is only a legal form, and names that merely contain the letters', () => {
    expect(greetingName('Ltda', '11222333000181')).toBe('Ltda');
    expect(greetingName('Mesa & Cia Comércio', '11222333000181')).toBe('Mesa & Cia Comércio');
    expect(greetingName('Samed Saúde', '11222333000181')).toBe('Samed Saúde');
  });
});
