import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  formatDocumento,
  formatDocumentoParcial,
  isValidCnpj,
  isValidCpf,
  maskDocumento,
  parseDocumento,
} from '@/lib/br';

// Independent reference implementations of BOLETO-PIX.md §6, so the library we delegate to is checked.
function cpfDv(base: string): string {
  const dv = (s: string, firstWeight: number) => {
    let sum = 0;
    for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (firstWeight - i);
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = dv(base, 10);
  const d2 = dv(base + d1, 11);
  return `${d1}${d2}`;
}

function cnpjDv(base: string): string {
  const dv = (s: string) => {
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      const weight = ((s.length - 1 - i) % 8) + 2;
      sum += (s.charCodeAt(i) - 48) * weight;
    }
    const r = sum % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d1 = dv(base);
  const d2 = dv(base + d1);
  return `${d1}${d2}`;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const alnum = (n: number) => fc.string({ unit: fc.constantFrom(...ALNUM), minLength: n, maxLength: n });
const notRepeated = (s: string) => !/^(.)\1*$/.test(s);

const validCpf = digits(9)
  .map((b) => b + cpfDv(b))
  .filter(notRepeated);
const validCnpjNumeric = digits(12)
  .map((b) => b + cnpjDv(b))
  .filter(notRepeated);
const validCnpjAlnum = alnum(12)
  .map((b) => b + cnpjDv(b))
  .filter(notRepeated);

describe('published vectors', () => {
  it.each(['529.982.247-25', '111.444.777-35', '935.411.347-80', '390.533.447-05'])(
    'CPF %s is valid',
    (cpf) => {
      expect(isValidCpf(cpf)).toBe(true);
      expect(parseDocumento(cpf)).toEqual({ ok: true, kind: 'cpf', value: cpf.replace(/\D/g, '') });
      expect(formatDocumento(cpf.replace(/\D/g, ''))).toBe(cpf);
    },
  );

  it.each([
    ['11.222.333/0001-81', '11222333000181'],
    ['12.ABC.345/01DE-35', '12ABC34501DE35'],
  ])('CNPJ %s is valid', (masked, value) => {
    expect(isValidCnpj(masked)).toBe(true);
    expect(isValidCnpj(value)).toBe(true);
    expect(parseDocumento(masked)).toEqual({ ok: true, kind: 'cnpj', value });
    expect(formatDocumento(value)).toBe(masked);
  });

  it('accepts a lower-case alphanumeric CNPJ and normalises it to upper case', () => {
    expect(parseDocumento('12.abc.345/01de-35')).toEqual({ ok: true, kind: 'cnpj', value: '12ABC34501DE35' });
    expect(isValidCnpj('12.abc.345/01de-35')).toBe(true);
    expect(isValidCnpj('12abc34501de35')).toBe(true);
  });
});

describe('parseDocumento', () => {
  it('accepts spaces, NBSP and any mixture of separators', () => {
    expect(parseDocumento('  529 982 247 25 ')).toMatchObject({ ok: true, value: '52998224725' });
    expect(parseDocumento('529\u00a0982\u00a0247-25')).toMatchObject({ ok: true, value: '52998224725' });
    expect(parseDocumento('11222333/0001.81')).toMatchObject({ ok: true, value: '11222333000181' });
  });

  it.each([
    ['', 'vazio'],
    ['   ', 'vazio'],
    ['.-/', 'vazio'],
    ['5299822472', 'tamanho'],
    ['529982247251', 'tamanho'],
    ['1122233300018', 'tamanho'],
    ['112223330001811', 'tamanho'],
    ['529.982.247-2#', 'caracteres'],
    ['529_982_247_25', 'caracteres'],
    ['5299822472A', 'caracteres'], // a CPF is all digits
    ['12ABC34501DEA5', 'caracteres'], // CNPJ DVs are numeric
    ['12ÁBC34501DE35', 'caracteres'],
    ['111.111.111-11', 'repetido'], // passes the DV rule, still invalid
    ['00000000000', 'repetido'],
    ['00.000.000/0000-00', 'repetido'],
    ['99999999999999', 'repetido'],
    ['529.982.247-24', 'digito_verificador'],
    ['11.222.333/0001-80', 'digito_verificador'],
    ['12.ABC.345/01DE-36', 'digito_verificador'],
  ])('%j → %s', (input, reason) => {
    expect(parseDocumento(input)).toEqual({ ok: false, reason });
  });

  it('never throws, and a success is always normalised', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseDocumento(s);
        if (r.ok) expect(r.value).toMatch(r.kind === 'cpf' ? /^\d{11}$/ : /^[0-9A-Z]{12}\d{2}$/);
      }),
    );
  });

  it('agrees with an independent DV implementation on valid documents (and the library agrees too)', () => {
    fc.assert(
      fc.property(fc.oneof(validCpf, validCnpjNumeric, validCnpjAlnum), (doc) => {
        expect(parseDocumento(doc)).toEqual({
          ok: true,
          kind: doc.length === 11 ? 'cpf' : 'cnpj',
          value: doc,
        });
        expect(parseDocumento(formatDocumento(doc).toLowerCase())).toMatchObject({ ok: true, value: doc });
      }),
    );
  });

  // Mod-11 DVs do not catch every typo: remainders 0 and 1 both give DV 0, the CPF's first digit has weight
  // 11 ≡ 0 in DV2, and the alphanumeric rule values characters as ASCII − 48, so characters 11, 22 or 33
  // apart (6 ↔ A, 5 ↔ K) weigh the same. What we can require is exact agreement with the reference rule on
  // the inputs where bugs hide: documents one character away from a valid one.
  it('agrees with the reference rule on every single-character corruption', () => {
    const corruptions = fc.oneof(validCpf, validCnpjNumeric, validCnpjAlnum).chain((doc) =>
      fc.record({
        doc: fc.constant(doc),
        pos: fc.nat({ max: doc.length - 1 }),
        ch: fc.constantFrom(...(doc.length === 11 ? '0123456789' : ALNUM)),
      }),
    );
    fc.assert(
      fc.property(corruptions, ({ doc, pos, ch }) => {
        fc.pre(doc[pos] !== ch);
        const bad = doc.slice(0, pos) + ch + doc.slice(pos + 1);
        const base = bad.slice(0, -2);
        const shapeOk = doc.length === 11 || /^[0-9A-Z]{12}\d{2}$/.test(bad);
        const dv = doc.length === 11 ? cpfDv(base) : cnpjDv(base);
        expect(parseDocumento(bad).ok).toBe(shapeOk && notRepeated(bad) && bad.endsWith(dv));
      }),
      { numRuns: 5000 },
    );
  });

  it('alphanumeric characters 11k apart are indistinguishable (a property of the official rule)', () => {
    const swaps = validCnpjAlnum.chain((doc) =>
      fc.record({ doc: fc.constant(doc), pos: fc.nat({ max: 11 }), ch: fc.constantFrom(...ALNUM) }),
    );
    fc.assert(
      fc.property(swaps, ({ doc, pos, ch }) => {
        fc.pre(doc[pos] !== ch && (doc.charCodeAt(pos) - ch.charCodeAt(0)) % 11 === 0);
        expect(parseDocumento(doc.slice(0, pos) + ch + doc.slice(pos + 1)).ok).toBe(true);
      }),
    );
    expect(parseDocumento('12.ABC.34K/01DE-35')).toMatchObject({ ok: true, value: '12ABC34K01DE35' });
  });

  it('isValidCpf / isValidCnpj agree with parseDocumento', () => {
    fc.assert(
      fc.property(fc.oneof(validCpf, validCnpjAlnum, fc.string({ maxLength: 20 })), (s) => {
        const r = parseDocumento(s);
        expect(isValidCpf(s)).toBe(r.ok && r.kind === 'cpf');
        expect(isValidCnpj(s)).toBe(r.ok && r.kind === 'cnpj');
      }),
    );
  });
});

