import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CepLookup } from '@/lib/cep';
import { loadConfig } from '@/lib/config';
import { resetProcessSingleton } from '@/lib/process-singleton';
import { buscarCepAdesao } from './adesao';

/**
 * The sign-up's CEP lookup limit per totem (SIGNUP_CEP_MAX_PER_MINUTE): parsed and checked at start-up, and
 * the number the running service counts against — set here to 3 through the environment, as an operator does.
 */
describe('SIGNUP_CEP_MAX_PER_MINUTE', () => {
  it('defaults to 20, takes 1–1000 and names itself when wrong', () => {
    expect(loadConfig({}).adesao.cepPorMinuto).toBe(20);
    expect(loadConfig({ SIGNUP_CEP_MAX_PER_MINUTE: '5' }).adesao.cepPorMinuto).toBe(5);
    for (const bad of ['0', '1001', 'vinte', '2.5'])
      expect(() => loadConfig({ SIGNUP_CEP_MAX_PER_MINUTE: bad })).toThrow(/SIGNUP_CEP_MAX_PER_MINUTE/);
  });

  describe('the configured value is what the service counts against', () => {
    beforeAll(() => {
      vi.stubEnv('SIGNUP_CEP_MAX_PER_MINUTE', '3');
      resetProcessSingleton('config');
    });
    afterAll(() => {
      vi.unstubAllEnvs();
      resetProcessSingleton('config');
    });

    it('lets 3 lookups per totem per minute reach the CEP service; then the person types the address', async () => {
      const buscar = vi.fn<CepLookup['buscar']>(async () => ({ status: 'nao-encontrado' }));
      const lookup: CepLookup = { enabled: true, buscar };
      const t0 = Date.UTC(2026, 10, 26, 13, 0, 0);
      for (let i = 0; i < 3; i++)
        expect(await buscarCepAdesao('totem-a', '01310100', lookup, t0 + i * 1000)).toEqual({
          status: 'nao-encontrado',
        });
      expect(await buscarCepAdesao('totem-a', '01310100', lookup, t0 + 5000)).toEqual({
        status: 'indisponivel',
      });
      expect(buscar).toHaveBeenCalledTimes(3);
      // Another totem has its own budget; a minute later this one may look up again.
      await buscarCepAdesao('totem-b', '01310100', lookup, t0 + 5000);
      expect(buscar).toHaveBeenCalledTimes(4);
      await buscarCepAdesao('totem-a', '01310100', lookup, t0 + 61_000);
      expect(buscar).toHaveBeenCalledTimes(5);
    });
  });
});
