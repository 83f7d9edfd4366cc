import { afterAll, describe, expect, it } from 'vitest';
import { closeBoletoRenderPool } from './render-pool';
import { warmBoletoRenderer, warmUpDocument } from './warm';
import { assertBoletoImprimivel } from './integrity';

afterAll(async () => {
  await closeBoletoRenderPool();
});

describe('renderer warm-up at start-up', () => {
  it('uses a document that passes the integrity gate (a refused one would warm nothing)', () => {
    expect(() => assertBoletoImprimivel(warmUpDocument('2026-11-22'))).not.toThrow();
  });

  it('starts the render threads and renders on them', async () => {
    const r = await warmBoletoRenderer();
    expect(r).not.toHaveProperty('error');
    expect(r).toMatchObject({ workers: 2 });
  }, 60_000);
});
