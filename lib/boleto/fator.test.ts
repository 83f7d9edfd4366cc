import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { dateFromFator, fatorFromDate } from '@/lib/boleto';
import { addDays, diffDays, fromEpochDay, toEpochDay } from '@/lib/domain/dates';

describe('fatorFromDate (BOLETO-PIX.md §1, 2025 reset)', () => {
  it.each([
    ['2000-07-03', '1000'],
    ['2017-01-05', '7030'],
    ['2022-05-10', '8981'],
    ['2025-02-21', '9999'],
    ['2025-02-22', '1000'], // the reset
    ['2025-02-23', '1001'],
    ['2026-12-21', '1667'],
    ['2041-08-27', '7030'],
    ['2049-10-13', '9999'],
    ['2049-10-14', '1000'], // the next reset
  ])('%s → %s', (date, fator) => {
    expect(fatorFromDate(date)).toBe(fator);
  });

  it('refuses dates with no fator and malformed dates', () => {
    expect(() => fatorFromDate('2000-07-02')).toThrow(RangeError);
    expect(() => fatorFromDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('dateFromFator (FEBRABAN window −3000…+5500 days)', () => {
  it.each([
    ['1667', '2026-11-22', '2026-12-21'],
    ['7030', '2026-11-22', '2041-08-27'],
    ['7030', '2017-01-05', '2017-01-05'],
    ['9999', '2025-02-21', '2025-02-21'],
    ['9999', '2026-11-22', '2025-02-21'],
    ['1000', '2026-11-22', '2025-02-22'],
    ['1000', '2008-01-01', '2000-07-03'],
    ['1000', '2020-01-01', '2025-02-22'],
    ['1001', '2025-02-01', '2025-02-23'],
    ['8981', '2022-05-10', '2022-05-10'],
    // Around 2026-11-22 the window is 2018-09-05 … 2041-12-13.
    ['7138', '2026-11-22', '2041-12-13'],
    ['7638', '2026-11-22', '2018-09-05'],
    ['0000', '2026-11-22', null],
    ['7139', '2026-11-22', null], // the gap: no candidate in the window
    ['7400', '2026-11-22', null],
    ['7637', '2026-11-22', null],
    ['0500', '2026-11-22', null], // only ever meant 1999
    ['0500', '1999-01-01', '1999-02-19'],
  ])('%s read on %s → %s', (fator, today, date) => {
    expect(dateFromFator(fator, today)).toBe(date);
  });

  it('computes the window edges stated in the design doc', () => {
    expect(addDays('2026-11-22', -3000)).toBe('2018-09-05');
    expect(addDays('2026-11-22', 5500)).toBe('2041-12-13');
  });

  it('refuses a fator that is not 4 digits', () => {
    for (const bad of ['', '123', '12345', '12a4', ' 123']) {
      expect(() => dateFromFator(bad, '2026-11-22')).toThrow(RangeError);
    }
  });

  const day = (from: string, to: string) =>
    fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map((d) => fromEpochDay(d));

  it('round-trips any due date within the window of any today', () => {
    fc.assert(
      fc.property(day('2005-01-01', '2080-12-31'), fc.integer({ min: -3000, max: 5500 }), (today, offset) => {
        const due = addDays(today, offset);
        fc.pre(due >= '2000-07-03');
        expect(dateFromFator(fatorFromDate(due), today)).toBe(due);
      }),
      { numRuns: 2000 },
    );
  });

  it('never answers a date outside the window, and the fator of what it answers is the input', () => {
    fc.assert(
      fc.property(day('2005-01-01', '2080-12-31'), fc.integer({ min: 1000, max: 9999 }), (today, f) => {
        const fator = String(f);
        const date = dateFromFator(fator, today);
        if (date === null) return;
        const offset = diffDays(today, date);
        expect(offset).toBeGreaterThanOrEqual(-3000);
        expect(offset).toBeLessThanOrEqual(5500);
        expect(fatorFromDate(date)).toBe(fator);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves exactly 499 fatores undecodable on any day (9000 − 8501 window days)', () => {
    for (const today of ['2026-11-22', '2031-06-01', '2049-10-13']) {
      let unknown = 0;
      for (let f = 1000; f <= 9999; f++) if (dateFromFator(String(f), today) === null) unknown++;
      expect(unknown).toBe(499);
    }
  });
});
