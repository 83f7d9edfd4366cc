import { expect, test, type Page } from '@playwright/test';
import { CRM_E2E, type CrmE2eAdapter } from './crm-env';
import { identify } from './helpers';

/**
 * "Meus dados" once per real CRM adapter, each app pointed at its simulator (demo ERP): the data comes from the
 * CRM, the proof passes, a city change is written through the adapter, and the simulator's own state — read
 * through its backdoor, not through the adapter — holds it.
 */
test.describe.configure({ timeout: 120_000 });

const MARIA = '52998224725'; // the demo ERP's mobile ends in 4321

async function teclar(page: Page, text: string): Promise<void> {
  for (const c of text) {
    const key = c === ' ' ? 'space' : c.toLowerCase();
    await page.locator(`[data-testid^="keyboard-"] [data-key="${key}"]`).click();
  }
}

for (const adapter of Object.keys(CRM_E2E) as CrmE2eAdapter[]) {
  const s = CRM_E2E[adapter];
  test.describe(`CRM ${adapter}`, () => {
    test.use({ baseURL: `http://127.0.0.1:${s.appPort}` });

    test('edit a city through the adapter, stored in the CRM', async ({ page, request }) => {
      await identify(page, MARIA);
      await expect(page.getByTestId('greeting')).toBeVisible();
      await page.locator('[data-entry-id="meus-dados"]').click();
      await expect(page.getByTestId('dado-cidade')).toContainText('São Paulo');
      await page.getByTestId('alterar').click();
      await teclar(page, '4321');
      await page.getByTestId('prova-confirmar').click();
      await expect(page.getByTestId('editar-form')).toBeVisible();
      await page.locator('input#cidade').click();
      await page.locator('[data-key="clear"]').click();
      await teclar(page, 'campinas');
      await page.getByTestId('revisar').click();
      await expect(page.getByTestId('revisao-cidade')).toContainText('Cadastro de clientes');
      await page.getByTestId('salvar').click();
      await expect(page.getByTestId('resultado-crm')).toHaveAttribute('data-estado', 'salvo');
      await expect(page.getByTestId('gravado-crm-cidade')).toContainText('Campinas');
      await expect(page.getByTestId('gravado-crm-cidade')).toContainText('confere');
      const state = await request.get(`http://127.0.0.1:${s.simPort}/__sim/state`);
      expect(state.ok()).toBe(true);
      expect(await state.text()).toContain('Campinas');
    });
  });
}
