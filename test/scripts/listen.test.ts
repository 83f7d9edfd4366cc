import { describe, expect, it } from 'vitest';
import { hostFrom } from '../../scripts/listen.mjs';

describe('npm start: where it listens', () => {
  it('binds the loopback only unless HOST says otherwise', () => {
    expect(hostFrom({})).toBe('127.0.0.1');
    expect(hostFrom({ HOST: '' })).toBe('127.0.0.1');
    expect(hostFrom({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });
});
