import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ERP_E2E, type ErpE2eSystem } from './erp-env';
import { escolherPlanoEDia, preencherDados } from './adesao-helpers';
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
 * Plans, trust unlock, ticket and notas fiscais through the real adapters (issue #14): `next start` with
 * ERP_ADAPTER=ixc / http-contract talking to its simulator. Writes are counted on the simulator's side
 * (its /__sim/state), so "at most once" is checked where the ERP sees it.
 *
 * Registered inside e2e/erp-adapters.spec.ts's serial block of each system (after its reset, before it
 * switches the simulator off): every test that drives a simulator runs in one sequence, none resets or
 * breaks it under another.
 */
const sim = (system: ErpE2eSystem) => `http://127.0.0.1:${ERP_E2E[system].simPort}`;

async function events(request: APIRequestContext, system: ErpE2eSystem, kind: string): Promise<number> {
  const state = (await (await request.get(`${sim(system)}/__sim/state`)).json()) as {
    events: { kind: string }[];
  };
  return state.events.filter((e) => e.kind === kind).length;
}

async function setFault(request: APIRequestContext, system: ErpE2eSystem, fault: unknown): Promise<void> {
  const res = await request.post(`${sim(system)}/__sim/fault`, {
    data: fault === null ? '' : JSON.stringify(fault),
    headers: { 'content-type': 'application/json' },
  });
  expect(res.ok()).toBe(true);
}

/** "Quero ser cliente" through the adapter: one order in the ERP for a double tap and a lost answer. */
function adesaoErpTests(system: ErpE2eSystem): void {
  if (system === 'ixc') {
    test('IXC has no public order or lead endpoint: no "Quero ser cliente"', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByTestId('attract')).toBeVisible();
      await expect(page.getByTestId('quero-ser-cliente')).toHaveCount(0);
      expect((await page.request.get('/quero-ser-cliente')).status()).toBe(404);
    });
    return;
  }
  test('the plans list failing: a pt-BR screen, and "Tentar de novo" recovers', async ({ page, request }) => {
    await page.goto('/');
    await setFault(request, system, { path: '/produtos', fault: { kind: 'html', status: 200 } });
    try {
      await page.getByTestId('quero-ser-cliente').click();
      await expect(page.getByTestId('adesao-indisponivel')).toContainText('respondeu de forma inesperada');
      await shot(page, 'retrato', `adesao-erro-${system}`);
    } finally {
      await setFault(request, system, null);
    }
    await page.getByTestId('adesao-indisponivel').getByRole('link', { name: 'Tentar de novo' }).click();
    await expect(page.getByTestId('adesao-planos')).toBeVisible();
  });

  for (const o of ORIENTATIONS) {
    test(`a new customer (${o.name}): one order in the ERP, with the address typed at the totem`, async ({
      page,
      request,
    }) => {
      await page.setViewportSize({ width: o.width, height: o.height });
      const sends = countActions(page, '"consentimento"');
      const before = await events(request, system, 'pedido');
      await escolherPlanoEDia(page, '10', '10');
      // This app has no CEP service (CEP_PROVIDER=off): the person types the address.
      await preencherDados(
        page,
        {
          nome: 'paulo novo',
          documento: '39053344705',
          celular: '21987654321',
          emailAntesDoCom: 'paulo@exemplo',
          cep: '20040002',
          numero: '15',
          endereco: { logradouro: 'rua da quitanda', bairro: 'centro', cidade: 'rio de janeiro', uf: 'RJ' },
        },
        false,
      );
      await page.getByTestId('adesao-continuar').click();
      await page.locator('[data-testid="adesao-origens"] [data-code="TOTEM"]').click();
      await page.locator('[data-testid="adesao-revendedores"] [data-code="R1"]').click();
      await page.getByTestId('adesao-continuar').click();
      await page.getByTestId('adesao-consentimento').click();
      await loseNextActionAnswer(page, '"consentimento"');
      await page.getByTestId('adesao-enviar').evaluate((b: HTMLButtonElement) => {
        b.click();
        b.click();
      });
      await expect(page.getByTestId('adesao-erro')).toBeVisible();
      await page.getByTestId('adesao-enviar').click();
      await expect(page.getByTestId('adesao-protocolo')).toHaveText(/^P-\d+$/);
      expect(sends()).toBe(2);
      const state = (await (await request.get(`${sim(system)}/__sim/state`)).json()) as {
        events: { kind: string; payload: unknown }[];
      };
      const pedidos = state.events.filter((e) => e.kind === 'pedido');
      expect(pedidos).toHaveLength(before + 1);
      expect(pedidos.at(-1)?.payload).toMatchObject({
        order: {
          itens: [{ produto_id: '10', quantidade: '1' }],
          vencimento_id: '10',
          origem_id: 'TOTEM',
          revendedor_id: 'R1',
          cliente: {
            document_number: '39053344705',
            celular: '21987654321',
            endereco: { cep: '20040002', numero: '15', uf: 'RJ' },
          },
        },
      });
      await shot(page, o.name, `adesao-${system}`);
    });
  }
}

