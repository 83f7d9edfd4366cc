import { describe, expect, it } from 'vitest';
import { UnsealMemo } from './unseal-memo';

describe('UnsealMemo', () => {
  it('remembers up to its capacity, evicting the oldest', () => {
    const m = new UnsealMemo<number>(2);
    m.set('a', 1);
    m.set('b', 2);
    expect(m.get('a')).toBe(1);
    m.set('c', 3);
    expect(m.get('a')).toBeUndefined();
    expect(m.get('b')).toBe(2);
    expect(m.get('c')).toBe(3);
    expect(m.size).toBe(2);
  });
});
