import { expect, test } from '@playwright/test';
import { IDLE_BASE_URL } from './env';
import { identify } from './helpers';

// This server runs with KIOSK_IDLE_SECONDS=3 and KIOSK_IDLE_WARNING_SECONDS=3.
test.use({ baseURL: IDLE_BASE_URL });

test('idle: "still there?" with a countdown, "Continuar" keeps the session, then a full reset', async ({
  page,
  context,
}) => {
  await identify(page, '52998224725');
  await expect(page.getByTestId('greeting')).toBeVisible();

  const prompt = page.getByTestId('idle-prompt');
  await expect(prompt).toBeVisible({ timeout: 6_000 });
  await expect(prompt).toContainText('Você ainda está aí?');
  await expect(prompt).toContainText(/encerrar em \d segundos?/);
  await page.getByTestId('idle-stay').click();
  await expect(prompt).toBeHidden();
  await expect(page.getByTestId('greeting')).toBeVisible();

  // No touch at all now: prompt, countdown, then back to the attract screen with everything cleared.
  await expect(page.getByTestId('attract')).toBeVisible({ timeout: 12_000 });
  expect((await context.cookies()).find((c) => c.name === 'totem_sessao')).toBeUndefined();
  await page.goBack();
  await expect(page.getByTestId('greeting')).toHaveCount(0);
  await page.goto('/cliente');
  await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
});

test('idle on the keypad: the half-typed document is dropped', async ({ page }) => {
  await page.goto('/identificar');
  await page.locator('[data-key="5"]').click();
  await page.locator('[data-key="2"]').click();
  await expect(page.getByTestId('documento-display')).toHaveText('52');
  await expect(page.getByTestId('idle-prompt')).toBeVisible({ timeout: 6_000 });
  await expect(page.getByTestId('attract')).toBeVisible({ timeout: 8_000 });
  await page.getByTestId('attract').click();
  await expect(page.getByTestId('documento-display')).toHaveText('CPF ou CNPJ');
});

test('idle on "Quero ser cliente": the half-typed sign-up is dropped', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('quero-ser-cliente').click();
  await page.locator('[data-testid="adesao-planos"] [data-code="10"]').click();
  await page.getByTestId('adesao-continuar').click();
  await page.locator('[data-testid="adesao-vencimentos"] [data-code="10"]').click();
  await page.getByTestId('adesao-continuar').click();
  await page.locator('input#nome').click();
  await page.locator('[data-testid^="keyboard-"] [data-key="a"]').click();
  await expect(page.locator('input#nome')).toHaveValue('A');
  await expect(page.getByTestId('idle-prompt')).toBeVisible({ timeout: 6_000 });
  await expect(page.getByTestId('attract')).toBeVisible({ timeout: 8_000 });
  await page.getByTestId('quero-ser-cliente').click();
  // A new start: the first step, nothing chosen.
  await expect(page.getByTestId('adesao-continuar')).toBeDisabled();
  await expect(page.locator('[data-testid="adesao-planos"] [aria-pressed="true"]')).toHaveCount(0);
});