/** The simulator as it started: Maria's plan blocked again, no writes recorded, no fault. */
async function resetSim(request: APIRequestContext, system: ErpE2eSystem): Promise<void> {
  expect((await request.post(`${sim(system)}/__sim/reset`)).ok()).toBe(true);
}

/** How many requests reached the simulator on a path (its request log; a hung request counts too). */
async function sentTo(request: APIRequestContext, system: ErpE2eSystem, path: string): Promise<number> {
  const log = (await (await request.get(`${sim(system)}/__sim/requests`)).json()) as { path: string }[];
  return log.filter((r) => r.path.endsWith(path)).length;
}

/** The path of each function on this simulator (a fault rule matches a path fragment). */
const PATHS = {
  ixc: {
    planos: 'cliente_contrato',
    desbloqueio: 'desbloqueio_confianca',
    chamado: 'su_oss_chamado',
    notas: 'vd_saida',
    notaPdf: 'imprimir_nota',
  },
  'http-contract': {
    planos: '/planos',
    desbloqueio: '/planos/desbloqueio',
    chamado: '/chamados',
    notas: '/notas-fiscais',
    notaPdf: '/notas-fiscais/pdf',
  },
} as const;

/** Maria's unlock with a double tap whose answer is lost, then the retry: one unlock in the ERP. */
async function unlockTwiceOnce(page: Page, request: APIRequestContext, system: ErpE2eSystem, o: string) {
  await resetSim(request, system);
  const actions = countActions(page, '"501"');
  await identify(page, '52998224725');
  await page.locator('[data-entry-id="planos"]').click();
  await page.getByTestId('plano-desbloquear').click();
  await expect(page.getByTestId('desbloqueio-regras')).toBeVisible();
  await shot(page, o, `desbloqueio-confirmacao-${system}`);
  await loseNextActionAnswer(page, '"501"');
  await page.getByTestId('desbloqueio-confirmar').evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });
  await expect(page.getByTestId('desbloqueio-erro')).toContainText('Não foi possível falar com o totem');
  expect(actions()).toBe(1);
  await page.getByTestId('desbloqueio-confirmar').click();
  await expect(page.getByTestId('desbloqueio-resultado')).toHaveAttribute('data-motivo', 'liberado');
  expect(actions()).toBe(2);
  expect(await events(request, system, 'desbloqueio')).toBe(1);
  await shot(page, o, `desbloqueio-${system}`);
  // What the ERP now says about the plan: working, nothing left to unlock.
  await page.goto('/cliente/planos');
  await expect(page.getByTestId('plano-card')).toHaveAttribute('data-status', 'ativo');
  await expect(page.getByTestId('plano-desbloquear')).toHaveCount(0);
}

/** From the home screen to the ticket's review (reason "sem conexão", Maria's one plan). */
async function chamadoAteRevisao(page: Page): Promise<void> {
  await page.locator('[data-entry-id="chamado"]').click();
  await page.locator('[data-motivo="sem_conexao"]').click();
  await page.getByTestId('chamado-continuar').click();
  await expect(page.getByTestId('chamado-revisao')).toContainText('Sem conexão');
}

