import { describe, expect, it } from 'vitest';

import {
  isValidCep,
  isValidTelefone,
  maskEmail,
  maskTelefone,
  normalizeCep,
  normalizeTelefone,
} from '@/lib/br';

describe('maskEmail', () => {
  it.each([
    ['marcelo@gmail.com', 'ma***@gmail.com'],
    ['  Marcelo@Gmail.COM ', 'ma***@gmail.com'],
    ['ab@x.com.br', 'a***@x.com.br'],
    ['a@x.com', 'a***@x.com'],
    ['nao-e-email', '***'],
    ['@gmail.com', '***'],
    ['fulano@', '***'],
    ['', '***'],
  ])('%j → %j', (input, masked) => {
    expect(maskEmail(input)).toBe(masked);
  });
});

describe('telefone', () => {
  it.each([
    ['(11) 98765-4321', '11987654321'],
    ['11987654321', '11987654321'],
    ['+55 11 98765-4321', '11987654321'],
    ['0055 11 98765-4321', '11987654321'],
    ['5511987654321', '11987654321'],
    ['011 98765-4321', '11987654321'],
    ['(11) 3000-0000', '1130000000'],
    ['55 3000-0000', '5530000000'], // DDD 55 (RS), not a country code
    ['987654321', null], // no DDD
    ['(10) 98765-4321', null], // DDD 10 does not exist
    ['(11) 18765-4321', null], // 11 digits must be a mobile (9xxxx)
    ['', null],
  ])('normalizeTelefone(%j) → %j', (input, normalized) => {
    expect(normalizeTelefone(input)).toBe(normalized);
    expect(isValidTelefone(input)).toBe(normalized !== null);
  });

  it('masks all but the DDD and the last 4 digits', () => {
    expect(maskTelefone('(11) 98765-4321')).toBe('(11) *****-4321');
    expect(maskTelefone('1130001234')).toBe('(11) ****-1234');
    expect(maskTelefone('lixo')).toBe('***');
  });
});

describe('CEP', () => {
  it.each([
    ['01310-100', '01310100'],
    ['01.310-100', '01310100'],
    [' 01310100 ', '01310100'],
    ['0131010', null],
    ['013101000', null],
    ['01310-10A', null],
    ['', null],
  ])('normalizeCep(%j) → %j', (input, normalized) => {
    expect(normalizeCep(input)).toBe(normalized);
    expect(isValidCep(input)).toBe(normalized !== null);
  });
});
