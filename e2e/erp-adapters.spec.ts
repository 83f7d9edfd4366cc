import { expect, test, type APIRequestContext } from '@playwright/test';
import { linhaFromCodigoBarras } from '../lib/boleto';
import { addDays, formatDateBR, todayInSaoPaulo } from '../lib/domain/dates';
import { ERP_E2E, type ErpE2eSystem } from './erp-env';
import { decodeOnScreen, identify, pixField } from './helpers';
import { servicosErpTests } from './servicos-erp';

/**
 * The kiosk flow against each real adapter (issue #4): `next start` with ERP_ADAPTER=ixc / http-contract, talking
 * over HTTP to its simulator, which serves the demo customers in the vendor's own shapes. The same screens and
 * figures as the demo flow must come out, and a dead ERP must give the "fora do ar" screen.
 */
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

async function setFault(request: APIRequestContext, system: ErpE2eSystem, fault: unknown): Promise<void> {
  const res = await request.post(`http://127.0.0.1:${ERP_E2E[system].simPort}/__sim/fault`, {
    data: fault === null ? '' : JSON.stringify(fault),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.ok()).toBe(true);
}

for (const system of Object.keys(ERP_E2E) as ErpE2eSystem[]) {
  test.describe(`kiosk flow through the ${system} adapter`, () => {
    // Serial: the last test switches the simulator off for everyone talking to it.
    test.describe.configure({ mode: 'serial' });
    test.use({ baseURL: `http://127.0.0.1:${ERP_E2E[system].appPort}` });

    test.beforeAll(async ({ request }) => {
      await setFault(request, system, null);
      await request.post(`http://127.0.0.1:${ERP_E2E[system].simPort}/__sim/reset`);
    });

    test('Maria: faturas in order with the updated value, scannable barcode, Pix for the amount due', async ({
      page,
    }) => {
      await identify(page, '52998224725');
      await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
      const cards = page.getByTestId('fatura-card');
      await expect(cards).toHaveCount(2); // paid (and, on IXC, cancelled / unreleased) titles are not listed
      const today = todayInSaoPaulo();
      await expect(cards.nth(0)).toContainText(formatDateBR(addDays(today, -12)));
      expect(nbsp(await cards.nth(0).getByTestId('valor-devido').innerText())).toBe('R$ 102,30');
      expect(nbsp(await cards.nth(1).getByTestId('valor-devido').innerText())).toBe('R$ 99,90');

      await cards.nth(0).click();
      await expect(page.getByTestId('screen-fatura')).toBeVisible();
      const linha = (await page.getByTestId('linha-digitavel').innerText()).replace(/\D/g, '');
      expect(linha).toHaveLength(47);
      expect(linhaFromCodigoBarras(await decodeOnScreen(page.getByTestId('barcode'), 'i25'))).toBe(linha);
      const payload = await page.getByTestId('pix-copia-cola').innerText();
      expect(pixField(payload, '54')).toBe('102.30');
      expect(await decodeOnScreen(page.getByTestId('pix-qr'), 'qrcode')).toBe(payload);
    });

    test("Padaria: the ERP's own Pix code reaches the screen", async ({ page }) => {
      await identify(page, '11.222.333/0001-81');
      await expect(page.getByTestId('fatura-card')).toHaveCount(1);
      await page.getByTestId('fatura-card').click();
      const pix = page.getByTestId('pix-copia-cola');
      await expect(pix).toHaveAttribute('data-source', 'erp');
      expect(pixField(await pix.innerText(), '54')).toBe('249.90');
    });

    test('an unknown CPF is "not found", not an error', async ({ page }) => {
      await identify(page, '390.533.447-05');
      await expect(page.getByTestId('screen-not-found')).toBeVisible();
    });

    test('"Pegar uma fatura" failing with a 5xx: the same "fora do ar" screen as the list, not "Algo deu errado"', async ({
      page,
      request,
    }) => {
      await identify(page, '52998224725');
      await expect(page.getByTestId('fatura-card')).toHaveCount(2);
      // Only the call that reads one fatura fails (the list already loaded).
      const path = system === 'ixc' ? '/webservice/v1/fn_areceber' : '/fatura';
      await setFault(request, system, { path, fault: { kind: 'status', status: 500, body: '{}' } });
      try {
        await page.getByTestId('fatura-card').nth(0).click();
        const erro = page.getByTestId('faturas-erro');
        await expect(erro).toContainText('fora do ar');
        await expect(page.getByTestId('screen-error')).toHaveCount(0);
      } finally {
        await setFault(request, system, null);
      }
      // Back when the ERP answers again.
      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId('linha-digitavel')).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
    });

    if (system === 'ixc') {
      const sim = `http://127.0.0.1:${ERP_E2E.ixc.simPort}`;
      test('IXC get_pix answering HTTP 500: the boleto stays, the Pix part says why', async ({
        page,
        request,
      }) => {
        await setFault(request, system, {
          path: 'get_pix',
          fault: { kind: 'status', status: 500, body: '{"type":"error","message":"Título não encontrado"}' },
        });
        try {
          await identify(page, '11.222.333/0001-81');
          await page.getByTestId('fatura-card').click();
          await expect(page.getByTestId('screen-fatura')).toBeVisible();
          await expect(page.getByTestId('linha-digitavel')).toBeVisible();
          const linha = (await page.getByTestId('linha-digitavel').innerText()).replace(/\D/g, '');
          expect(linhaFromCodigoBarras(await decodeOnScreen(page.getByTestId('barcode'), 'i25'))).toBe(linha);
          await expect(page.getByTestId('pix-bloqueado')).toContainText('não respondeu');
          await expect(page.getByTestId('pix-copia-cola')).toHaveCount(0);
        } finally {
          await setFault(request, system, null);
        }
      });

      test('IXC: a Pix the PSP removed is never offered', async ({ page, request }) => {
        const res = await request.post(`${sim}/__sim/titulo`, {
          data: JSON.stringify({ id: '70021', _pix_status: 'REMOVIDA_PELO_PSP' }),
          headers: { 'content-type': 'application/json' },
        });
        expect(res.ok()).toBe(true);
        try {
          await identify(page, '11.222.333/0001-81');
          await page.getByTestId('fatura-card').click();
          await expect(page.getByTestId('linha-digitavel')).toBeVisible();
          await expect(page.getByTestId('pix-bloqueado')).toContainText('cancelado');
          await expect(page.getByTestId('pix-copia-cola')).toHaveCount(0);
        } finally {
          await request.post(`${sim}/__sim/reset`);
        }
      });
    }

    if (system === 'http-contract') {
      const sim = `http://127.0.0.1:${ERP_E2E['http-contract'].simPort}`;
      test('a valor_final with no juros/multa split is shown as "Acréscimos", the barcode amount explained', async ({
        page,
        request,
      }) => {
        const res = await request.post(`${sim}/__sim/fatura`, {
          data: JSON.stringify({ id: '70012', valor_final: '102,07', juros: '', multa: '' }),
          headers: { 'content-type': 'application/json' },
        });
        expect(res.ok()).toBe(true);
        try {
          await identify(page, '52998224725');
          await page.getByTestId('fatura-card').nth(0).click();
          expect(nbsp(await page.getByTestId('acrescimos').innerText())).toBe('R$ 2,17');
          await expect(page.getByTestId('juros')).toHaveCount(0);
          expect(nbsp(await page.getByTestId('valor-devido').innerText())).toBe('R$ 102,07');
          await expect(page.getByTestId('aviso-valor')).toContainText('valor original');
        } finally {
          await request.post(`${sim}/__sim/reset`);
        }
      });
    }

    // Plans, unlock, ticket, notas (issue #14), in this same sequence.
    servicosErpTests(system);

    test('the ERP down: the "fora do ar" screen, and the kiosk recovers when it is back', async ({
      page,
      request,
    }) => {
      await setFault(request, system, { fault: { kind: 'drop' } });
      try {
        await identify(page, '52998224725');
        await expect(page.getByTestId('screen-erp-down')).toContainText('Sistema fora do ar');
      } finally {
        await setFault(request, system, null);
      }
      // The circuit opened; after ERP_CIRCUIT_OPEN_SECONDS one probe goes through and closes it again.
      await expect(async () => {
        await identify(page, '52998224725');
        await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!', { timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
    });
  });
}
