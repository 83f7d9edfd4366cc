import { describe, expect, it } from 'vitest';
import { SessionRegistry } from './registry';

const base = { sid: 's1', documento: '52998224725', clienteId: '1', nome: 'Maria' };

describe('SessionRegistry', () => {
  it('keeps a session alive while it is used and kills it after the idle limit', () => {
    const r = new SessionRegistry({ idleMs: 1000, maxMs: 10_000 });
    r.open(base, 0);
    expect(r.touch('s1', 900)?.documento).toBe('52998224725');
    expect(r.touch('s1', 1800)).not.toBeNull();
    expect(r.touch('s1', 2801)).toBeNull();
    expect(r.touch('s1', 2802)).toBeNull();
  });
  it('enforces the absolute lifetime', () => {
    const r = new SessionRegistry({ idleMs: 1000, maxMs: 2500 });
    r.open(base, 0);
    r.touch('s1', 900);
    r.touch('s1', 1800);
    expect(r.touch('s1', 2600)).toBeNull();
  });
  it('close() revokes the session', () => {
    const r = new SessionRegistry({ idleMs: 1000, maxMs: 10_000 });
    r.open(base, 0);
    r.close('s1');
    expect(r.touch('s1', 1)).toBeNull();
    expect(r.touch('unknown', 1)).toBeNull();
  });
});
