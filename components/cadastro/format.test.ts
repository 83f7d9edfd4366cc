import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatCepParcial, formatFoneParcial, novoEditId } from './format';

describe('display masks', () => {
  it('phones format as they are typed, mobile and landline', () => {
    expect(formatFoneParcial('1')).toBe('(1');
    expect(formatFoneParcial('119876')).toBe('(11) 9876');
    expect(formatFoneParcial('1133334444')).toBe('(11) 3333-4444');
    expect(formatFoneParcial('11987654321')).toBe('(11) 98765-4321');
  });
  it('CEP gets its hyphen after 5 digits', () => {
    expect(formatCepParcial('01310')).toBe('01310');
    expect(formatCepParcial('01310100')).toBe('01310-100');
  });
  it('edit ids are v4 UUIDs the server accepts', () => {
    expect(z.uuid().safeParse(novoEditId()).success).toBe(true);
    expect(novoEditId()).not.toBe(novoEditId());
  });
});
