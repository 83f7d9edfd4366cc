import { describe, expect, it } from 'vitest';
import { addDays, diffDays, formatDateBR, isIsoDate, parseLooseDate, todayInSaoPaulo } from './dates';

describe('dates', () => {
  it('does calendar arithmetic across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-21', 1)).toBe('2025-02-22');
    expect(diffDays('2026-11-10', '2026-11-22')).toBe(12);
  });
  it('reads today in São Paulo, not UTC', () => {
    // 02:00 UTC on the 23rd is still 23:00 of the 22nd in São Paulo (UTC−3).
    expect(todayInSaoPaulo(new Date('2026-11-23T02:00:00Z'))).toBe('2026-11-22');
  });
  it('parses the date shapes ERPs send and rejects the rest', () => {
    expect(parseLooseDate('2026-11-22')).toBe('2026-11-22');
    expect(parseLooseDate('2026-11-22 10:00:00')).toBe('2026-11-22');
    expect(parseLooseDate('22/11/2026')).toBe('2026-11-22');
    expect(parseLooseDate('22/11/2026 23:59:59')).toBe('2026-11-22');
    expect(parseLooseDate('0000-00-00')).toBeNull();
    expect(parseLooseDate('31/02/2026')).toBeNull();
    expect(parseLooseDate('')).toBeNull();
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(formatDateBR('2026-11-22')).toBe('22/11/2026');
  });
});