describe('maskDocumento', () => {
  it('keeps only the first digits and the DVs', () => {
    expect(maskDocumento('52998224725')).toBe('529.***.***-25');
    expect(maskDocumento('529.982.247-25')).toBe('529.***.***-25');
    expect(maskDocumento('11222333000181')).toBe('11.222.***/****-81');
    expect(maskDocumento('12ABC34501DE35')).toBe('12.ABC.***/****-35');
    expect(maskDocumento('123')).toBe('***');
  });

  it('never shows the middle of the document', () => {
    fc.assert(
      fc.property(fc.oneof(validCpf, validCnpjAlnum), (doc) => {
        const shown = maskDocumento(doc).replace(/[^0-9A-Z]/g, '');
        expect(shown).toBe(
          doc.length === 11 ? doc.slice(0, 3) + doc.slice(9) : doc.slice(0, 5) + doc.slice(12),
        );
      }),
    );
  });
});

describe('formatDocumentoParcial', () => {
  it.each([
    ['', ''],
    ['5', '5'],
    ['529', '529'],
    ['5299', '529.9'],
    ['5299822', '529.982.2'],
    ['529982247', '529.982.247'],
    ['5299822472', '529.982.247-2'],
    ['52998224725', '529.982.247-25'],
    ['112223330001', '11.222.333/0001'],
    ['1122233300018', '11.222.333/0001-8'],
    ['11222333000181', '11.222.333/0001-81'],
    ['112223330001819', '11.222.333/0001-81'],
    ['12A', '12.A'],
    ['12ABC', '12.ABC'],
    ['12ABC34501', '12.ABC.345/01'],
    ['12abc34501de35', '12.ABC.345/01DE-35'],
  ])('%j → %j', (typed, shown) => {
    expect(formatDocumentoParcial(typed)).toBe(shown);
  });

  it('ends up as formatDocumento once complete, and strips back to what was typed', () => {
    fc.assert(
      fc.property(fc.oneof(validCpf, validCnpjAlnum), (doc) => {
        expect(formatDocumentoParcial(doc)).toBe(formatDocumento(doc));
        for (let n = 0; n <= doc.length; n++) {
          expect(formatDocumentoParcial(doc.slice(0, n)).replace(/[./-]/g, '')).toBe(doc.slice(0, n));
        }
      }),
    );
  });
});

describe('formatDocumento', () => {
  it('leaves values of other lengths untouched', () => {
    expect(formatDocumento('123')).toBe('123');
    expect(formatDocumento('')).toBe('');
  });
});
