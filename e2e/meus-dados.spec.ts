import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CADASTRO_BASE_URL } from './cadastro-env';
import { identify } from './helpers';

/**
 * "Meus dados" (issue #10) on its own server: demo CRM + demo ERP (both can write), CEP lookups answered by the
 * CEP simulator speaking ViaCEP's API. Each test uses its own demo customer, because edits and lockouts persist
 * in the server for the run.
 */
test.use({ baseURL: CADASTRO_BASE_URL });
// Each flow is dozens of touches plus accessibility scans: more than the default budget on a shared 2-core CI.
test.describe.configure({ timeout: 120_000 });

const MARIA = '52998224725'; // proof: mobile ending 4321
const CARLOS = '93541134780'; // wrong answers → lock
const JOAO = '11144477735'; // the demo CRM fails every write
const PADARIA = '11222333000181'; // PJ: razão social editable; mobile ending 4567
const OFICINA = '12ABC34501DE35'; // no mobile, no birth date: desk only

/** Types on the on-screen keyboard that is showing (letters, digits, accents, @ . _ - and space). */
async function teclar(page: Page, text: string): Promise<void> {
  for (const c of text) {
    const key = c === ' ' ? 'space' : c.toLowerCase();
    await page.locator(`[data-testid^="keyboard-"] [data-key="${key}"]`).click();
  }
}

async function campo(page: Page, id: string): Promise<void> {
  await page.locator(`input#${id}`).click();
  await expect(page.locator(`input#${id}`)).toHaveAttribute('data-active', 'true');
}

async function abrirMeusDados(page: Page, documento: string): Promise<void> {
  await identify(page, documento);
  await expect(page.getByTestId('greeting')).toBeVisible();
  await page.locator('[data-entry-id="meus-dados"]').click();
  await expect(page.getByTestId('screen-meus-dados')).toBeVisible();
}

async function provar(page: Page, resposta: string): Promise<void> {
  await page.getByTestId('alterar').click();
  await expect(page.getByTestId('prova-pergunta')).toBeVisible();
  await teclar(page, resposta);
  await page.getByTestId('prova-confirmar').click();
}

async function fotografar(page: Page, nome: string, orientacao: 'retrato' | 'paisagem'): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${orientacao}/${nome}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

