import { expect, test } from '@playwright/test';
import { linhaFromCodigoBarras } from '../lib/boleto';
import { addDays, formatDateBR, todayInSaoPaulo } from '../lib/domain/dates';
import { decodeOnScreen, identify, pixField, typeOnKeypad } from './helpers';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

test.describe('demo customers, end to end', () => {
  test('Maria: overdue fatura first, updated value, scannable barcode and Pix on screen', async ({
    page,
  }) => {
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
    await expect(page.getByTestId('masked-documento')).toHaveText('CPF 529.***.***-25');
    await expect(page.getByText('982.247')).toHaveCount(0);

    const cards = page.getByTestId('fatura-card');
    await expect(cards).toHaveCount(2); // the paid one is not listed
    const today = todayInSaoPaulo();
    const overdue = cards.nth(0);
    await expect(overdue).toContainText(formatDateBR(addDays(today, -12)));
    await expect(overdue.getByTestId('status')).toHaveText('Vencida há 12 dias');
    // 99,90 + 2 % multa (2,00) + 1 % a.m. pro rata for 12 days (0,40)
    expect(nbsp(await overdue.getByTestId('valor-devido').innerText())).toBe('R$ 102,30');
    await expect(cards.nth(1)).toContainText(formatDateBR(addDays(today, 18)));
    await expect(cards.nth(1).getByTestId('status')).toHaveText('A vencer');
    expect(nbsp(await cards.nth(1).getByTestId('valor-devido').innerText())).toBe('R$ 99,90');
    // The total due today: 102,30 + 99,90.
    await expect(page.getByTestId('total-devido')).toContainText('2 faturas em aberto');
    expect(nbsp(await page.getByTestId('total-devido-valor').innerText())).toBe('R$ 202,20');

    await overdue.click();
    await expect(page.getByTestId('screen-fatura')).toBeVisible();
    const linha = (await page.getByTestId('linha-digitavel').innerText()).replace(/\D/g, '');
    expect(linha).toHaveLength(47);
    const barcode = page.getByTestId('barcode');
    const scanned = await decodeOnScreen(barcode, 'i25');
    expect(scanned).toMatch(/^\d{44}$/);
    expect(linhaFromCodigoBarras(scanned)).toBe(linha);

    const payload = await page.getByTestId('pix-copia-cola').innerText();
    expect(pixField(payload, '54')).toBe('102.30');
    expect(await decodeOnScreen(page.getByTestId('pix-qr'), 'qrcode')).toBe(payload);
  });

  test('Padaria: the Pix code comes from the ERP and matches the amount due', async ({ page }) => {
    await identify(page, '11.222.333/0001-81');
    await expect(page.getByTestId('greeting')).toHaveText('Olá, Padaria Pão Quente!');
    await expect(page.getByTestId('masked-documento')).toContainText('CNPJ 11.222.');
    await expect(page.getByTestId('fatura-card')).toHaveCount(1);
    await page.getByTestId('fatura-card').click();
    const pix = page.getByTestId('pix-copia-cola');
    await expect(pix).toHaveAttribute('data-source', 'erp');
    expect(pixField(await pix.innerText(), '54')).toBe('249.90');
    await expect(page.getByTestId('barcode')).toBeVisible();
  });

  test('Oficina Alfa: alphanumeric CNPJ typed on the keypad, two faturas', async ({ page }) => {
    await page.goto('/identificar');
    await typeOnKeypad(page, '12ABC34501DE35');
    await expect(page.getByTestId('documento-display')).toHaveText('12.ABC.345/01DE-35');
    await page.getByTestId('confirm').click();
    await expect(page.getByTestId('greeting')).toHaveText('Olá, Oficina Alfa!');
    const cards = page.getByTestId('fatura-card');
    await expect(cards).toHaveCount(2);
    for (const i of [0, 1])
      expect(nbsp(await cards.nth(i).getByTestId('valor-devido').innerText())).toBe('R$ 189,90');
  });

  test('João: no open faturas has its own clear screen and a way out', async ({ page }) => {
    await identify(page, '111.444.777-35');
    await expect(page.getByTestId('sem-faturas')).toContainText('Nenhuma fatura em aberto');
    await expect(page.getByTestId('total-devido')).toHaveCount(0);
    // The menu is real: every entry the demo ERP can serve is a link that opens its screen.
    const entries = page.getByTestId('menu-entry');
    for (const href of await entries.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
      expect(href).toMatch(/^\/cliente\//);
      const response = await page.request.get(href ?? '');
      expect(response.status(), `${href} responde`).toBe(200);
      expect(new URL(response.url()).pathname, `${href} sem redirecionar`).toBe(href);
    }
    await page.getByTestId('exit').click();
    await expect(page.getByTestId('attract')).toBeVisible();
  });

  test('Carlos: a boleto with a wrong check digit or value is never shown as payable', async ({ page }) => {
    await identify(page, '93541134780');
    const cards = page.getByTestId('fatura-card');
    await expect(cards).toHaveCount(2);

    await cards.nth(0).click();
    await expect(page.getByTestId('boleto-bloqueado')).toBeVisible();
    await expect(page.getByTestId('boleto-motivo')).toContainText('dígito verificador');
    await expect(page.getByTestId('barcode')).toHaveCount(0);
    await expect(page.getByTestId('linha-digitavel')).toHaveCount(0);
    // Pix built from the configured key is still a safe way to pay.
    expect(pixField(await page.getByTestId('pix-copia-cola').innerText(), '54')).toBe('129.90');

    await page.getByTestId('back-to-faturas').click();
    await cards.nth(1).click();
    await expect(page.getByTestId('boleto-motivo')).toContainText('R$');
    await expect(page.getByTestId('boleto-motivo')).toContainText('59,90');
    await expect(page.getByTestId('barcode')).toHaveCount(0);
  });

  test('a valid CPF with no registration: "not found" screen and back to the keypad', async ({ page }) => {
    await identify(page, '390.533.447-05');
    await expect(page.getByTestId('screen-not-found')).toContainText('Cadastro não encontrado');
    await page.getByRole('button', { name: 'Digitar outro documento' }).click();
    await expect(page.getByTestId('documento-display')).toHaveText('CPF ou CNPJ');
  });

  test('wrong check digits are refused before any ERP call', async ({ page }) => {
    await page.goto('/identificar');
    let actionCalls = 0;
    // Server actions only (the layout's presence ping is a POST too, and not a lookup).
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.headers()['next-action']) actionCalls += 1;
    });
    await typeOnKeypad(page, '52998224724');
    await expect(page.getByTestId('documento-display')).toHaveText('529.982.247-24');
    await page.getByTestId('confirm').click();
    await expect(page.getByTestId('identify-message')).toHaveText(
      'CPF inválido. Confira os números digitados.',
    );
    await typeOnKeypad(page, '1');
    await page.locator('[data-key="backspace"]').click();
    await page.locator('[data-key="backspace"]').click();
    await typeOnKeypad(page, '5');
    await expect(page.getByTestId('documento-display')).toHaveText('529.982.247-25');
    await page.getByRole('button', { name: 'Limpar' }).click();
    await typeOnKeypad(page, '1234');
    await page.getByTestId('confirm').click();
    await expect(page.getByTestId('identify-message')).toContainText('11 números do CPF');
    expect(actionCalls).toBe(0);
  });

  test('a totem on its attract screen tells the server it is on (the desk\'s "visto por último")', async ({
    page,
  }) => {
    // The first page load mints the signed kiosk id; the ping on the next screen carries it.
    await page.goto('/');
    const ping = page.waitForResponse(
      (r) => r.url().endsWith('/api/kiosk/presenca') && r.request().method() === 'POST',
    );
    await page.reload();
    expect((await ping).status()).toBe(204);
    await expect(page.getByTestId('attract')).toBeVisible();
  });

  test('the ERP being down has its own screen with a way back', async ({ page }) => {
    await identify(page, '123.456.789-09');
    await expect(page.getByTestId('screen-erp-down')).toContainText('Sistema fora do ar');
    await expect(page.getByTestId('screen-erp-down')).toContainText('fora do ar no momento');
    await page.getByRole('link', { name: 'Voltar ao início' }).click();
    await expect(page.getByTestId('attract')).toBeVisible();
  });
});
