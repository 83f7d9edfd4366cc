import { describe, expect, it } from 'vitest';
import { joinRows, sameDocumento } from './mappers';

describe('WON /join rows in every version of the module', () => {
  it('HEAD (f04742c): one full tblclients row in `data`', () => {
    const r = joinRows({ userid: '7', company: 'Fulano ME', vat: '12345678000190' });
    expect(r.full.map((x) => x.userid)).toEqual(['7']);
    expect(r.aliasedVats).toEqual([]);
  });

  it('2674cd8 and the oldest (bare array): aliased rows without userid, one per contact/invoice', () => {
    const rows = [
      { client_company: 'Fulano ME', client_vat: '12.345.678/0001-90', invoice_id: 'INV-1' },
      { client_company: 'Fulano ME', client_vat: '12.345.678/0001-90', invoice_id: 'INV-2' },
    ];
    const r = joinRows(rows);
    expect(r.full).toEqual([]);
    expect(r.aliasedVats).toEqual(['12.345.678/0001-90', '12.345.678/0001-90']);
    expect(joinRows([]).aliasedVats).toEqual([]);
    expect(joinRows(null)).toEqual({ full: [], aliasedVats: [] });
  });

  it('compares VATs without mask, letters kept', () => {
    expect(sameDocumento('12345678000190', '12.345.678/0001-90')).toBe(true);
    expect(sameDocumento('12ABC34501DE35', '12.abc.345/01de-35')).toBe(true);
    expect(sameDocumento('12ABC34501DE35', '123450135')).toBe(false);
  });
});