test('edit through the kiosk: masked data, proof, keyboard, CEP lookup, review, result', async ({ page }) => {
  await abrirMeusDados(page, MARIA);
  // Personal fields masked; the full values never reach the page.
  await expect(page.getByTestId('dado-email')).toContainText('ma***@example.com');
  await expect(page.getByTestId('dado-celular')).toContainText('(11) *****-4321');
  await expect(page.getByTestId('dado-numero')).toContainText('***');
  const html = await page.content();
  for (const secret of ['maria.silva@example.com', '987654321', '1000']) expect(html).not.toContain(secret);
  await fotografar(page, 'meus-dados', 'retrato');

  await page.getByTestId('alterar').click();
  await expect(page.getByTestId('prova-pergunta')).toHaveAttribute('data-tipo', 'celular');
  await fotografar(page, 'meus-dados-prova', 'retrato');
  await teclar(page, '4321');
  await page.getByTestId('prova-confirmar').click();

  await expect(page.getByTestId('editar-form')).toBeVisible();
  // No system keyboard can open: every input is read-only with inputmode=none.
  await expect(page.locator('input:not([readonly])')).toHaveCount(0);
  await expect(page.locator('input:not([inputmode="none"])')).toHaveCount(0);

  await campo(page, 'email');
  await expect(page.getByTestId('keyboard-email')).toBeVisible();
  await teclar(page, 'maria_nova@exemplo');
  await page.locator('[data-key=".com.br"]').click();
  await expect(page.locator('input#email')).toHaveValue('maria_nova@exemplo.com.br');

  await campo(page, 'cep');
  await expect(page.getByTestId('keyboard-numerico')).toBeVisible();
  await page.locator('[data-key="clear"]').click();
  await teclar(page, '20040020');
  await expect(page.getByTestId('cep-status')).toHaveText(/Endereço encontrado/);
  await expect(page.locator('input#logradouro')).toHaveValue('Avenida Rio Branco');
  await expect(page.locator('input#cidade')).toHaveValue('Rio de Janeiro');
  await expect(page.locator('input#uf')).toHaveValue('RJ');
  // The lookup moved the keyboard to the number.
  await expect(page.locator('input#numero')).toHaveAttribute('data-active', 'true');
  await teclar(page, '156');
  await campo(page, 'complemento');
  await page.locator('[data-key="clear"]').click();
  await teclar(page, 'sala 3');
  await expect(page.locator('input#complemento')).toHaveValue('Sala 3');
  await fotografar(page, 'meus-dados-editar', 'retrato');

  await page.getByTestId('revisar').click();
  await expect(page.getByTestId('revisao')).toBeVisible();
  await expect(page.getByTestId('revisao-email')).toContainText('ma***@example.com');
  await expect(page.getByTestId('revisao-email')).toContainText('maria_nova@exemplo.com.br');
  await expect(page.getByTestId('revisao-cep')).toContainText('01310-100');
  await expect(page.getByTestId('revisao-cep')).toContainText('20040-020');
  await expect(page.getByTestId('revisao-cidade')).toContainText('Rio de Janeiro');
  await fotografar(page, 'meus-dados-revisao', 'retrato');

  await page.getByTestId('salvar').click();
  await expect(page.getByTestId('resultado-titulo')).toHaveAttribute('data-completo', 'true');
  await expect(page.getByTestId('resultado-crm')).toHaveAttribute('data-estado', 'salvo');
  await expect(page.getByTestId('resultado-erp')).toHaveAttribute('data-estado', 'salvo');
  await expect(page.getByTestId('gravado-crm-email')).toContainText('ma***@exemplo.com.br');
  await expect(page.getByTestId('gravado-crm-email')).toContainText('confere');
  await expect(page.getByTestId('gravado-erp-email')).toContainText('confere');
  await expect(page.getByTestId('gravado-crm-cidade')).toContainText('Rio de Janeiro');
  await fotografar(page, 'meus-dados-resultado', 'retrato');

  // What the systems now hold, back on the data screen.
  await page.getByTestId('ver-meus-dados').click();
  await expect(page.getByTestId('dado-cidade')).toContainText('Rio de Janeiro');
  await expect(page.getByTestId('dado-email')).toContainText('ma***@exemplo.com.br');
});

test('client and server validation: per-field pt-BR messages, announced', async ({ page }) => {
  await abrirMeusDados(page, PADARIA);
  await provar(page, '4567');
  await expect(page.getByTestId('editar-form')).toBeVisible();
  await campo(page, 'celular');
  await teclar(page, '2098765432');
  await campo(page, 'cep');
  await page.locator('[data-key="clear"]').click();
  await teclar(page, '2004');
  await page.getByTestId('revisar').click();
  await expect(page.getByTestId('editar-aviso')).toHaveText(/Confira os campos/);
  await expect(page.locator('#celular-erro')).toHaveText(/DDD inválido/);
  await expect(page.locator('#cep-erro')).toHaveText(/8 números/);
  await expect(page.locator('input#celular')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#celular-erro')).toHaveAttribute('aria-live', 'assertive');
  await expect(page.getByTestId('revisao')).toHaveCount(0);
});

test('a company changes its razão social (landscape screenshots)', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await abrirMeusDados(page, PADARIA);
  await fotografar(page, 'meus-dados', 'paisagem');
  await page.getByTestId('alterar').click();
  await fotografar(page, 'meus-dados-prova', 'paisagem');
  await teclar(page, '4567');
  await page.getByTestId('prova-confirmar').click();
  await expect(page.getByTestId('editar-form')).toBeVisible();
  await campo(page, 'nome');
  await page.locator('[data-key="backspace"]').click();
  await page.locator('[data-key="backspace"]').click();
  await page.locator('[data-key="backspace"]').click();
  await page.locator('[data-key="backspace"]').click();
  await teclar(page, ' e confeitaria ltda');
  await expect(page.locator('input#nome')).toHaveValue('Padaria Pão Quente E Confeitaria Ltda');
  await campo(page, 'uf');
  await expect(page.getByTestId('uf-picker')).toBeVisible();
  await page.locator('[data-uf="SP"]').click();
  await expect(page.locator('input#uf')).toHaveValue('SP');
  await fotografar(page, 'meus-dados-editar', 'paisagem');
  await page.getByTestId('revisar').click();
  await expect(page.getByTestId('revisao-nome')).toContainText('Padaria Pão Quente E Confeitaria Ltda');
  // Razão social goes to the CRM only (the ERP has no such field).
  await expect(page.getByTestId('revisao-nome')).toContainText('Será salvo em: Cadastro de clientes');
  await expect(page.getByTestId('revisao-nome')).not.toContainText('Sistema de cobrança');
  await fotografar(page, 'meus-dados-revisao', 'paisagem');
  await page.getByTestId('salvar').click();
  await expect(page.getByTestId('resultado-titulo')).toHaveAttribute('data-completo', 'true');
  await fotografar(page, 'meus-dados-resultado', 'paisagem');
});

