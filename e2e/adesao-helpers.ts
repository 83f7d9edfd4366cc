import { expect, type Page } from '@playwright/test';

/**
 * "Quero ser cliente" e2e helpers: the flow is driven only by touches on the screen (choices, the on-screen
 * keyboard, the UF picker), as a person does it.
 */

/** Types on the on-screen keyboard that is showing (letters, digits, space, @ . _ -). */
export async function teclar(page: Page, text: string): Promise<void> {
  for (const c of text) {
    const key = c === ' ' ? 'space' : c.toLowerCase();
    await page.locator(`[data-testid^="keyboard-"] [data-key="${key}"]`).click();
  }
}

async function campo(page: Page, id: string): Promise<void> {
  await page.locator(`input#${id}`).click();
  await expect(page.locator(`input#${id}`)).toHaveAttribute('data-active', 'true');
}

async function preencher(page: Page, id: string, text: string): Promise<void> {
  await campo(page, id);
  await teclar(page, text);
}

export interface PessoaE2e {
  nome: string;
  documento: string;
  celular: string;
  /** Typed up to the domain; `.com` is its own key. */
  emailAntesDoCom: string;
  cep: string;
  numero: string;
  /** When the CEP lookup is off or fails, the address is typed. */
  endereco?: { logradouro: string; bairro: string; cidade: string; uf: string };
}

/** From the attract screen to the data step, choosing plan `plano` and due day `dia` (the ERP's codes). */
export async function escolherPlanoEDia(page: Page, plano: string, dia: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('quero-ser-cliente').click();
  await expect(page.getByTestId('adesao-planos')).toBeVisible();
  await expect(page.getByTestId('adesao-continuar')).toBeDisabled();
  await page.locator(`[data-testid="adesao-planos"] [data-code="${plano}"]`).click();
  await page.getByTestId('adesao-continuar').click();
  await page.locator(`[data-testid="adesao-vencimentos"] [data-code="${dia}"]`).click();
  await page.getByTestId('adesao-continuar').click();
  await expect(page.getByTestId('adesao-dados')).toBeVisible();
}

/** Types the person's data; with `cepAutomatico`, checks the lookup filled the street, bairro, city and UF. */
export async function preencherDados(page: Page, p: PessoaE2e, cepAutomatico: boolean): Promise<void> {
  await preencher(page, 'nome', p.nome);
  await preencher(page, 'documento', p.documento);
  await preencher(page, 'celular', p.celular);
  await preencher(page, 'email', p.emailAntesDoCom);
  await page.locator('[data-key=".com"]').click();
  await preencher(page, 'cep', p.cep);
  if (cepAutomatico) {
    await expect(page.getByTestId('cep-status')).toContainText('Endereço encontrado');
    await expect(page.locator('input#logradouro')).not.toHaveValue('');
  } else if (p.endereco) {
    await expect(page.getByTestId('cep-status')).toContainText('Digite o endereço');
    await preencher(page, 'logradouro', p.endereco.logradouro);
    await preencher(page, 'bairro', p.endereco.bairro);
    await preencher(page, 'cidade', p.endereco.cidade);
    await campo(page, 'uf');
    await page.locator(`[data-uf="${p.endereco.uf}"]`).click();
  }
  await preencher(page, 'numero', p.numero);
}
