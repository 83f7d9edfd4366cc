import { describe, expect, it } from 'vitest';
import { calcularEncargosIxc, parseRate } from './encargos';

const carteira = { multap: '2.00', jurop: '1.00', jurop_mes: '', multav: '0.00', jurov: '0.00' };

describe('calcularEncargosIxc (late charges from fn_carteira_cobranca)', () => {
  it('R$ 99,90 twelve days late with 2 % multa and 1 % a.m. pro rata: R$ 2,00 + R$ 0,40 = R$ 102,30', () => {
    expect(
      calcularEncargosIxc({
        base: 9990,
        vencimento: '2026-11-10',
        hoje: '2026-11-22',
        carteira,
        juropUnidade: 'mes',
      }),
    ).toEqual({ multa: 200, juros: 40, diasAtraso: 12 });
  });

  it('nothing before or on the due date', () => {
    for (const hoje of ['2026-11-09', '2026-11-10'])
      expect(
        calcularEncargosIxc({ base: 9990, vencimento: '2026-11-10', hoje, carteira, juropUnidade: 'mes' }),
      ).toMatchObject({ multa: 0, juros: 0 });
  });

  it('jurop_mes wins over jurop; jurop as a daily rate when so configured', () => {
    const base = { base: 10000, vencimento: '2026-11-01', hoje: '2026-11-11' } as const;
    expect(
      calcularEncargosIxc({
        ...base,
        carteira: { jurop_mes: '3', jurop: '0.1' },
        juropUnidade: 'dia',
      }).juros,
    ).toBe(100); // 3 % / 30 × 10 days of R$ 100
    expect(calcularEncargosIxc({ ...base, carteira: { jurop: '0.1' }, juropUnidade: 'dia' }).juros).toBe(100);
    expect(calcularEncargosIxc({ ...base, carteira: { jurop: '0.1' }, juropUnidade: 'mes' }).juros).toBe(3);
  });

  it('fixed amounts (multav, jurov per day) when no percentage is set; rounding half-up per component', () => {
    expect(
      calcularEncargosIxc({
        base: 5000,
        vencimento: '2026-11-01',
        hoje: '2026-11-04',
        carteira: { multav: '1,50', jurov: '0.10' },
        juropUnidade: 'mes',
      }),
    ).toEqual({ multa: 150, juros: 30, diasAtraso: 3 });
    // 2 % of R$ 0,25 = 0,5 centavo → 1
    expect(
      calcularEncargosIxc({
        base: 25,
        vencimento: '2026-11-01',
        hoje: '2026-11-02',
        carteira: { multap: '2' },
        juropUnidade: 'mes',
      }).multa,
    ).toBe(1);
  });

  it('reads IXC rate texts; junk is zero', () => {
    expect(parseRate('2.00')).toBe(2_000_000n);
    expect(parseRate('0,0333')).toBe(33_300n);
    expect(parseRate('')).toBe(0n);
    expect(parseRate('-1')).toBe(0n);
    expect(parseRate('abc')).toBe(0n);
  });
});
