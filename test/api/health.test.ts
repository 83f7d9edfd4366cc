import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import type { ErpAdapter, ErpHealth } from '@/lib/erp/port';
import { setErpForTests } from '@/lib/erp/registry';
import { resetProcessSingleton } from '@/lib/process-singleton';

function fakeErp(health: ErpHealth | Error): ErpAdapter {
  return {
    id: 'ixc',
    capabilities: new Set(),
    findCliente: async () => null,
    listFaturas: async () => [],
    getFatura: async () => null,
    listContatos: async () => [],
    health: async () => {
      if (health instanceof Error) throw health;
      return health;
    },
  };
}

describe('GET /api/health', () => {
  afterEach(() => setErpForTests(undefined));

  it.each([
    ['up', 200, 'ok'],
    ['degraded', 200, 'ok'],
    ['circuit_open', 503, 'unavailable'],
    ['down', 503, 'unavailable'],
  ] as const)('%s → HTTP %i', async (state, status, label) => {
    setErpForTests(fakeErp({ state, detail: state === 'up' ? undefined : '3 falha(s) seguidas' }));
    const res = await GET();
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { status: string; adapters: { id: string; state: string }[] };
    expect(body.status).toBe(label);
    expect(body.adapters).toEqual([
      expect.objectContaining({ kind: 'erp', id: 'ixc', state }),
      { kind: 'store', id: 'sqlite', state: 'up' },
    ]);
  });

  it('an unreachable database makes the app unavailable, without echoing its address', async () => {
    setErpForTests(fakeErp({ state: 'up' }));
    process.env.DATABASE_URL = 'postgres://totem:s3cr3t@127.0.0.1:9/totem';
    resetProcessSingleton('config');
    resetProcessSingleton('store');
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({
        status: 'unavailable',
        adapters: [
          { kind: 'erp' },
          { kind: 'store', id: 'postgres', state: 'down', detail: 'banco de dados indisponível' },
        ],
      });
      expect(text).not.toMatch(/s3cr3t|127\.0\.0\.1/);
    } finally {
      process.env.DATABASE_URL = '';
      resetProcessSingleton('config');
      resetProcessSingleton('store');
    }
  });

  it('a failing adapter is "down" and its error text is not echoed', async () => {
    setErpForTests(fakeErp(new Error('https://erp.example.com token=s3cr3t')));
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.text()).not.toMatch(/s3cr3t|erp\.example/);
  });

  it('reports the lookup counters (no personal data): outcomes, refusals by limit, kiosk ids', async () => {
    setErpForTests(fakeErp({ state: 'up' }));
    const body = (await (await GET()).json()) as { seguranca: Record<string, Record<string, number>> };
    expect(Object.keys(body.seguranca.lookups ?? {}).sort()).toEqual(
      ['bloqueado', 'encontrado', 'erro', 'invalido', 'nao_encontrado'].sort(),
    );
    expect(body.seguranca.blocks).toMatchObject({ global: 0, 'sem-id': 0 });
    expect(body.seguranca.kioskIds).toEqual({ minted: 0, refused: 0 });
  });
});
