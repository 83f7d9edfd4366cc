import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from './redact';

describe('redact', () => {
  it.each([
    ['cpf 52998224725 aqui', 'cpf [doc…25] aqui'],
    ['cpf 529.982.247-25', 'cpf [doc…25]'],
    ['cnpj 11.222.333/0001-81', 'cnpj [doc…81]'],
    ['cnpj 12ABC34501DE35 e 12.ABC.345/01DE-35', 'cnpj [doc…35] e [doc…35]'],
  ])('masks documents in %j', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('leaves ids, dates and money alone', () => {
    expect(redactText('fatura 70012 de 2026-11-22 valor 99.90')).toBe(
      'fatura 70012 de 2026-11-22 valor 99.90',
    );
  });

  it('blanks secret parameters and credentials in URLs', () => {
    const out = redactUrl('https://user:pw@erp.example.com/api/faturas?doc=52998224725&token=abc&api_key=k');
    expect(out).not.toContain('abc');
    expect(out).not.toContain('pw@');
    expect(out).not.toContain('52998224725');
    expect(out).toContain('token=redacted');
  });

  it('blanks the Vtiger session id that every read carries in the query', () => {
    const out = redactUrl(
      'https://crm.example.com/webservice.php?operation=retrieve&sessionName=4f1a2b3c&id=12x7',
    );
    expect(out).not.toContain('4f1a2b3c');
    expect(out).toContain('sessionName=redacted');
    expect(out).toContain('id=12x7');
  });
});
