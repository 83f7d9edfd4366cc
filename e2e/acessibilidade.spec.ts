import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeOnScreen, identify, stubPrinter, typeOnKeypad } from './helpers';

/**
 * "Acessibilidade" (issue #11): a customer turns on larger type and a high-contrast palette; every kiosk screen
 * follows until the session ends, the flow still fits the totem's screen (portrait and landscape), axe finds
 * nothing, and the next customer starts in the normal mode.
 */
const VIEWPORTS = {
  retrato: { width: 1080, height: 1920 },
  paisagem: { width: 1920, height: 1080 },
} as const;

/** Screens real totems have, besides the 1080×1920 / 1920×1080 panels. */
const TOTEM_SCREENS = [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 1024 },
] as const;

/** The QR's on-screen size (components/faturas/pix-qr.tsx): ≈ 80 mm on these panels, in either mode. */
const QR_MIN_PX = 320;

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

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The fatura screen as it opens, without any scrolling: the Pix QR whole inside the viewport, at full size,
 * clear of the action bar (disjoint boxes, and nothing drawn over its centre or near its corners), and read by
 * an independent decoder as the copia-e-cola; the linha digitável and the copia-e-cola are not cut off and the
 * page does not scroll sideways.
 */
async function expectPixReadable(page: Page, label: string): Promise<void> {
  const viewport = page.viewportSize();
  const qr = page.getByTestId('pix-qr');
  await expect(qr, label).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), `${label}: sem rolar`).toBe(0);
  const box = await qr.boundingBox();
  const bar = await page.getByTestId('action-bar').boundingBox();
  if (!viewport || !box || !bar) throw new Error(`${label}: sem viewport, QR ou barra de ações`);
  expect(box.x, `${label}: QR à esquerda`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${label}: QR acima`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${label}: QR à direita`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${label}: pé do QR`).toBeLessThanOrEqual(viewport.height);
  expect(box.width, `${label}: tamanho do QR`).toBeGreaterThanOrEqual(QR_MIN_PX);
  expect(overlap(box, bar), `${label}: QR sob a barra de ações`).toBe(false);
  const covered = await qr.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [
      [0.5, 0.5],
      [0.1, 0.1],
      [0.9, 0.1],
      [0.1, 0.9],
      [0.9, 0.9],
    ] as const;
    return points.filter(([fx, fy]) => {
      const top = document.elementFromPoint(r.left + r.width * fx, r.top + r.height * fy);
      return !(top === el || (top !== null && el.contains(top)));
    }).length;
  });
  expect(covered, `${label}: algo desenhado sobre o QR`).toBe(0);
  const payload = await page.getByTestId('pix-copia-cola').innerText();
  expect(await decodeOnScreen(qr, 'qrcode'), `${label}: leitura do QR`).toBe(payload);
  for (const id of ['linha-digitavel', 'pix-copia-cola']) {
    const text = page.getByTestId(id);
    const cut = await text.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(cut, `${label}: ${id} cortado`).toBeLessThanOrEqual(0);
    const t = await text.boundingBox();
    expect(t && t.x >= 0 && t.x + t.width <= viewport.width, `${label}: ${id} fora da tela`).toBe(true);
  }
  // The fatura's amounts beside the Pix: no value spilling into the next one (dates ran together at 1366 px).
  const spilled = await page
    .getByTestId('pagamento')
    .locator('dd')
    .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  expect(spilled, `${label}: valores da fatura sobrepostos`).toBe(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label}: rolagem horizontal`).toBeLessThanOrEqual(0);
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
      await stubPrinter(page);
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
      await expect(page.getByTestId('pix-qr'), 'QR inteiro na tela').toBeInViewport({ ratio: 1 });
      await expectPixReadable(page, 'fatura');
      await expectFits(page, page.getByTestId('print-boleto'), 'fatura');
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

for (const viewport of TOTEM_SCREENS) {
  test(`${viewport.width}×${viewport.height}: the fatura's Pix QR is whole on screen, clear of the action bar, and scans, in both modes`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await stubPrinter(page);
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toBeVisible();
    await page.goto('/cliente/faturas/70012');
    await expect(page.locator('html')).not.toHaveAttribute('data-acessibilidade', /.*/);
    await expectPixReadable(page, 'normal');
    await toggle(page).click();
    await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
    await expectPixReadable(page, 'acessibilidade');
    // The actions stay reachable beside it (the bar never covers the Pix column; it is beside it in landscape).
    for (const id of ['print-boleto', 'print-banco', 'back-to-faturas', 'exit'])
      await expect(page.getByTestId(id), id).toBeInViewport({ ratio: 1 });
    await shot(page, `${viewport.width}x${viewport.height}`, 'fatura-pix');
  });
}

