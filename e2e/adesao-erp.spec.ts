import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADESAO_BASE_URL, ADESAO_SIM_URL } from './adesao-env';
import { escolherPlanoEDia, preencherDados, teclar, type PessoaE2e } from './adesao-helpers';
import { identify, printed, stubPrinter } from './helpers';
import { countActions, loseNextActionAnswer, ORIENTATIONS, pdfText, shot } from './servicos-helpers';

/**
 * "Quero ser cliente" through the http-contract adapter and its simulator, on an ERP that declares "Criação
 * de lead" and "Criação de pedido para cliente já existente" but not "Criação de pedido" (e2e/adesao-env.ts).
 * Writes are counted where the ERP sees them (the simulator's /__sim/state): a double tap and a lost answer
 * must still be one lead, one order. Serial: every test counts writes on the one simulator.
 */
test.use({ baseURL: ADESAO_BASE_URL });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface SimEvent {
  kind: string;
  documento?: string;
  payload: Record<string, unknown>;
}

async function simEvents(request: APIRequestContext, kind: string): Promise<SimEvent[]> {
  const state = (await (await request.get(`${ADESAO_SIM_URL}/__sim/state`)).json()) as { events: SimEvent[] };
  return state.events.filter((e) => e.kind === kind);
}

/** This app has no CEP service (CEP_PROVIDER=off): the address is typed, as a person does when it is down. */
const pessoa = (nome: string, documento: string): PessoaE2e => ({
  nome,
  documento,
  celular: '21987654321',
  emailAntesDoCom: 'pessoa@exemplo',
  cep: '20040002',
  numero: '15',
  endereco: { logradouro: 'rua da quitanda', bairro: 'centro', cidade: 'rio de janeiro', uf: 'RJ' },
});

/** From the attract screen to the review, plan 10 (Fibra 300 Mega), due day 10, origin "Totem", seller R1. */
async function ateRevisao(page: Page, p: PessoaE2e): Promise<void> {
  await escolherPlanoEDia(page, '10', '10');
  await preencherDados(page, p, false);
  await page.getByTestId('adesao-continuar').click();
  await page.locator('[data-testid="adesao-origens"] [data-code="TOTEM"]').click();
  await page.locator('[data-testid="adesao-revendedores"] [data-code="R1"]').click();
  await page.getByTestId('adesao-continuar').click();
  await expect(page.getByTestId('adesao-revisao')).toBeVisible();
  await page.getByTestId('adesao-consentimento').click();
}

/** Taps the button twice before React re-renders. */
async function toqueDuplo(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });
}

for (const o of ORIENTATIONS) {
  test(`lead mode (${o.name}): a new person ends in "Criação de lead", one lead in the ERP for a double tap and a lost answer, its protocol on screen and on paper`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: o.width, height: o.height });
    await stubPrinter(page);
    const sends = countActions(page, '"consentimento"');
    const leadsAntes = (await simEvents(request, 'lead')).length;
    const pedidosAntes = (await simEvents(request, 'pedido')).length;
    await ateRevisao(page, pessoa('otavio novo', '39053344705'));
    await shot(page, o.name, 'adesao-lead-revisao');

    await loseNextActionAnswer(page, '"consentimento"');
    await toqueDuplo(page, 'adesao-enviar');
    await expect(page.getByTestId('adesao-erro')).toContainText('Não foi possível falar com o totem');
    expect(sends()).toBe(1);
    await page.getByTestId('adesao-enviar').click();
    const enviada = page.getByTestId('adesao-enviada');
    await expect(enviada).toContainText('Pedido de contato enviado!');
    await expect(enviada).toContainText('Protocolo do totem:');
    const protocolo = (await page.getByTestId('adesao-protocolo').textContent()) ?? '';
    expect(protocolo).toMatch(/^\d{8}-[A-Z2-9]{6}$/);
    expect(sends()).toBe(2);
    await shot(page, o.name, 'adesao-lead-enviado');

    // The ERP got one lead — the retry got the first answer — carrying the totem's protocol; no order.
    const leads = await simEvents(request, 'lead');
    expect(leads).toHaveLength(leadsAntes + 1);
    const lead = (leads.at(-1)?.payload.lead ?? {}) as Record<string, unknown>;
    expect(lead).toMatchObject({ document_number: '39053344705', telefone: '21987654321' });
    expect(String(lead.nome).toLowerCase()).toBe('otavio novo');
    const mensagem = String(lead.mensagem);
    expect(mensagem).toContain(`Protocolo do totem: ${protocolo}`);
    expect(mensagem).toContain('Plano: Fibra 300 Mega');
    expect(await simEvents(request, 'pedido')).toHaveLength(pedidosAntes);

    // The printed receipt: the same protocol, the document masked, no name on the paper.
    const receipt = page.waitForRequest((r) => r.url().includes('/api/comprovante/adesao'));
    await page.getByTestId('adesao-imprimir').click();
    const text = await pdfText(await page.request.get((await receipt).url()));
    expect(text).toContain(protocolo);
    expect(text).toContain('Fibra 300 Mega');
    expect(text).toContain('390.***.***-05');
    expect(text.toLowerCase()).not.toContain('otavio');
    await expect(page.getByTestId('retire-boleto')).toContainText('Retire seu comprovante');
    expect(await printed(page)).toBe(1);
    await shot(page, o.name, 'adesao-lead-comprovante');
  });
}

