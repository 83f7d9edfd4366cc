import { describe, expect, it } from 'vitest';
import { processSingleton, resetProcessSingleton } from './process-singleton';

describe('processSingleton', () => {
  it('creates once per key, across separate module instances', async () => {
    let created = 0;
    const a = processSingleton('t1', () => ({ n: ++created }));
    // A second copy of the module (as a separate bundle layer would load it) sees the same instance.
    const again = await import(`./process-singleton?copy=${Date.now()}`).catch(() => null);
    const b = (again?.processSingleton ?? processSingleton)('t1', () => ({ n: ++created }));
    expect(b).toBe(a);
    expect(created).toBe(1);
    resetProcessSingleton('t1');
    expect(processSingleton('t1', () => ({ n: ++created })).n).toBe(2);
  });
});
