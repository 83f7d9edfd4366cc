import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { identify, typeOnKeypad } from './helpers';

/**
 * Every kiosk screen, in portrait (1080×1920) and landscape (1920×1080): an axe scan with no serious or
 * critical violations, and a screenshot kept in e2e/artifacts/ for people to look at.
 */
const ORIENTATIONS = [
  { name: 'retrato', width: 1080, height: 1920 },
  { name: 'paisagem', width: 1920, height: 1080 },
] as const;

type Step = { screen: string; reach: (page: Page) => Promise<void> };

const STEPS: Step[] = [
  { screen: 'atracao', reach: async (p) => void (await p.goto('/')) },
  {
    screen: 'identificacao',
    reach: async (p) => {
      await p.goto('/identificar');
      await typeOnKeypad(p, '12ABC345');
    },
  },
  {
    screen: 'teclado-letras',
    reach: async (p) => {
      await p.goto('/identificar');
      await typeOnKeypad(p, '12A');
    },
  },
  {
    screen: 'cpf-completo',
    reach: async (p) => {
      await p.goto('/identificar');
      await typeOnKeypad(p, '52998224725');
      await expect(p.getByTestId('confirm')).toHaveAttribute('data-ready', 'true');
    },
  },
  {
    screen: 'documento-invalido',
    reach: async (p) => {
      await p.goto('/identificar');
      await typeOnKeypad(p, '52998224724');
      await p.getByTestId('confirm').click();
      await expect(p.getByTestId('identify-message')).not.toBeEmpty();
    },
  },
  {
    screen: 'nao-encontrado',
    reach: async (p) => {
      await identify(p, '39053344705');
      await expect(p.getByTestId('screen-not-found')).toBeVisible();
    },
  },
  {
    screen: 'erp-fora',
    reach: async (p) => {
      await identify(p, '12345678909');
      await expect(p.getByTestId('screen-erp-down')).toBeVisible();
    },
  },
  {
    screen: 'faturas',
    reach: async (p) => {
      await identify(p, '52998224725');
      await expect(p.getByTestId('fatura-card')).toHaveCount(2);
    },
  },
  {
    screen: 'sem-faturas',
    reach: async (p) => {
      await identify(p, '11144477735');
      await expect(p.getByTestId('sem-faturas')).toBeVisible();
    },
  },
  {
    screen: 'fatura-vencida',
    reach: async (p) => {
      await identify(p, '52998224725');
      await p.getByTestId('fatura-card').first().click();
      await expect(p.getByTestId('barcode')).toBeVisible();
    },
  },
  {
    screen: 'fatura-bloqueada',
    reach: async (p) => {
      await identify(p, '93541134780');
      await p.getByTestId('fatura-card').first().click();
      await expect(p.getByTestId('boleto-bloqueado')).toBeVisible();
    },
  },
  {
    screen: 'fatura-pdf-do-banco',
    reach: async (p) => {
      await identify(p, '24681357928');
      await p.getByTestId('fatura-card').first().click();
      await expect(p.getByTestId('print-banco')).toBeVisible();
    },
  },
  {
    screen: 'fatura-inexistente',
    reach: async (p) => {
      await identify(p, '52998224725');
      await expect(p.getByTestId('greeting')).toBeVisible();
      await p.goto('/cliente/faturas/70021');
      await expect(p.getByTestId('screen-fatura-not-found')).toBeVisible();
    },
  },
];

for (const o of ORIENTATIONS) {
  test.describe(`telas em ${o.name}`, () => {
    test.use({ viewport: { width: o.width, height: o.height } });
    for (const step of STEPS) {
      test(`${step.screen}: acessível e fotografada`, async ({ page }) => {
        await step.reach(page);
        await page.waitForLoadState('networkidle');
        await page.screenshot({ path: `e2e/artifacts/${o.name}/${step.screen}.png`, fullPage: true });
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
        // Touch targets: every button and link is at least 48 px in both directions.
        const small = await page.$$eval('button, a[href]', (els) =>
          els
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.width > 0 && (r.width < 48 || r.height < 48))
            .map((r) => `${Math.round(r.width)}x${Math.round(r.height)}`),
        );
        expect(small).toEqual([]);
      });
    }
  });
}

test('the idle prompt is accessible too', async ({ page }) => {
  // Rendered by forcing the clock forward on the normal server (60 s idle).
  await page.clock.install();
  await identify(page, '52998224725');
  await expect(page.getByTestId('greeting')).toBeVisible();
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('idle-prompt')).toBeVisible();
  await page.screenshot({ path: 'e2e/artifacts/retrato/ainda-esta-ai.png' });
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
