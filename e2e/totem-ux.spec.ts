import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeOnScreen, identify, printed, stubPrinter, typeOnKeypad } from './helpers';

/**
 * The totem as customers use it (issue #11): privacy after printing, time to pay by Pix, landscape and portrait
 * layouts, clearer wording, the keypad, accessibility. Screenshots go to e2e/artifacts/ for people to look at.
 */
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

async function shot(page: Page, orientation: 'retrato' | 'paisagem', name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${orientation}/${name}.png` });
}

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const c = [r ?? 0, g ?? 0, bl ?? 0].map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Whether the element is the topmost thing at its own centre (nothing covers it). */
async function isUncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return top !== null && (top === el || el.contains(top));
  });
}

/** Identifies and waits for the customer's home (the session cookie is set by then). */
async function signIn(page: Page, documento: string): Promise<void> {
  await identify(page, documento);
  await expect(page.getByTestId('greeting')).toBeVisible();
}

async function insideViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const vp = page.viewportSize();
  return (
    !!box &&
    !!vp &&
    box.y >= 0 &&
    box.x >= 0 &&
    box.y + box.height <= vp.height &&
    box.x + box.width <= vp.width
  );
}

test.describe('after printing', () => {
  test.beforeEach(async ({ page }) => {
    await stubPrinter(page);
  });

  test('"Deseja fazer mais alguma coisa?" counts down and ENDS the session when nobody answers', async ({
    page,
    context,
  }) => {
    await page.clock.install();
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70012');
    await page.getByTestId('print-boleto').click();
    const dialog = page.getByTestId('retire-boleto');
    // The first print of a test run may meet a busy machine: wait for the state, generously.
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toContainText('Retire seu boleto');
    await expect(dialog).toContainText('Deseja fazer mais alguma coisa?');
    // The text says what really happens.
    await expect(page.getByTestId('retire-countdown')).toContainText(/sessão será encerrada em \d+ segundos/);
    expect(await printed(page)).toBe(1);
    await shot(page, 'retrato', 'depois-de-imprimir');
    await page.clock.fastForward(21_000);
    await expect(page.getByTestId('attract')).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === 'totem_sessao')).toBeUndefined();
    // The next person in line cannot open the previous customer's faturas.
    await page.goto('/cliente/faturas/70012');
    await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
  });

  test('"Sim, continuar" keeps the session and goes back to the customer\'s home', async ({ page }) => {
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70013');
    await page.getByTestId('print-boleto').click();
    await page.getByTestId('retire-more').click({ timeout: 30_000 });
    await expect(page).toHaveURL(/\/cliente$/);
    await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  });

  test('"Não, encerrar" ends the session at once', async ({ page }) => {
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70013');
    await page.getByTestId('print-boleto').click();
    await page.getByTestId('retire-done').click({ timeout: 30_000 });
    await expect(page.getByTestId('attract')).toBeVisible();
    await page.goto('/cliente');
    await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
  });

  test('a print taking more than a second shows a full-screen "Preparando seu boleto…"', async ({ page }) => {
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70012');
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/boleto/70012', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByTestId('print-boleto').click();
    const overlay = page.getByTestId('print-preparing');
    await expect(overlay).toBeVisible();
    await expect(overlay).toContainText('Preparando seu boleto…');
    expect(await isUncovered(overlay)).toBe(true);
    await shot(page, 'retrato', 'preparando-boleto');
    release();
    await expect(page.getByTestId('retire-boleto')).toBeVisible({ timeout: 30_000 });
    await expect(overlay).toHaveCount(0);
  });
});

test.describe('paying by Pix takes time', () => {
  test('the fatura screen waits longer (180 s) and its idle prompt leaves the QR visible and scannable', async ({
    page,
  }) => {
    await page.clock.install();
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70012');
    const qr = page.getByTestId('pix-qr');
    await expect(qr).toBeVisible();
    const payload = await page.getByTestId('pix-copia-cola').innerText();
    // Past the 60 s of the other screens: still nothing in the way.
    await page.clock.fastForward(75_000);
    await expect(page.getByTestId('idle-prompt')).toHaveCount(0);
    await page.clock.fastForward(110_000);
    const prompt = page.getByTestId('idle-prompt');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Você ainda está aí?');
    expect(await isUncovered(qr)).toBe(true);
    expect(await decodeOnScreen(qr, 'qrcode')).toBe(payload);
    await shot(page, 'retrato', 'fatura-ainda-esta-ai');
    await page.getByTestId('idle-stay').click();
    await expect(prompt).toHaveCount(0);
  });
});

test.describe('landscape totem (1920×1080)', () => {
  test.use({ viewport: LANDSCAPE });

  test('Pix in a column of its own beside the boleto: the whole QR and every action visible without scrolling', async ({
    page,
  }) => {
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70012');
    await expect(page.getByTestId('pix-qr')).toBeVisible();
    for (const id of ['pix-qr', 'barcode', 'print-boleto', 'print-banco', 'back-to-faturas', 'exit']) {
      expect(await insideViewport(page, page.getByTestId(id)), `${id} na tela sem rolar`).toBe(true);
    }
    const pix = await page.getByTestId('pix-section').boundingBox();
    const boleto = await page.getByTestId('boleto-section').boundingBox();
    const bar = await page.getByTestId('action-bar').boundingBox();
    // The Pix column left of the boleto and of the action bar, which never covers it.
    expect(pix && boleto && pix.x + pix.width <= boleto.x).toBe(true);
    expect(pix && bar && pix.x + pix.width <= bar.x).toBe(true);
    await shot(page, 'paisagem', 'fatura-lado-a-lado');
  });

  test('a totem is a totem at any width: no "Visualizar PDF", no "Baixar PDF"', async ({ page }) => {
    await signIn(page, '11222333000181');
    await page.goto('/cliente/faturas/70021');
    await expect(page.getByTestId('print-boleto')).toBeVisible();
    await expect(page.getByText('Visualizar PDF')).toHaveCount(0);
    await expect(page.getByText('Baixar PDF')).toHaveCount(0);
    await expect(page.getByTestId('preview-open')).toHaveCount(0);
  });

  test('a refused boleto with a working Pix points to the Pix beside it', async ({ page }) => {
    await identify(page, '93541134780');
    await page.getByTestId('fatura-card').first().click();
    await expect(page.getByTestId('boleto-use-pix')).toHaveText('Pague com o Pix ao lado.', {
      useInnerText: true,
    });
    await shot(page, 'paisagem', 'fatura-boleto-recusado-pix');
  });
});

test.describe('portrait totem (1080×1920)', () => {
  test.use({ viewport: PORTRAIT });

  test('Pix first, the actions in a bar at the foot of the screen, buttons as large as the keypad keys', async ({
    page,
  }) => {
    await page.goto('/identificar');
    const key = await page.locator('[data-key="5"]').boundingBox();
    await signIn(page, '52998224725');
    await page.goto('/cliente/faturas/70012');
    const pix = await page.getByTestId('pix-section').boundingBox();
    const boleto = await page.getByTestId('boleto-section').boundingBox();
    expect(pix && boleto && pix.y < boleto.y).toBe(true);
    const print = page.getByTestId('print-boleto');
    expect(await insideViewport(page, print)).toBe(true);
    const box = await print.boundingBox();
    // Within reach: the lower part of a 1920 px portrait screen, not above the fold's top.
    expect(box?.y ?? 0).toBeGreaterThan(PORTRAIT.height / 2);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(Math.floor(key?.height ?? 999));
    await expect(page.getByTestId('print-boleto-hint')).toBeVisible();
    await expect(page.getByTestId('print-banco-hint')).toBeVisible();
    await shot(page, 'retrato', 'fatura-barra-de-acoes');
  });

  test('a refused boleto with a working Pix: what to do first, the technical reason behind "Por quê?"', async ({
    page,
  }) => {
    await identify(page, '93541134780');
    await page.getByTestId('fatura-card').first().click();
    const notice = page.getByTestId('boleto-bloqueado');
    await expect(notice).toContainText('O boleto desta fatura não pode ser usado aqui.');
    await expect(page.getByTestId('boleto-use-pix')).toHaveText('Pague com o Pix abaixo.', {
      useInnerText: true,
    });
    await expect(page.getByTestId('boleto-motivo')).toBeHidden();
    await page.getByText('Por quê?').click();
    await expect(page.getByTestId('boleto-motivo')).toBeVisible();
    await expect(page.getByTestId('boleto-motivo')).toContainText('dígito verificador');
    await expect(page.getByTestId('pix-qr')).toBeVisible();
    await shot(page, 'retrato', 'fatura-boleto-recusado-por-que');
  });

  test('no linha digitável but the bank PDF prints: no "procure o atendimento" above a working button', async ({
    page,
  }) => {
    await identify(page, '24681357928');
    await page.getByTestId('fatura-card').first().click();
    const section = page.getByTestId('boleto-section');
    await expect(section).toContainText('Imprimir boleto do banco');
    await expect(section).not.toContainText('atendimento');
    await expect(page.getByTestId('print-banco')).toBeEnabled();
    await expect(page.getByTestId('print-banco-hint')).toContainText('boleto original do banco');
  });
});

test.describe('keypad', () => {
  test('stops at a complete valid CPF, highlights "Continuar"; a CNPJ stays typeable', async ({ page }) => {
    await page.goto('/identificar');
    await typeOnKeypad(page, '52998224725');
    const display = page.getByTestId('documento-display');
    await expect(display).toHaveText('529.982.247-25');
    await expect(page.locator('[data-key="1"]')).toBeDisabled();
    await page.keyboard.press('1');
    await expect(display).toHaveText('529.982.247-25');
    await expect(page.getByTestId('confirm')).toHaveAttribute('data-ready', 'true');
    await shot(page, 'retrato', 'cpf-completo');
    await page.locator('[data-key="backspace"]').click();
    await expect(page.getByTestId('confirm')).not.toHaveAttribute('data-ready', 'true');
    // 52.998.224/7250-27 is a valid CNPJ whose first 11 digits are a valid CPF: still typeable.
    await page.locator('[data-key="5"]').click();
    await page.getByTestId('cnpj-unlock').click();
    await typeOnKeypad(page, '027');
    await expect(display).toHaveText('52.998.224/7250-27');
  });

  test('backspace says "⌫ Apagar"; pressed keys and secondary borders have ≥ 3:1 contrast', async ({
    page,
  }) => {
    await page.goto('/identificar');
    await expect(page.locator('[data-key="backspace"]')).toHaveText('⌫ Apagar');
    const key = page.locator('[data-key="5"]');
    const idle = await key.evaluate((el) => getComputedStyle(el).backgroundColor);
    const box = await key.boundingBox();
    await page.mouse.move((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
    await page.mouse.down();
    const pressed = await key.evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.mouse.up();
    expect(contrast(idle, pressed)).toBeGreaterThanOrEqual(3);
    const border = await page.getByText('Limpar').evaluate((el) => getComputedStyle(el).borderTopColor);
    const behind = await page.getByText('Limpar').evaluate((el) => getComputedStyle(el).backgroundColor);
    const pageBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(contrast(border, behind)).toBeGreaterThanOrEqual(3);
    expect(contrast(border, pageBg)).toBeGreaterThanOrEqual(3);
  });

  test('a kiosk blocked by the lookup limit shows its countdown before anyone types', async ({ page }) => {
    // LOOKUP_MAX_FAILURES=3, LOOKUP_BLOCK_SECONDS=4 on the test server.
    for (let i = 0; i < 3; i++) {
      await identify(page, '390.533.447-05');
      await expect(page.getByTestId(i < 2 ? 'screen-not-found' : 'screen-rate-limited')).toBeVisible();
    }
    // The next person walks up to the totem (LOOKUP_BLOCK_SECONDS=4): the countdown is there at once.
    await page.goto('/identificar');
    await expect(page.getByTestId('screen-rate-limited')).toContainText(/tentar de novo em \d segundo/);
    await shot(page, 'retrato', 'limite-de-consultas');
    await expect(page.getByTestId('keypad-digits')).toBeVisible({ timeout: 8_000 });
  });
});

test.describe('accessibility', () => {
  test('zoom is allowed (axe meta-viewport) on the attract, keypad and fatura screens', async ({ page }) => {
    for (const reach of [
      async () => void (await page.goto('/')),
      async () => void (await page.goto('/identificar')),
      async () => {
        await signIn(page, '52998224725');
        await page.goto('/cliente/faturas/70012');
      },
    ]) {
      await reach();
      const results = await new AxeBuilder({ page })
        .withRules(['meta-viewport', 'meta-viewport-large'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    }
  });

  test('the attract screen shows where the focus is', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const attract = page.getByTestId('attract');
    await expect(attract).toBeFocused();
    const style = await attract.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        width: parseFloat(s.outlineWidth),
        offset: parseFloat(s.outlineOffset),
        style: s.outlineStyle,
      };
    });
    expect(style.style).not.toBe('none');
    expect(style.width).toBeGreaterThanOrEqual(4);
    // Drawn inside the full-screen link: an outline outside it would fall off the screen.
    expect(style.offset).toBeLessThanOrEqual(-style.width);
    await shot(page, 'retrato', 'atracao-foco');
  });
});