test('three wrong answers lock editing for that document, across sessions', async ({ page }) => {
  await abrirMeusDados(page, CARLOS);
  await page.getByTestId('alterar').click();
  for (const [resposta, texto] of [
    ['0000', /mais 2 tentativas/],
    ['1111', /mais 1 tentativa/],
  ] as const) {
    await teclar(page, resposta);
    await page.getByTestId('prova-confirmar').click();
    await expect(page.getByTestId('prova-message')).toHaveText(texto);
  }
  await teclar(page, '2222');
  await page.getByTestId('prova-confirmar').click();
  await expect(page.getByTestId('edicao-bloqueada')).toBeVisible();
  await fotografar(page, 'meus-dados-bloqueado', 'retrato');
  // The edit form cannot be reached around it, and a new session (another kiosk user) is locked too.
  await page.goto('/cliente/meus-dados/editar');
  await expect(page.getByTestId('edicao-bloqueada')).toBeVisible();
  await page.getByTestId('exit').click();
  await expect(page.getByTestId('attract')).toBeVisible();
  await abrirMeusDados(page, CARLOS);
  await expect(page.getByTestId('edicao-bloqueada')).toBeVisible();
  await expect(page.getByTestId('alterar')).toHaveCount(0);
});

test('a CRM that fails while the ERP succeeds: told plainly what was saved and what was not', async ({
  page,
}) => {
  await abrirMeusDados(page, JOAO);
  await provar(page, '7766');
  await expect(page.getByTestId('editar-form')).toBeVisible();
  await campo(page, 'email');
  await teclar(page, 'joao.p@exemplo');
  await page.locator('[data-key=".com"]').click();
  await page.getByTestId('revisar').click();
  await expect(page.getByTestId('revisao-email')).toContainText('Cadastro de clientes e Sistema de cobrança');
  await page.getByTestId('salvar').click();
  await expect(page.getByTestId('resultado-titulo')).toHaveAttribute('data-completo', 'false');
  await expect(page.getByTestId('resultado-titulo')).toHaveText(/só em parte/);
  await expect(page.getByTestId('resultado-erp')).toHaveAttribute('data-estado', 'salvo');
  await expect(page.getByTestId('gravado-erp-email')).toContainText('confere');
  await expect(page.getByTestId('resultado-crm')).toHaveAttribute('data-estado', 'falhou');
  await expect(page.getByTestId('gravado-crm-email')).toContainText('continua assim');
  await expect(page.getByTestId('resultado-crm')).toContainText('equipe do balcão refazer');
  await fotografar(page, 'meus-dados-parcial', 'retrato');
});

test('no possible proof: the customer is sent to the desk', async ({ page }) => {
  await abrirMeusDados(page, OFICINA);
  await expect(page.getByTestId('sem-prova')).toContainText('balcão');
  await expect(page.getByTestId('alterar')).toHaveCount(0);
});

test('"Sair" wipes the form and the proof: a new session must prove again', async ({ page }) => {
  await abrirMeusDados(page, MARIA);
  await provar(page, '4321');
  await expect(page.getByTestId('editar-form')).toBeVisible();
  await campo(page, 'bairro');
  await teclar(page, 'xyz');
  await page.getByTestId('exit').click();
  await expect(page.getByTestId('attract')).toBeVisible();
  await identify(page, MARIA);
  await expect(page.getByTestId('greeting')).toBeVisible();
  await page.goto('/cliente/meus-dados/editar');
  await expect(page.getByTestId('prova-pergunta')).toBeVisible();
});