export function servicosErpTests(system: ErpE2eSystem): void {
  adesaoErpTests(system);
  for (const o of ORIENTATIONS) {
    test.describe(`em ${o.name}`, () => {
      test.use({ viewport: { width: o.width, height: o.height } });

      test('Maria: plans and notas fiscais as the ERP sent them; the nota prints', async ({
        page,
        request,
      }) => {
        await resetSim(request, system);
        await stubPrinter(page);
        await identify(page, '52998224725');
        await page.locator('[data-entry-id="planos"]').click();
        await expect(page.getByTestId('plano-card')).toHaveAttribute('data-status', 'bloqueado');
        await expect(page.getByTestId('plano-desbloquear')).toBeVisible();
        // Her open faturas, read from the same ERP: pay them, and the block goes for good.
        await expect(page.getByTestId('sugestao-pagar')).toContainText('2 faturas em aberto');
        await shot(page, o.name, `planos-${system}`);
        await page.getByTestId('voltar-inicio').click();
        await page.locator('[data-entry-id="notas"]').click();
        await expect(page.getByTestId('nota-numero')).toHaveText('000123');
        await shot(page, o.name, `notas-${system}`);
        // The simulators' PDF is minimal (no fonts for a text extractor): its bytes are checked instead.
        const pdf = await page.request.get('/api/nota-fiscal/9001');
        expect(pdf.headers()['content-type']).toContain('application/pdf');
        const bytes = (await pdf.body()).toString('latin1');
        expect(bytes.startsWith('%PDF-')).toBe(true);
        expect(bytes).toContain('NF 000123');
        // Printed like the boleto: the ERP's PDF, then "retire sua nota".
        await page.getByTestId('nota-imprimir').click();
        await expect(page.getByTestId('retire-boleto')).toContainText('Retire sua nota fiscal');
        expect(await printed(page)).toBe(1);
        await shot(page, o.name, `nota-impressa-${system}`);
        await page.getByTestId('retire-more').click();
        await expect(page.getByTestId('greeting')).toBeVisible();
      });

      test('Maria: the boleto by e-mail goes to the address this ERP has for her', async ({
        page,
        request,
      }) => {
        await identify(page, '52998224725');
        await page.getByTestId('fatura-card').first().click();
        await expect(page.getByTestId('email-enviar')).toHaveText('Enviar boleto para ma***@example.com');
        await expect(page.locator('input')).toHaveCount(0);
        const before = (await sentMails(request)).length;
        await page.getByTestId('email-enviar').click();
        await expect(page.getByTestId('email-enviado')).toBeVisible({ timeout: 30_000 });
        await shot(page, o.name, `boleto-email-${system}`);
        // Other apps share the mail server (the other adapter sends Maria's too): every one went to her address.
        const mails = (await sentMails(request)).slice(before).filter((m) => m.subject.includes('70012'));
        expect(mails.length).toBeGreaterThan(0);
        for (const m of mails) expect(m.to).toEqual(['maria.silva@example.com']);
        expect(mails[0]?.attachments[0]?.contentType).toBe('application/pdf');
      });

      test('Maria: double tap and a lost answer unlock once in the ERP', async ({ page, request }) => {
        await unlockTwiceOnce(page, request, system, o.name);
      });

      test('Carlos: what the ERP says about his blocked plans', async ({ page }) => {
        await identify(page, '93541134780');
        await page.locator('[data-entry-id="planos"]').click();
        await expect(page.getByTestId('plano-card')).toHaveCount(3);
        if (system === 'http-contract') {
          // This ERP has internal notices: the customer is sent to the counter, no unlock offered, and the
          // notice's own text (staff's) never shows.
          await expect(page.getByTestId('aviso-pendencia')).toContainText('Procure o atendimento');
          await expect(page.locator('body')).not.toContainText('bloqueado manualmente');
          await expect(page.getByTestId('plano-desbloquear')).toHaveCount(0);
          await shot(page, o.name, `planos-pendencia-${system}`);
        } else {
          // IXC offers the unlock of plan 506 and refuses it with code 113 (already used, fatura unpaid).
          await page.locator('[data-plano="506"]').getByTestId('plano-desbloquear').click();
          await page.getByTestId('desbloqueio-confirmar').click();
          const r = page.getByTestId('desbloqueio-resultado');
          await expect(r).toHaveAttribute('data-motivo', 'ja_usado');
          await expect(r).toContainText('já foi usado e a fatura continua em aberto');
          await shot(page, o.name, `desbloqueio-recusado-${system}`);
          // The kiosk goes on: back to the start.
          await page.getByTestId('desbloqueio-inicio').click();
          await expect(page.getByTestId('greeting')).toBeVisible();
        }
      });

      test('Maria: one ticket in the ERP for a double tap and a lost answer, with its receipt', async ({
        page,
        request,
      }) => {
        await stubPrinter(page);
        const actions = countActions(page, '"motivo"');
        const before = await events(request, system, 'chamado');
        await identify(page, '52998224725');
        await chamadoAteRevisao(page);
        await loseNextActionAnswer(page, '"motivo"');
        await page.getByTestId('chamado-confirmar').evaluate((b: HTMLButtonElement) => {
          b.click();
          b.click();
        });
        await expect(page.getByTestId('chamado-erro')).toContainText('Não foi possível falar com o totem');
        expect(actions()).toBe(1);
        await page.getByTestId('chamado-confirmar').click();
        const protocolo = page.getByTestId('chamado-protocolo');
        await expect(protocolo).toHaveText(/^\d+$/);
        expect(actions()).toBe(2);
        expect(await events(request, system, 'chamado')).toBe(before + 1);
        await shot(page, o.name, `chamado-${system}`);
        // The receipt carries the ERP's protocol and prints like the boleto.
        const receipt = page.waitForRequest((r) => r.url().includes('/api/comprovante/chamado'));
        await page.getByTestId('chamado-imprimir').click();
        const text = await pdfText(await page.request.get((await receipt).url()));
        expect(text).toContain(await protocolo.innerText());
        expect(text).toContain('529.***.***-25');
        await expect(page.getByTestId('retire-boleto')).toContainText('Retire seu comprovante');
        expect(await printed(page)).toBe(1);
      });
    });
  }

  // ERP failures, one screen per class (timeout, HTML, refusal): a pt-BR message, and the kiosk goes on.
  test('an ERP failure on the plans screen says so in pt-BR, and the kiosk recovers', async ({
    page,
    request,
  }) => {
    await resetSim(request, system);
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toBeVisible();
    await setFault(request, system, { path: PATHS[system].planos, fault: { kind: 'html', status: 200 } });
    try {
      await page.locator('[data-entry-id="planos"]').click();
      await expect(page.getByTestId('servico-erro')).toContainText('respondeu de forma inesperada');
      await shot(page, 'retrato', `planos-erro-${system}`);
    } finally {
      await setFault(request, system, null);
    }
    await page.getByTestId('servico-erro').getByRole('link', { name: 'Tentar de novo' }).click();
    await expect(page.getByTestId('plano-card')).toHaveCount(1);
  });

  test('notas: an HTML list and a cut-off PDF get pt-BR messages; nothing prints until a whole PDF comes', async ({
    page,
    request,
  }) => {
    await stubPrinter(page);
    await identify(page, '52998224725');
    await expect(page.getByTestId('greeting')).toBeVisible();
    await setFault(request, system, {
      path: PATHS[system].notas,
      fault: { kind: 'html', status: 200 },
      times: 1,
    });
    await page.locator('[data-entry-id="notas"]').click();
    await expect(page.getByTestId('servico-erro')).toContainText('respondeu de forma inesperada');
    await page.getByTestId('servico-erro').getByRole('link', { name: 'Tentar de novo' }).click();
    await expect(page.getByTestId('nota-numero')).toHaveText('000123');
    // The nota's PDF cut off before %%EOF (IXC sends it as base64 text, the contract's vendor as the file).
    const cut = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n';
    await setFault(request, system, {
      path: PATHS[system].notaPdf,
      fault:
        system === 'ixc'
          ? {
              kind: 'status',
              status: 200,
              body: Buffer.from(cut).toString('base64'),
              contentType: 'text/html; charset=UTF-8',
            }
          : { kind: 'status', status: 200, body: cut, contentType: 'application/pdf' },
      times: 1,
    });
    await page.getByTestId('nota-imprimir').click();
    const erro = page.getByTestId('nota-imprimir-error');
    await expect(erro).toContainText('não é válido e não foi impresso');
    // It is a nota, not a boleto: the message must not send the customer looking for a bank slip.
    await expect(erro).not.toContainText('boleto');
    expect(await printed(page)).toBe(0);
    await shot(page, 'retrato', `nota-erro-${system}`);
    await page.getByTestId('nota-imprimir').click();
    await expect(page.getByTestId('retire-boleto')).toBeVisible();
    expect(await printed(page)).toBe(1);
  });

  test('the unlock write unanswered: never sent twice for one confirmation; a new one unlocks once', async ({
    page,
    request,
  }) => {
    await resetSim(request, system);
    await identify(page, '52998224725');
    await page.locator('[data-entry-id="planos"]').click();
    await page.getByTestId('plano-desbloquear').click();
    // The ERP never answers the write (ERP_TIMEOUT_MS is 3 s in these apps).
    await setFault(request, system, { path: PATHS[system].desbloqueio, fault: { kind: 'hang' }, times: 1 });
    await page.getByTestId('desbloqueio-confirmar').click();
    const erro = page.getByTestId('desbloqueio-erro');
    await expect(erro).toContainText('não confirmou se o pedido foi feito');
    await shot(page, 'retrato', `desbloqueio-timeout-${system}`);
    // The same confirmation again: the totem cannot know whether the ERP did it, so it does not ask twice.
    const writes = await sentTo(request, system, PATHS[system].desbloqueio);
    await page.getByTestId('desbloqueio-confirmar').click();
    await expect(erro).toContainText('confira no atendimento');
    expect(await sentTo(request, system, PATHS[system].desbloqueio)).toBe(writes);
    // The customer goes on: back to the plans, a new confirmation, one unlock.
    await page.getByTestId('desbloqueio-cancelar').click();
    await page.getByTestId('plano-desbloquear').click();
    await page.getByTestId('desbloqueio-confirmar').click();
    await expect(page.getByTestId('desbloqueio-resultado')).toHaveAttribute('data-motivo', 'liberado');
    expect(await events(request, system, 'desbloqueio')).toBe(1);
  });

  test('the ticket write answered too late: the ERP opened it, the same confirmation opens no second', async ({
    page,
    request,
  }) => {
    const before = await events(request, system, 'chamado');
    await identify(page, '52998224725');
    await chamadoAteRevisao(page);
    // The ERP takes 4 s (the app gives up at 3 s) and then opens the ticket all the same.
    await setFault(request, system, {
      path: PATHS[system].chamado,
      fault: { kind: 'delay', ms: 4_000 },
      times: 1,
    });
    await page.getByTestId('chamado-confirmar').click();
    const erro = page.getByTestId('chamado-erro');
    await expect(erro).toContainText('não confirmou se o pedido foi feito');
    await expect.poll(() => events(request, system, 'chamado')).toBe(before + 1);
    await shot(page, 'retrato', `chamado-timeout-${system}`);
    await page.getByTestId('chamado-confirmar').click();
    await expect(erro).toContainText('confira no atendimento');
    expect(await events(request, system, 'chamado')).toBe(before + 1);
    await page.getByTestId('voltar-inicio').click();
    await expect(page.getByTestId('greeting')).toBeVisible();
  });

  test('the boleto by e-mail: the ERP failing at the send says so in pt-BR, and the next tap sends it', async ({
    page,
  }) => {
    await identify(page, '52998224725');
    await page.getByTestId('fatura-card').first().click();
    await expect(page.getByTestId('email-enviar')).toBeVisible();
    // The send reads the fatura again from the ERP: that read answers an HTML page.
    await setFault(page.request, system, {
      path: system === 'ixc' ? 'fn_areceber' : '/fatura',
      fault: { kind: 'html', status: 200 },
      times: 1,
    });
    await page.getByTestId('email-enviar').click();
    await expect(page.getByTestId('email-erro')).toContainText('respondeu de forma inesperada');
    await shot(page, 'retrato', `boleto-email-erro-${system}`);
    // Nothing was sent, so nothing of the per-customer limit was spent: the same button sends it.
    await page.getByTestId('email-enviar').click();
    await expect(page.getByTestId('email-enviado')).toContainText('ma***@example.com', { timeout: 30_000 });
  });

  test("the ERP refusing the unlock: its reason in the totem's words, never the ERP's text", async ({
    page,
    request,
  }) => {
    await resetSim(request, system);
    await identify(page, '52998224725');
    await page.locator('[data-entry-id="planos"]').click();
    await page.getByTestId('plano-desbloquear').click();
    const body =
      system === 'ixc'
        ? { tipo: 'erro', codigo: '109', mensagem: 'Contrato inativo! (texto do ERP)' }
        : { success: false, codigo: 'contrato_inativo', mensagem: 'Contrato inativo (texto do ERP)' };
    await setFault(request, system, {
      path: PATHS[system].desbloqueio,
      fault: { kind: 'status', status: 200, body: JSON.stringify(body) },
      times: 1,
    });
    await page.getByTestId('desbloqueio-confirmar').click();
    const r = page.getByTestId('desbloqueio-resultado');
    await expect(r).toHaveAttribute('data-motivo', 'contrato_inativo');
    await expect(r).toContainText('Este plano está inativo e não pode ser desbloqueado pelo totem');
    await expect(page.locator('body')).not.toContainText('texto do ERP');
    await shot(page, 'retrato', `desbloqueio-inativo-${system}`);
    await page.getByTestId('desbloqueio-inicio').click();
    await expect(page.getByTestId('greeting')).toBeVisible();
  });

  test('the ERP refusing the ticket: "recusou o pedido", and the next tap opens one ticket', async ({
    page,
    request,
  }) => {
    const before = await events(request, system, 'chamado');
    await identify(page, '52998224725');
    await chamadoAteRevisao(page);
    // IXC refuses in-band (HTTP 200, {type:"error"}); the contract's vendor with a 4xx.
    await setFault(request, system, {
      path: PATHS[system].chamado,
      fault:
        system === 'ixc'
          ? {
              kind: 'status',
              status: 200,
              body: JSON.stringify({ type: 'error', message: 'Assunto não permitido para o setor' }),
            }
          : { kind: 'status', status: 422, body: JSON.stringify({ error: 'assunto inválido' }) },
      times: 1,
    });
    await page.getByTestId('chamado-confirmar').click();
    await expect(page.getByTestId('chamado-erro')).toContainText('recusou o pedido');
    await shot(page, 'retrato', `chamado-recusado-${system}`);
    expect(await events(request, system, 'chamado')).toBe(before);
    await page.getByTestId('chamado-confirmar').click();
    await expect(page.getByTestId('chamado-protocolo')).toHaveText(/^\d+$/);
    expect(await events(request, system, 'chamado')).toBe(before + 1);
  });

  if (system === 'http-contract') {
    test('the internal notices failing: only the unlock waits ("não conseguimos conferir"), the plans show', async ({
      page,
      request,
    }) => {
      await resetSim(request, system);
      await identify(page, '52998224725');
      await setFault(request, system, { path: '/pendencias', fault: { kind: 'html', status: 200 } });
      try {
        await page.locator('[data-entry-id="planos"]').click();
        await expect(page.getByTestId('plano-card')).toHaveAttribute('data-status', 'bloqueado');
        await expect(page.getByTestId('aviso-pendencia')).toContainText('Não conseguimos conferir');
        await expect(page.getByTestId('plano-desbloquear')).toHaveCount(0);
      } finally {
        await setFault(request, system, null);
      }
      await page.reload();
      await expect(page.getByTestId('plano-desbloquear')).toBeVisible();
    });
  }
}
