import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { escolherPlanoEDia, preencherDados, teclar, type PessoaE2e } from './adesao-helpers';
import { CADASTRO_BASE_URL } from './cadastro-env';
import { printed, stubPrinter } from './helpers';
import { countActions, loseNextActionAnswer, ORIENTATIONS, pdfText, shot } from './servicos-helpers';

/**
 * "Quero ser cliente" (issue #14) on the demo ERP, on the "Meus dados" server (demo ERP + the CEP simulator,
 * so the CEP lookup never leaves the machine). Serial: the demo numbers its orders P-101, P-102 … in the order
 * they reach it, which is how "one order for a double tap and a lost answer" is seen from outside. No other
 * spec sends orders to this server.
 */
test.use({ baseURL: CADASTRO_BASE_URL });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const JOANA: PessoaE2e = {
  nome: 'joana souza',
  documento: '39053344705',
  celular: '11987654321',
  emailAntesDoCom: 'joana@exemplo',
  cep: '30130010',
  numero: '1000',
};

async function semViolacoesGraves(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

let pedidos = 0;

for (const o of ORIENTATIONS) {
  test(`new customer (${o.name}): plan, due day, data with CEP lookup, LGPD, one order for a double tap and a lost answer, receipt`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: o.width, height: o.height });
    // Headless: the printer only counts (its renderer crashed the page on print() in CI; print.spec prints).
    await stubPrinter(page);
    const sends = countActions(page, '"consentimento"');
    await escolherPlanoEDia(page, '11', '20');
    await shot(page, o.name, 'adesao-dados');
    // Nothing typed: every required field says so, and nothing goes to the server.
    await page.getByTestId('adesao-continuar').click();
    await expect(page.getByTestId('adesao-aviso')).toHaveText('Confira os campos indicados.');
    await expect(page.locator('#nome-erro')).toHaveText('Preencha este campo.');
    await preencherDados(page, { ...JOANA, celular: '1133334444' }, true);
    await expect(page.locator('input#logradouro')).toHaveValue('Avenida Afonso Pena');
    await expect(page.locator('input#uf')).toHaveValue('MG');
    await page.getByTestId('adesao-continuar').click();
    // A landline is not a celular: the same rule and words as "Meus dados".
    await expect(page.locator('#celular-erro')).toContainText('Celular inválido');
    await page.locator('input#celular').click();
    await page.locator('[data-testid^="keyboard-"] [data-key="clear"]').click();
    for (const d of JOANA.celular) await page.locator(`[data-testid^="keyboard-"] [data-key="${d}"]`).click();
    await page.getByTestId('adesao-continuar').click();

    // How they heard of us and the seller: the ERP's lists.
    await page.locator('[data-testid="adesao-origens"] [data-code="LOJA"]').click();
    await page.locator('[data-testid="adesao-revendedores"] [data-code="R2"]').click();
    await page.getByTestId('adesao-continuar').click();

    const revisao = page.getByTestId('adesao-revisao');
    await expect(revisao).toContainText('Fibra 500 Mega');
    await expect(revisao).toContainText('Dia 20');
    await expect(revisao).toContainText('390.533.447-05');
    await expect(revisao).toContainText('Avenida Afonso Pena, 1000');
    await expect(revisao).toContainText('Loja Zona Norte');
    await expect(page.getByTestId('adesao-lgpd')).toContainText('Lei 13.709/2018');
    await shot(page, o.name, 'adesao-revisao');
    await semViolacoesGraves(page);
    // Without the consent nothing is sent.
    await page.getByTestId('adesao-enviar').click();
    await expect(page.getByTestId('adesao-aviso-envio')).toContainText('Li e concordo');
    expect(sends()).toBe(0);
    await page.getByTestId('adesao-consentimento').click();

    // A double tap lands before React re-renders; the answer of the one request that left is lost.
    await loseNextActionAnswer(page, '"consentimento"');
    await page.getByTestId('adesao-enviar').evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await expect(page.getByTestId('adesao-erro')).toContainText('Não foi possível falar com o totem');
    expect(sends()).toBe(1);
    await page.getByTestId('adesao-enviar').click();
    const protocolo = page.getByTestId('adesao-protocolo');
    // The retry got the first order's answer: had it created another, this would be the next number.
    pedidos += 1;
    await expect(protocolo).toHaveText(`P-${100 + pedidos}`);
    expect(sends()).toBe(2);
    await shot(page, o.name, 'adesao-enviada');

    if (o.name === 'paisagem') {
      // The receipt is printed in portrait (one silent print per run is enough for the headless printer).
      await page.getByTestId('adesao-concluir').click();
      await expect(page.getByTestId('quero-ser-cliente')).toBeVisible();
      return;
    }
    // The receipt: the protocol and the choices, the document masked, no name or address on the paper.
    const receipt = page.waitForRequest((r) => r.url().includes('/api/comprovante/adesao'));
    await page.getByTestId('adesao-imprimir').click();
    const text = await pdfText(await page.request.get((await receipt).url()));
    expect(text).toContain(`P-${100 + pedidos}`);
    expect(text).toContain('Fibra 500 Mega');
    expect(text).toContain('390.***.***-05');
    expect(text).not.toContain('Afonso Pena');
    expect(text.toLowerCase()).not.toContain('joana');
    await expect(page.getByTestId('retire-boleto')).toContainText('Retire seu comprovante');
    expect(await printed(page)).toBe(1);
    // After the paper, the person goes on to the start.
    await page.getByTestId('retire-more').click();
    await expect(page.getByTestId('retire-boleto')).toHaveCount(0);
  });
}

