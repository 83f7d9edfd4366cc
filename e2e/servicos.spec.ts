import { expect, test } from '@playwright/test';
import { CADASTRO_BASE_URL } from './cadastro-env';
import { identify, printed, stubPrinter } from './helpers';
import {
  countActions,
  loseNextActionAnswer,
  ORIENTATIONS,
  pdfText,
  sentMails,
  shot,
} from './servicos-helpers';

/**
 * The customer services beyond faturas (issue #14) on the demo ERP: plans and the trust unlock, the ticket
 * with its printed receipt, notas fiscais, the boleto by e-mail, in portrait and landscape. The demo ERP keeps
 * its writes in the server process: the file runs in order (serial), each unlock on a server of its own.
 */
test.describe.configure({ mode: 'serial' });

for (const o of ORIENTATIONS) {
  test.describe(`serviços em ${o.name}`, () => {
    test.use({ viewport: { width: o.width, height: o.height } });

    test('Carlos: blocked plans in plain words, no unlock offered while an internal notice stands', async ({
      page,
    }) => {
      await identify(page, '93541134780');
      await page.locator('[data-entry-id="planos"]').click();
      const cards = page.getByTestId('plano-card');
      await expect(cards).toHaveCount(3);
      await expect(cards.nth(0)).toHaveAttribute('data-status', 'bloqueado');
      await expect(cards.nth(2).getByTestId('plano-status')).toHaveText('Cancelado');
      // The notice's own text is staff's: the customer is only sent to the counter.
      await expect(page.getByTestId('aviso-pendencia')).toContainText('Procure o atendimento');
      await expect(page.locator('body')).not.toContainText('bloqueado manualmente');
      await expect(page.getByTestId('plano-desbloquear')).toHaveCount(0);
      await shot(page, o.name, 'planos-pendencia');
    });

    test('Maria: the unlock confirmation states the rules and suggests paying', async ({ page }) => {
      await identify(page, '52998224725');
      await page.locator('[data-entry-id="planos"]').click();
      await expect(page.getByTestId('plano-card')).toHaveAttribute('data-status', 'bloqueado');
      await expect(page.getByTestId('sugestao-pagar')).toContainText('2 faturas em aberto');
      await shot(page, o.name, 'planos');
      await page.getByTestId('plano-desbloquear').click();
      await expect(page.getByTestId('desbloqueio-regras')).toContainText('3 dias');
      await expect(page.getByTestId('desbloqueio-regras')).toContainText('bloqueada de novo');
      await shot(page, o.name, 'desbloqueio-confirmacao');
    });

    test('Padaria: the boleto by e-mail goes to the registered address only, with the PDF', async ({
      page,
      request,
    }) => {
      await identify(page, '11.222.333/0001-81');
      await page.getByTestId('fatura-card').click();
      const button = page.getByTestId('email-enviar');
      // Masked on screen, and there is no field to type another address.
      await expect(button).toHaveText('Enviar boleto para co***@paoquente.example.com');
      await expect(page.locator('input')).toHaveCount(0);
      const before = (await sentMails(request)).length;
      await button.click();
      await expect(page.getByTestId('email-enviado')).toContainText('co***@paoquente.example.com', {
        timeout: 30_000,
      });
      await shot(page, o.name, 'boleto-email');
      // Other apps share the mail server: only this customer's mail counts.
      const mails = (await sentMails(request))
        .slice(before)
        .filter((m) => m.to.includes('contato@paoquente.example.com'));
      expect(mails).toHaveLength(1);
      const mail = mails[0];
      expect(mail?.to).toEqual(['contato@paoquente.example.com']);
      expect(mail?.text).toContain('Pix copia e cola:');
      expect(mail?.text).toContain('Linha digitável:');
      expect(mail?.attachments[0]?.contentType).toBe('application/pdf');
      expect(
        Buffer.from(mail?.attachments[0]?.base64 ?? '', 'base64')
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    test('Maria: notas fiscais listed, the PDF is hers and a PDF, and it prints', async ({ page }) => {
      await stubPrinter(page);
      await identify(page, '52998224725');
      await page.locator('[data-entry-id="notas"]').click();
      await expect(page.getByTestId('nota-card')).toHaveCount(1);
      await expect(page.getByTestId('nota-numero')).toHaveText('000123');
      await expect(page.getByTestId('nota-valor')).toHaveText(/R\$\s99,90/);
      await shot(page, o.name, 'notas');
      expect(await pdfText(await page.request.get('/api/nota-fiscal/9001'))).toContain('000123');
      // João's nota is not Maria's: JSON in pt-BR, never a PDF.
      const other = await page.request.get('/api/nota-fiscal/9041');
      expect(other.status()).toBe(404);
      expect((await other.json()) as { message: string }).toMatchObject({ code: 'NOTA_NAO_ENCONTRADA' });
      // Printed like the boleto: "retire sua nota", then back to the menu.
      await page.getByTestId('nota-imprimir').click();
      await expect(page.getByTestId('retire-boleto')).toContainText('Retire sua nota fiscal');
      expect(await printed(page)).toBe(1);
      await shot(page, o.name, 'nota-impressa');
      await page.getByTestId('retire-more').click();
      await expect(page.getByTestId('greeting')).toBeVisible();
    });
  });
}

/**
 * The demo ERP keeps an unlock in its server's memory, so Maria's plan can be unlocked once per server: the
 * portrait run unlocks on the main app, the landscape run on another demo app of the suite ("Meus dados"'s,
 * which never looks at plans).
 */
const UNLOCK_SERVER = { retrato: undefined, paisagem: CADASTRO_BASE_URL } as const;

for (const o of ORIENTATIONS) {
  test.describe(`desbloqueio e chamado em ${o.name}`, () => {
    test.use({ viewport: { width: o.width, height: o.height } });

    test.describe(() => {
      if (UNLOCK_SERVER[o.name]) test.use({ baseURL: UNLOCK_SERVER[o.name] });

      test('Maria: double tap and a lost answer unlock once; the retry gets the first answer', async ({
        page,
      }) => {
        const actions = countActions(page, '"501"');
        await identify(page, '52998224725');
        await expect(page.getByTestId('greeting')).toBeVisible();
        await page.goto('/cliente/planos/501/desbloquear');
        await loseNextActionAnswer(page, '"501"');
        // A double tap lands before React re-renders the disabled button: only the lock stops the second.
        await page.getByTestId('desbloqueio-confirmar').evaluate((b: HTMLButtonElement) => {
          b.click();
          b.click();
        });
        await expect(page.getByTestId('desbloqueio-erro')).toContainText(
          'Não foi possível falar com o totem',
        );
        expect(actions()).toBe(1);
        await page.getByTestId('desbloqueio-confirmar').click();
        // Had the retry run again, the plan (now active) would not be "liberado".
        const result = page.getByTestId('desbloqueio-resultado');
        await expect(result).toHaveAttribute('data-motivo', 'liberado');
        await expect(result).toContainText('Desbloqueio feito');
        expect(actions()).toBe(2);
        await shot(page, o.name, 'desbloqueio-feito');
        await page.getByTestId('desbloqueio-pagar').click();
        await expect(page.getByTestId('fatura-card')).toHaveCount(2);
        // The plan now shows as working, with nothing left to unlock.
        await page.goto('/cliente/planos');
        await expect(page.getByTestId('plano-card')).toHaveAttribute('data-status', 'ativo');
        await expect(page.getByTestId('plano-desbloquear')).toHaveCount(0);
      });
    });

    test('João: a ticket is opened once for a double tap and a lost answer, with its receipt', async ({
      page,
    }) => {
      // Headless: the printer only counts (its renderer crashed the page on print() in CI; print.spec prints).
      await stubPrinter(page);
      const actions = countActions(page, '"motivo"');
      await identify(page, '11144477735');
      await page.locator('[data-entry-id="chamado"]').click();
      await page.getByTestId('chamado-continuar').click();
      await expect(page.getByTestId('chamado-aviso')).toContainText('Escolha o problema');
      await page.locator('[data-motivo="lentidao"]').click();
      // The optional message, typed on the on-screen keyboard.
      await page.locator('#mensagem').click();
      for (const k of ['c', 'a', 'i', 'n', 'd', 'o']) {
        await page.locator(`[data-key="${k}"]`).click();
      }
      await expect(page.locator('#mensagem')).toHaveValue('Caindo');
      await shot(page, o.name, 'chamado');
      await page.getByTestId('chamado-continuar').click();
      await expect(page.getByTestId('chamado-revisao')).toContainText('Internet lenta');
      await expect(page.getByTestId('chamado-revisao')).toContainText('Fibra 100 Mega');
      await expect(page.getByTestId('chamado-revisao')).toContainText('Caindo');
      await loseNextActionAnswer(page, '"motivo"');
      await page.getByTestId('chamado-confirmar').evaluate((b: HTMLButtonElement) => {
        b.click();
        b.click();
      });
      await expect(page.getByTestId('chamado-erro')).toContainText('Não foi possível falar com o totem');
      await page.getByTestId('chamado-confirmar').click();
      const protocolo = page.getByTestId('chamado-protocolo');
      await expect(protocolo).toHaveText(/^\d{8}7\d{3}$/);
      expect(actions()).toBe(2);
      await shot(page, o.name, 'chamado-aberto');
      // One ticket: the retry showed the protocol of the first, and a new screen opens the next number.
      const first = await protocolo.innerText();
      // The receipt: the totem's own PDF with the protocol, printed like the boleto.
      const receipt = page.waitForRequest((r) => r.url().includes('/api/comprovante/chamado'));
      await page.getByTestId('chamado-imprimir').click();
      const receiptUrl = (await receipt).url();
      const text = await pdfText(await page.request.get(receiptUrl));
      expect(text).toContain(first);
      expect(text).toContain('Internet lenta');
      expect(text).toContain('111.***.***-35');
      await expect(page.getByTestId('retire-boleto')).toContainText('Retire seu comprovante');
      expect(await printed(page)).toBe(1);
      await page.getByTestId('retire-more').click();
      await expect(page.getByTestId('greeting')).toBeVisible();
      // The receipt belongs to this session only: after "Sair" the same address prints nothing.
      await page.getByTestId('exit').click();
      await expect(page.getByTestId('attract')).toBeVisible();
      expect((await page.request.get(receiptUrl)).status()).toBe(401);
      await identify(page, '11144477735');
      await expect(page.getByTestId('greeting')).toBeVisible();
      expect((await page.request.get(receiptUrl)).status()).toBe(404);
      await page.goto('/cliente/chamado');
      await page.locator('[data-motivo="outro"]').click();
      await page.getByTestId('chamado-continuar').click();
      await page.getByTestId('chamado-confirmar').click();
      const second = await page.getByTestId('chamado-protocolo').innerText();
      expect(Number(second.slice(-4)) - Number(first.slice(-4))).toBe(1);
    });
  });
}
