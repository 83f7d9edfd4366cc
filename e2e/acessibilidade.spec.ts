import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { typeOnKeypad } from './helpers';

/**
 * "Acessibilidade" (issue #11): a customer turns on larger type and a high-contrast palette; every kiosk screen
 * follows until the session ends, the flow still fits the totem's screen (portrait and landscape), axe finds
 * nothing, and the next customer starts in the normal mode.
 */
const VIEWPORTS = {
  retrato: { width: 1080, height: 1920 },
  paisagem: { width: 1920, height: 1080 },
} as const;

const toggle = (page: Page) => page.getByTestId('acessibilidade');

/** For people to look at (e2e/artifacts/, not committed). */
async function shot(page: Page, orientation: string, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${orientation}/acessibilidade-${name}.png` });
}

interface Look {
  rootFontPx: number;
  titleFontPx: number;
  pageBackground: string;
  edgeColor: string;
}

/** What the customer sees: the root and title type sizes, the page background, a control's border. */
async function look(page: Page, title: Locator, control: Locator): Promise<Look> {
  const rootFontPx = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.documentElement).fontSize),
  );
  const titleFontPx = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const edgeColor = await control.evaluate((el) => getComputedStyle(el).borderTopColor);
  return { rootFontPx, titleFontPx, pageBackground, edgeColor };
}

/** No sideways scrolling, and the screen's primary action inside the viewport (after a vertical scroll). */
async function expectFits(page: Page, primary: Locator, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label}: rolagem horizontal`).toBeLessThanOrEqual(0);
  await expect(primary, `${label}: ação principal`).toBeInViewport();
}

async function expectAxeClean(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `${label}: axe`,
  ).toEqual([]);
}

for (const [orientation, viewport] of Object.entries(VIEWPORTS)) {
  test.describe(`${orientation} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('turned on at the keypad, it holds through the flow, fits the screen, and ends with the session', async ({
      page,
    }) => {
      await page.goto('/');
      await page.getByTestId('attract').click();
      const title = page.getByRole('heading', { level: 1 });
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
      const normal = await look(page, title, toggle(page));

      await toggle(page).click();
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
      const high = await look(page, title, page.locator('[data-key="5"]'));
      // Larger type (every size is in rem) and a black page with white control borders.
      expect(high.rootFontPx).toBeGreaterThanOrEqual(normal.rootFontPx * 1.2);
      expect(high.titleFontPx).toBeGreaterThanOrEqual(normal.titleFontPx * 1.2);
      expect(high.pageBackground).toBe('rgb(0, 0, 0)');
      expect(high.edgeColor).toBe('rgb(255, 255, 255)');
      expect(normal.pageBackground).not.toBe(high.pageBackground);
      await expectFits(page, page.getByTestId('confirm'), 'teclado');
      await expectFits(page, page.locator('[data-key="0"]'), 'teclado');
      await expectAxeClean(page, 'teclado');
      await shot(page, orientation, 'teclado');

      await typeOnKeypad(page, '52998224725');
      await page.getByTestId('confirm').click();
      await expect(page.getByTestId('greeting')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
      await expectFits(page, page.getByTestId('exit'), 'início do cliente');
      await expectFits(page, page.getByTestId('fatura-card').first(), 'início do cliente');
      await expectAxeClean(page, 'início do cliente');
      await shot(page, orientation, 'inicio');

      // A full page load keeps the customer's choice.
      await page.goto('/cliente/faturas/70012');
      await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
      await expectFits(page, page.getByTestId('print-boleto'), 'fatura');
      if (orientation === 'retrato') {
        await expect(page.getByTestId('pix-qr'), 'QR inteiro na tela').toBeInViewport({ ratio: 1 });
      } else {
        // Landscape at 125 %: the QR starts on screen and its foot is under the action bar (scroll to see it
        // whole) — a known limit of the larger type on a 1080 px high screen.
        await expect(page.getByTestId('pix-qr')).toBeInViewport();
      }
      await expectAxeClean(page, 'fatura');
      await shot(page, orientation, 'fatura');

      // "Sair": the next customer starts in the normal mode.
      await page.getByTestId('exit').click();
      await expect(page.getByTestId('attract')).toBeVisible();
      await expect(page.locator('html')).not.toHaveAttribute('data-acessibilidade', /.*/);
      await page.getByTestId('attract').click();
      await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
      expect(await look(page, title, toggle(page))).toEqual(normal);
    });
  });
}

test('turned off again, the screen is back to the normal look at once', async ({ page }) => {
  await page.goto('/identificar');
  const title = page.getByRole('heading', { level: 1 });
  const before = await title.evaluate((el) => getComputedStyle(el).fontSize);
  await toggle(page).click();
  await expect(title).not.toHaveCSS('font-size', before);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(title).toHaveCSS('font-size', before);
  // Reloading does not bring it back: it was turned off.
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-acessibilidade', /.*/);
});