/** From the attract screen to the answer of "Enviar pedido" for `documento` (plan 12, due day 5, no origin). */
async function enviarComo(page: Page, nome: string, documento: string): Promise<void> {
  await escolherPlanoEDia(page, '12', '5');
  await preencherDados(page, { ...JOANA, nome, documento }, true);
  await page.getByTestId('adesao-continuar').click();
  await page.getByTestId('adesao-continuar').click(); // no origin, no seller: both optional
  await page.getByTestId('adesao-consentimento').click();
  await page.getByTestId('adesao-enviar').click();
}

for (const o of ORIENTATIONS) {
  test(`an existing customer (${o.name}) proves the registration is theirs before the new service is ordered, once for a double tap`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: o.width, height: o.height });
    await stubPrinter(page);
    const sends = countActions(page, '"consentimento"');
    await enviarComo(page, 'maria silva', '52998224725');
    const existente = page.getByTestId('adesao-existente');
    await expect(existente).toContainText('Este CPF/CNPJ já é nosso cliente');
    await expect(existente).toContainText('Fibra 1 Giga');
    // The proof of "Meus dados": the last 4 digits of the registered mobile, never shown.
    await expect(page.getByTestId('adesao-prova-pergunta')).toHaveText(
      'Digite os 4 últimos números do celular cadastrado.',
    );
    // Nothing about the customer is shown: no name, no address, no phone, no faturas.
    for (const segredo of ['Maria Aparecida', '4321', 'Paulista'])
      await expect(existente).not.toContainText(segredo);
    await shot(page, o.name, 'adesao-cliente-existente');
    await semViolacoesGraves(page);

    // A wrong answer sends nothing and says how many tries are left.
    await teclar(page, '0000');
    await page.getByTestId('adesao-existente-enviar').click();
    await expect(page.getByTestId('adesao-prova-message')).toHaveText(
      'A resposta não confere. Você tem mais 2 tentativas.',
    );
    await expect(page.getByTestId('adesao-prova-display')).not.toContainText('0');
    expect(sends()).toBe(2); // the sign-up, then the refused proof
    await shot(page, o.name, 'adesao-prova-errada');

    // The right answer, tapped twice before React re-renders: one request, one order.
    await teclar(page, '4321');
    await page.getByTestId('adesao-existente-enviar').evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    pedidos += 1;
    await expect(page.getByTestId('adesao-protocolo')).toHaveText(`P-${100 + pedidos}`);
    await expect(page.getByTestId('adesao-enviada')).toContainText('Pedido de novo serviço enviado');
    expect(sends()).toBe(3);
    await shot(page, o.name, 'adesao-cliente-existente-enviado');
  });
}

test('an existing customer with no way to prove ownership is sent to the counter; nothing is ordered', async ({
  page,
}) => {
  const sends = countActions(page, '"consentimento"');
  await enviarComo(page, 'ana ferreira', '24681357928');
  await expect(page.getByTestId('adesao-sem-prova')).toContainText('Procure o atendimento');
  await expect(page.getByTestId('adesao-sem-prova')).toContainText('Não temos como confirmar por aqui');
  await expect(page.getByTestId('adesao-existente-enviar')).toHaveCount(0);
  await shot(page, 'retrato', 'adesao-sem-prova');
  expect(sends()).toBe(1);
  await page.getByTestId('adesao-inicio').click();
  await expect(page.getByTestId('attract')).toBeVisible();
});

test('a customer with an internal notice is sent to the counter; nothing is ordered', async ({ page }) => {
  await enviarComo(page, 'carlos lima', '93541134780');
  // No proof is asked for an order the totem would not send.
  await expect(page.getByTestId('adesao-balcao')).toContainText('Procure o atendimento');
  await expect(page.getByTestId('adesao-existente-enviar')).toHaveCount(0);
});

test('the ERP down: a pt-BR message, the same button tries again, and the kiosk goes home', async ({
  page,
}) => {
  await escolherPlanoEDia(page, '10', '10');
  await preencherDados(page, { ...JOANA, documento: '12345678909' }, true);
  await page.getByTestId('adesao-continuar').click();
  await page.getByTestId('adesao-continuar').click();
  await page.getByTestId('adesao-consentimento').click();
  await page.getByTestId('adesao-enviar').click();
  await expect(page.getByTestId('adesao-erro')).toContainText('O sistema de cobrança está fora do ar');
  await expect(page.getByTestId('adesao-enviar')).toBeEnabled();
  await shot(page, 'retrato', 'adesao-erp-fora');
  await page.getByTestId('adesao-alterar').click();
  await page.getByTestId('adesao-voltar').click(); // data → due day
  await page.getByTestId('adesao-voltar').click(); // due day → plan
  await page.getByTestId('adesao-cancelar').click();
  await expect(page.getByTestId('attract')).toBeVisible();
});