for (const viewport of TOTEM_SCREENS) {
  test(`${viewport.width}×${viewport.height}: the keypad screen fits without scrolling, in both modes and both key layers`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await stubPrinter(page);
    await page.goto('/identificar');
    const whole = async (label: string) => {
      const overflow = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      }));
      expect(overflow, `${label}: rolagem`).toEqual({ x: 0, y: 0 });
      for (const id of ['documento-display', 'confirm'])
        await expect(page.getByTestId(id), `${label}: ${id}`).toBeInViewport({ ratio: 1 });
      const keys = page.locator('[data-key]');
      const count = await keys.count();
      expect(count, `${label}: teclas`).toBeGreaterThan(10);
      for (let i = 0; i < count; i++)
        await expect(keys.nth(i), `${label}: tecla ${i}`).toBeInViewport({ ratio: 1 });
    };
    for (const mode of ['normal', 'acessibilidade'] as const) {
      if (mode === 'acessibilidade') {
        await toggle(page).click();
        await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
      }
      await expect(page.getByTestId('keypad-digits')).toBeVisible();
      await whole(`${mode}, números`);
      await typeOnKeypad(page, '529982');
      await expect(page.getByTestId('confirm')).toBeEnabled();
      await whole(`${mode}, números digitados`);
      await page.locator('[data-key="mode-letters"]').click();
      await expect(page.getByTestId('keypad-letters')).toBeVisible();
      await whole(`${mode}, letras`);
      await page.locator('[data-key="mode-digits"]').click();
      await expect(page.getByTestId('keypad-digits')).toBeVisible();
      await shot(page, `${viewport.width}x${viewport.height}`, `teclado-${mode}`);
      await page.getByRole('button', { name: 'Limpar' }).click();
      await expect(page.getByTestId('confirm')).toBeDisabled();
    }
  });
}

test('turned off again, the screen is back to the normal look at once', async ({ page }) => {
  await stubPrinter(page);
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

for (const [orientation, viewport] of Object.entries(VIEWPORTS)) {
  test(`${orientation}: "Quero ser cliente" has the toggle too; it holds through the sign-up steps, fits, and is dropped back at the start`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await stubPrinter(page);
    await page.goto('/');
    await page.getByTestId('quero-ser-cliente').click();
    await expect(page.getByTestId('adesao-planos')).toBeVisible();
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('Quero ser cliente');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    const plano = page.locator('[data-testid="adesao-planos"] [data-code="10"]');
    const normal = await look(page, title, plano);

    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
    const high = await look(page, title, plano);
    expect(high.rootFontPx).toBeGreaterThanOrEqual(normal.rootFontPx * 1.2);
    expect(high.titleFontPx).toBeGreaterThanOrEqual(normal.titleFontPx * 1.2);
    expect(high.pageBackground).toBe('rgb(0, 0, 0)');
    expect(high.edgeColor).toBe('rgb(255, 255, 255)');
    await expectFits(page, page.getByTestId('adesao-continuar'), 'adesão: plano');
    await expectAxeClean(page, 'adesão: plano');
    await shot(page, orientation, 'adesao-plano');

    // The next steps keep it: due day, then the data on the on-screen keyboard.
    await plano.click();
    await page.getByTestId('adesao-continuar').click();
    await page.locator('[data-testid="adesao-vencimentos"] [data-code="10"]').click();
    await page.getByTestId('adesao-continuar').click();
    await expect(page.getByTestId('adesao-dados')).toBeVisible();
    await page.locator('input#nome').click();
    await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    const tecla = page.locator('[data-testid^="keyboard-"] [data-key="a"]');
    await expect(tecla).toBeVisible();
    await tecla.scrollIntoViewIfNeeded();
    await expectFits(page, tecla, 'adesão: dados');
    await page.getByTestId('adesao-continuar').scrollIntoViewIfNeeded();
    await expectFits(page, page.getByTestId('adesao-continuar'), 'adesão: dados');
    await expectAxeClean(page, 'adesão: dados');
    await shot(page, orientation, 'adesao-dados');

    // A full page load keeps the choice; going back to the start (Cancelar) drops it for the next person.
    await page.reload();
    await expect(page.getByTestId('adesao-planos')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-acessibilidade', 'on');
    await page.getByTestId('adesao-cancelar').click();
    await expect(page.getByTestId('attract')).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-acessibilidade', /.*/);
    await page.getByTestId('quero-ser-cliente').click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    expect(await look(page, title, plano)).toEqual(normal);
  });
}