for (const o of ORIENTATIONS) {
  test(`existing customer (${o.name}): the proof refuses a wrong answer, then one order in the ERP for a double tap and a lost answer`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: o.width, height: o.height });
    await stubPrinter(page);
    const sends = countActions(page, '"consentimento"');
    const antes = (await simEvents(request, 'pedido')).length;
    await ateRevisao(page, pessoa('maria silva', '52998224725'));
    await page.getByTestId('adesao-enviar').click();
    await expect(page.getByTestId('adesao-existente')).toContainText('Este CPF/CNPJ já é nosso cliente');
    await expect(page.getByTestId('adesao-prova-pergunta')).toContainText('celular cadastrado');

    await teclar(page, '1234');
    await page.getByTestId('adesao-existente-enviar').click();
    await expect(page.getByTestId('adesao-prova-message')).toHaveText(
      'A resposta não confere. Você tem mais 2 tentativas.',
    );
    expect(await simEvents(request, 'pedido')).toHaveLength(antes);
    await shot(page, o.name, 'adesao-existente-prova-errada-http-contract');

    // The right answer; the answer of the one request that leaves is lost; the same answer is sent again.
    await teclar(page, '4321');
    await loseNextActionAnswer(page, '"consentimento"');
    await toqueDuplo(page, 'adesao-existente-enviar');
    await expect(page.getByTestId('adesao-prova-message')).toContainText(
      'Não foi possível falar com o totem',
    );
    expect(sends()).toBe(3);
    await page.getByTestId('adesao-existente-enviar').click();
    await expect(page.getByTestId('adesao-enviada')).toContainText('Pedido de novo serviço enviado!');
    const protocolo = (await page.getByTestId('adesao-protocolo').textContent()) ?? '';
    expect(protocolo).toMatch(/^P-2\d\d$/);
    expect(sends()).toBe(4);
    await shot(page, o.name, 'adesao-existente-http-contract');

    // Exactly one order reached the ERP, as the contract says: for Maria, without a new customer in it.
    const pedidos = await simEvents(request, 'pedido');
    expect(pedidos).toHaveLength(antes + 1);
    expect(pedidos.at(-1)).toMatchObject({
      documento: '52998224725',
      payload: {
        order: { itens: [{ produto_id: '10', quantidade: '1' }], vencimento_id: '10', cliente: null },
        customer_document_number: '52998224725',
        wda_user: { document_number: '52998224725' },
      },
    });

    if (o.name === 'retrato') {
      const receipt = page.waitForRequest((r) => r.url().includes('/api/comprovante/adesao'));
      await page.getByTestId('adesao-imprimir').click();
      const text = await pdfText(await page.request.get((await receipt).url()));
      expect(text).toContain(protocolo);
      expect(text).toContain('529.***.***-25');
      // Printing happens once the receipt is ready: wait for the screen that says so before counting.
      await expect(page.getByTestId('retire-boleto')).toContainText('Retire seu comprovante');
      expect(await printed(page)).toBe(1);
    }
  });
}

test('three wrong answers lock the document — the order and "Meus dados" alike; nothing reaches the ERP', async ({
  page,
  request,
}) => {
  const JOAO = '11144477735'; // the demo CRM's mobile ends in 7766
  const antes = (await simEvents(request, 'pedido')).length;
  await ateRevisao(page, pessoa('joao santos', JOAO));
  await page.getByTestId('adesao-enviar').click();
  for (const [resposta, texto] of [
    ['0000', 'Você tem mais 2 tentativas.'],
    ['1111', 'Você tem mais 1 tentativa.'],
  ] as const) {
    await teclar(page, resposta);
    await page.getByTestId('adesao-existente-enviar').click();
    await expect(page.getByTestId('adesao-prova-message')).toContainText(texto);
  }
  await teclar(page, '2222');
  await page.getByTestId('adesao-existente-enviar').click();
  const bloqueado = page.getByTestId('adesao-prova-bloqueada');
  await expect(bloqueado).toContainText('Pedido bloqueado por segurança');
  await expect(bloqueado).toContainText('Procure o atendimento da loja');
  await shot(page, 'retrato', 'adesao-prova-bloqueada');

  // Another try from the start is stopped before the question; the right answer has nowhere to go.
  await ateRevisao(page, pessoa('joao santos', JOAO));
  await page.getByTestId('adesao-enviar').click();
  await expect(page.getByTestId('adesao-prova-bloqueada')).toBeVisible();
  await expect(page.getByTestId('adesao-existente-enviar')).toHaveCount(0);
  expect(await simEvents(request, 'pedido')).toHaveLength(antes);

  // The same per-document lockout as "Meus dados".
  await identify(page, JOAO);
  await expect(page.getByTestId('greeting')).toBeVisible();
  await page.locator('[data-entry-id="meus-dados"]').click();
  await expect(page.getByTestId('edicao-bloqueada')).toBeVisible();
});
