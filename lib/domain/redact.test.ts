import { describe, expect, it } from 'vitest';
import { redactText } from './redact';

describe('redact', () => {
  it.each([
    ['cpf 52998224725 aqui', 'cpf [doc…25] aqui'],
    ['cpf 529.982.247-25', 'cpf [doc…25]'],
    ['cnpj 11.222.333/0001-81', 'cnpj [doc…81]'],
    ['cnpj 12ABC34501DE35 e 12.ABC.345/01DE-35', 'cnpj [doc…35] e [doc…35]'],
    // Issue #8: forms ERP error pages were seen to carry that the first redactor missed.
    ['cnpj 12.abc.345/01de-35 e 12abc34501de35', 'cnpj [doc…35] e [doc…35]'],
    ['CPF: 529 982 247 25.', 'CPF: [doc…25].'],
    ['doc=5299822472-5;', 'doc=[doc…25];'],
    ['cpf 529-982-247/25', 'cpf [doc…25]'],
    ['contato maria.silva@example.com.br', 'contato [email]'],
    ['tel (11) 98765-4321 ou 11 3333-4444', 'tel [tel] ou [tel]'],
    ['fixo +55 11 3333-4444', 'fixo [tel]'],
    ['whatsapp 11 98765 4321', 'whatsapp [doc…21]'], // 11 digits: masked as if a CPF, masked all the same
  ])('masks documents in %j', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('leaves ids, dates, money and postal codes alone', () => {
    expect(redactText('fatura 70012 de 2026-11-22 valor 99.90 CEP 01310-100 HTTP 500')).toBe(
      'fatura 70012 de 2026-11-22 valor 99.90 CEP 01310-100 HTTP 500',
    );
  });

  it('an ERP error page keeps its shape but none of the personal data', () => {
    const page =
      '<p>Erro ao salvar cliente MARIA APARECIDA cpf 529 982 247 25 (maria@ex.com, 11 98765-4321), cnpj 12.abc.345/01de-35</p>';
    const out = redactText(page);
    expect(out).not.toMatch(/529|982|247|maria@|98765|abc\.345/);
    expect(out).toContain('Erro ao salvar cliente');
  });
});
