import { describe, expect, it } from 'vitest';
import { CAMPOS_EDITAVEIS, MAX_LENGTH, normalizarArmazenado, validarCadastro } from './cadastro-schema';

const erro = (input: Record<string, string>) => {
  const r = validarCadastro(input);
  return r.ok ? null : r.fieldErrors;
};
const patch = (input: Record<string, string>) => {
  const r = validarCadastro(input);
  if (!r.ok) throw new Error(JSON.stringify(r.fieldErrors));
  return r.patch;
};

describe('validarCadastro', () => {
  it('normalises what will be written: phone and CEP digits, e-mail lower case, UF upper case, spaces', () => {
    expect(
      patch({
        celular: '(11) 98765-4321',
        telefone: '11 3333-4444',
        email: '  Maria.Silva@Example.COM ',
        cep: '01310-100',
        uf: 'sp',
        logradouro: '  Avenida   Paulista ',
        numero: '45a',
      }),
    ).toEqual({
      celular: '11987654321',
      telefone: '1133334444',
      email: 'maria.silva@example.com',
      cep: '01310100',
      uf: 'SP',
      logradouro: 'Avenida Paulista',
      numero: '45A',
    });
  });

  it('mobile: valid DDD and 9 digits starting with 9, each with its own message', () => {
    expect(erro({ celular: '20987654321' })?.celular).toMatch(/DDD/);
    expect(erro({ celular: '1187654321' })?.celular).toMatch(/9 números/);
    expect(erro({ celular: '11887654321' })?.celular).toMatch(/9 números/);
    expect(erro({ celular: '' })?.celular).toMatch(/Preencha/);
  });

  it('landline accepts 10 digits with a valid DDD', () => {
    expect(patch({ telefone: '2133334444' }).telefone).toBe('2133334444');
    expect(erro({ telefone: '2313334444' })?.telefone).toMatch(/DDD/);
  });

  it('e-mail, CEP and UF are checked', () => {
    expect(erro({ email: 'maria@' })?.email).toMatch(/E-mail inválido/);
    expect(erro({ cep: '0131010' })?.cep).toMatch(/8 números/);
    expect(erro({ uf: 'XX' })?.uf).toMatch(/27 estados/);
    expect(patch({ uf: 'df' }).uf).toBe('DF');
  });

  it('refuses what a vendor would silently truncate or garble: too long, emoji, control characters', () => {
    expect(erro({ cidade: 'x'.repeat(MAX_LENGTH.cidade + 1) })?.cidade).toMatch(/no máximo 40/);
    expect(erro({ bairro: 'Centro 🏠' })?.bairro).toMatch(/letras, números/);
    expect(erro({ logradouro: 'Rua\u0000A' })?.logradouro).toMatch(/letras, números/);
    expect(patch({ logradouro: 'Rua Sete de Setembro, 1º andar (fundos)' }).logradouro).toBe(
      'Rua Sete de Setembro, 1º andar (fundos)',
    );
  });

  it('street number: digits with an optional letter, or S/N', () => {
    expect(patch({ numero: 's/n' }).numero).toBe('S/N');
    expect(erro({ numero: 'casa' })?.numero).toMatch(/Número inválido/);
  });

  it('complemento may be emptied; required address parts may not', () => {
    expect(patch({ complemento: '  ' }).complemento).toBe('');
    expect(erro({ logradouro: ' ' })?.logradouro).toMatch(/Preencha/);
  });

  it('a field outside the allowed set is refused, never silently dropped', () => {
    const r = validarCadastro({ nome: 'Outro Nome' }, new Set(['email']));
    expect(r.ok).toBe(false);
  });

  it('every editable field has a rule and a limit', () => {
    for (const c of CAMPOS_EDITAVEIS) expect(MAX_LENGTH[c]).toBeGreaterThan(0);
  });
});

describe('normalizarArmazenado', () => {
  it('puts stored values in the validated form, so old, new and read-back compare', () => {
    expect(normalizarArmazenado('celular', '+55 (11) 98765-4321')).toBe('11987654321');
    expect(normalizarArmazenado('cep', '01310-100')).toBe('01310100');
    expect(normalizarArmazenado('email', 'A@B.COM')).toBe('a@b.com');
    expect(normalizarArmazenado('bairro', '  ')).toBeNull();
  });
});
