import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { APP_PORT, e2eDatabaseFile, IDLE_BASE_URL, IDLE_PORT, PORT_OFFSET, TEST_SESSION_SECRET } from './env';
import { stubPrinter, typeOnKeypad } from './helpers';

/**
 * The staff desk (/balcao) at 1440×900: the first admin from the CLI, users, an atendente serving Maria and
 * Carlos, the supervisor's audit trail and CSV, the login lockout and an expired session; axe on every page.
 */
test.use({ viewport: { width: 1440, height: 900 }, hasTouch: false });
// Serial: each test builds on the users the previous one made. Each CLI run compiles TypeScript with tsx
// (seconds on a loaded 2-core machine), hence the longer limit.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const ADMIN = { username: 'admin.e2e', password: 'cavalo bateria grampo correto' };
const ATENDENTE = { username: 'atendente.e2e', password: 'uma frase longa de atendente' };
const SUPERVISOR = { username: 'supervisor.e2e', password: 'outra frase longa de supervisor' };

function staffCli(args: string[], input: string, databaseFile: string): { code: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/staff.ts', ...args],
      {
        input,
        encoding: 'utf8',
        env: { ...process.env, SESSION_SECRET: TEST_SESSION_SECRET, DATABASE_FILE: databaseFile },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    return { code: 0, out };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function createAdmin(username: string, password: string, databaseFile = e2eDatabaseFile(APP_PORT)) {
  return staffCli(
    ['create-admin', '--username', username, '--nome', `Admin ${username}`, '--password-stdin'],
    `${password}\n`,
    databaseFile,
  );
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `e2e/artifacts/balcao/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${name} ${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

async function login(page: Page, username: string, password: string, base = ''): Promise<void> {
  await page.goto(`${base}/balcao/entrar`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

async function firstLogin(
  page: Page,
  username: string,
  temporary: string,
  password: string,
  axeName?: string,
): Promise<void> {
  await login(page, username, temporary);
  await expect(page.getByTestId('password-forced')).toBeVisible();
  if (axeName) await expectAccessible(page, axeName);
  await page.getByTestId('password-current').fill(temporary);
  await page.getByTestId('password-next').fill(password);
  await page.getByTestId('password-confirm').fill(password);
  await page.getByTestId('password-submit').click();
  await expect(page.getByTestId('screen-busca')).toBeVisible();
}

async function logout(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-notice')).toHaveText('Você saiu do balcão.');
}

async function createUser(page: Page, username: string, role: 'atendente' | 'supervisor'): Promise<string> {
  await page.getByTestId('new-username').fill(username);
  await page.getByTestId('new-nome').fill(`Pessoa ${username}`);
  await page.getByTestId('new-role').selectOption(role);
  await page.getByTestId('new-submit').click();
  // The box names the user it belongs to: wait for this user's, not the previous one's.
  await expect(page.getByTestId('temp-password')).toContainText(`de ${username} `);
  const value = page.getByTestId('temp-password-value');
  await expect(value).toHaveText(/^\S{16}$/);
  const temporary = (await value.textContent()) ?? '';
  await expect(page.locator(`[data-testid="user-row"][data-username="${username}"]`)).toBeVisible();
  return temporary;
}

let temporaries: { atendente: string; supervisor: string } = { atendente: '', supervisor: '' };

test('the first admin comes from the CLI, never with a default password, and creates the staff', async ({
  page,
}) => {
  expect(createAdmin(ADMIN.username, 'curta')).toMatchObject({ code: 1, out: expect.stringContaining('12') });
  const created = createAdmin(ADMIN.username, ADMIN.password);
  expect(created.out).toContain('admin.e2e');
  expect(created.code).toBe(0);
  expect(createAdmin(ADMIN.username, ADMIN.password)).toMatchObject({ code: 1 });

  await page.goto('/balcao');
  await expect(page).toHaveURL(/\/balcao\/entrar\?expirada=1$/);
  await expectAccessible(page, 'entrar');
  await login(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('staff-user')).toContainText('Administrador');
  // The desk's own cookie, sent only to /balcao; it opens nothing on the kiosk side.
  const desk = (await page.context().cookies()).find((c) => c.name === 'totem_balcao');
  expect(desk).toMatchObject({ path: '/balcao', httpOnly: true, sameSite: 'Strict' });
  await page.goto('/cliente');
  await expect(page).toHaveURL(/\/identificar/);
  await page.goto('/balcao');
  await page.getByTestId('nav-usuarios').click();
  await expect(page.getByTestId('screen-usuarios')).toBeVisible();
  temporaries = {
    atendente: await createUser(page, ATENDENTE.username, 'atendente'),
    supervisor: await createUser(page, SUPERVISOR.username, 'supervisor'),
  };
  await expectAccessible(page, 'usuarios');
  await page.getByTestId('nav-totens').click();
  await expect(page.getByTestId('screen-totens')).toBeVisible();
  await expectAccessible(page, 'totens');
  await logout(page);
});

test('an atendente finds Maria, previews and downloads a boleto, sees why Carlos is refused', async ({
  page,
}) => {
  await firstLogin(page, ATENDENTE.username, temporaries.atendente, ATENDENTE.password, 'senha-temporaria');
  await expect(page.getByTestId('nav-auditoria')).toHaveCount(0);
  await expectAccessible(page, 'busca');

  await page.getByTestId('search-input').fill('529.982.247-25');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-cliente')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Maria Aparecida da Silva · 529.982.247-25');
  expect(page.url()).not.toContain('52998224725');
  const rows = page.getByTestId('fatura-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByTestId('valor-devido')).toHaveText('R$ 102,30');
  await expectAccessible(page, 'cliente');

  await rows.first().getByTestId('preview-open').click();
  await expect(page.getByTestId('preview-title')).toHaveText('Boleto em PDF');
  // The PDF is fetched, then drawn by pdf.js in a worker: slow on a loaded machine.
  await expect(page.getByTestId('preview-download')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('preview').locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('preview-close').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    rows.first().getByTestId('download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^boleto-.*\.pdf$/);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');

  // Her nota fiscal: listed with number, date and value; the ERP's PDF previewed and downloaded here.
  const nota = page.getByTestId('nota-row');
  await expect(nota).toHaveCount(1);
  await expect(nota).toContainText('000123');
  await expect(nota).toContainText('R$ 99,90');
  await nota.getByTestId('nota-preview-open').click();
  await expect(page.getByTestId('preview-title')).toHaveText('Nota fiscal em PDF');
  await expect(page.getByTestId('preview').locator('canvas').first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('preview-close').click();
  const [notaPdf] = await Promise.all([
    page.waitForEvent('download'),
    nota.getByTestId('nota-download').click(),
  ]);
  expect(notaPdf.suggestedFilename()).toBe('nota-fiscal-000123.pdf');
  expect(
    readFileSync(await notaPdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  // Edit a phone on Maria's behalf: the kiosk's service, no ownership proof (staff checked an ID), as staff.
  await expect(page.getByTestId('sem-pendencias')).toBeVisible();
  const telefoneRow = page.getByTestId('campo-telefone');
  await expect(telefoneRow).toHaveAttribute('data-diferente', 'sim'); // a landline in the CRM, none in the ERP
  const email = page.getByTestId('edit-email');
  await expect(email).toHaveValue('maria.silva@example.com');
  await email.fill('maria@');
  await page.getByTestId('edit-submit').click();
  await expect(page.getByTestId('edit-erro-email')).toContainText('E-mail inválido');
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveValue('maria@'); // what was typed stays, to be fixed in place
  await expectAccessible(page, 'cliente-edicao-erro');
  await email.fill('maria.silva@example.com'); // as it was: not sent
  await page.getByTestId('edit-telefone').fill('(21) 3333-4444');
  await page.getByTestId('edit-submit').click();
  await expect(page.getByTestId('edit-result')).toContainText('Cadastro atualizado em todos os sistemas.');
  await expect(page.getByTestId('edit-sistema-crm')).toHaveAttribute('data-estado', 'salvo');
  await expect(page.getByTestId('edit-sistema-erp')).toHaveAttribute('data-estado', 'salvo');
  // The page reads both systems again: they now agree on the landline.
  await expect(telefoneRow).toHaveAttribute('data-diferente', 'nao');
  await expect(telefoneRow).toContainText('2133334444');
  await expect(page.getByTestId('edit-telefone')).toHaveValue('2133334444');
  await expectAccessible(page, 'cliente-edicao-salva');

  await page.getByTestId('nova-busca').click();
  await page.getByTestId('search-input').fill('935.411.347-80');
  await page.getByTestId('search-submit').click();
  await expect(page.locator('h1')).toContainText('Carlos Eduardo Lima');
  await expect(page.getByTestId('motivo')).toHaveText([
    'um dígito verificador de campo da linha digitável não confere',
    'o valor no código de barras (R$ 59,90) difere da fatura (R$ 89,90)',
  ]);
  await expect(page.getByTestId('download')).toHaveCount(0);
  // The ERP's internal notice, which the kiosk never shows, is on the staff page.
  await expect(page.getByTestId('pendencia')).toHaveText([
    'Contrato 505 bloqueado manualmente pelo financeiro',
  ]);
  await expectAccessible(page, 'cliente-recusado-pendencia');

  // A supervisor page is refused on the server, not only hidden.
  await page.goto('/balcao/auditoria');
  await expect(page.getByTestId('denied')).toBeVisible();
  await expectAccessible(page, 'acesso-negado');
  await logout(page);
});

test('the supervisor finds those actions in the audit trail and exports them', async ({ page }) => {
  await firstLogin(page, SUPERVISOR.username, temporaries.supervisor, SUPERVISOR.password);
  await page.getByTestId('nav-auditoria').click();
  await expect(page.getByTestId('screen-auditoria')).toBeVisible();
  await page.getByTestId('f-usuario').selectOption(ATENDENTE.username);
  await page.getByTestId('f-submit').click();
  await expect(page).toHaveURL(/\?f=/);
  const byUser = page.url();
  await expect(page.locator('[data-testid="audit-row"][data-action="desk.login"]').first()).toBeVisible();

  // By customer: the typed document is matched through its keyed hash.
  await page.getByTestId('f-documento').fill('529.982.247-25');
  await page.getByTestId('f-submit').click();
  await expect(page).not.toHaveURL(byUser);
  await expect(page.locator('[data-testid="audit-row"][data-action="desk.login"]')).toHaveCount(0);
  await expect(page.getByTestId('audit-row').first()).toBeVisible();
  expect(page.url()).not.toContain('52998224725');
  const actions = await page
    .getByTestId('audit-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-action')));
  expect(actions).toEqual(
    expect.arrayContaining([
      'desk.cliente.buscar',
      'desk.cliente.ver',
      'desk.boleto.pdf',
      'desk.cadastro.editar',
    ]),
  );
  expect(actions).not.toContain('desk.login'); // login rows carry no customer
  await expectAccessible(page, 'auditoria');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('audit-csv').click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toContain('seq;data_hora;origem');
  expect(csv).toContain(`staff;${ATENDENTE.username};desk.boleto.pdf;ok`);
  expect(csv).toContain(`staff;${ATENDENTE.username};desk.cadastro.editar;ok`);
  expect(csv).toContain(`staff;${ATENDENTE.username};desk.cadastro.editar;recusado`);
  expect(csv).not.toContain('3333');
  expect(csv).not.toContain('52998224725');
  await logout(page);
});

test('wrong passwords lock the user, even against the right one', async ({ page }) => {
  expect(createAdmin('bloqueio.e2e', ADMIN.password).code).toBe(0);
  for (let i = 1; i <= 4; i++) {
    await login(page, 'bloqueio.e2e', `senha errada numero ${i}`);
    await expect(page.getByTestId('login-error')).toHaveText('Usuário ou senha incorretos.');
  }
  await login(page, 'bloqueio.e2e', 'senha errada numero 5');
  await expect(page.getByTestId('login-error')).toContainText('Muitas tentativas');
  await login(page, 'bloqueio.e2e', ADMIN.password);
  await expect(page.getByTestId('login-error')).toContainText('Muitas tentativas');
  await expect(page).toHaveURL(/\/balcao\/entrar/);
});

test('a supervisor lists the locked logins with the time left and lets a user in again; an admin is for an admin', async ({
  page,
}) => {
  await stubPrinter(page);
  // bloqueio.e2e (an administrator) is locked by the test above; now the atendente too. Each answer is awaited:
  // login() loads the page again, which would cancel an attempt still in flight.
  for (let i = 1; i <= 4; i++) {
    await login(page, ATENDENTE.username, `senha errada numero ${i}`);
    await expect(page.getByTestId('login-error')).toHaveText('Usuário ou senha incorretos.');
  }
  await login(page, ATENDENTE.username, 'senha errada numero 5');
  await expect(page.getByTestId('login-error')).toContainText('Logins bloqueados');

  await login(page, SUPERVISOR.username, SUPERVISOR.password);
  await page.getByTestId('nav-logins').click();
  await expect(page.getByTestId('screen-logins')).toBeVisible();
  const atendente = page.locator('[data-testid="login-lock"]', { hasText: `(${ATENDENTE.username})` });
  const admin = page.locator('[data-testid="login-lock"]', { hasText: '(bloqueio.e2e)' });
  await expect(atendente.getByTestId('login-lock-resta')).toHaveText(/^\d+ (s|min)$/);
  await expect(atendente).toContainText('Atendente');
  await expect(admin.getByTestId('login-unlock')).toHaveCount(0);
  await expect(admin.getByTestId('login-unlock-so-admin')).toBeVisible();
  await expectAccessible(page, 'logins-bloqueados');
  await atendente.getByTestId('login-unlock').click();
  await expect(page.getByTestId('login-unlock-result')).toHaveText(
    `Liberado: ${ATENDENTE.username} já pode entrar.`,
  );
  await expect(atendente).toHaveCount(0);
  await expect(admin).toBeVisible();
  await logout(page);

  // The unlocked atendente gets in with the right password at once.
  await login(page, ATENDENTE.username, ATENDENTE.password);
  await expect(page.getByTestId('screen-busca')).toBeVisible();
  await expect(page.getByTestId('nav-logins')).toHaveCount(0);
  await logout(page);

  // An administrator lifts the administrator's lock; the trail names who unlocked whom, never a password.
  await login(page, ADMIN.username, ADMIN.password);
  await expect(page.getByTestId('screen-busca')).toBeVisible();
  await page.getByTestId('nav-logins').click();
  await expect(page.getByTestId('screen-logins')).toBeVisible();
  await admin.getByTestId('login-unlock').click();
  await expect(page.getByTestId('login-unlock-result')).toHaveText('Liberado: bloqueio.e2e já pode entrar.');
  await expect(page.getByTestId('login-locks-vazio')).toBeVisible();
  await expectAccessible(page, 'logins-bloqueados-vazio');
  await page.goto('/balcao/auditoria');
  const unlocks = page.locator('[data-testid="audit-row"][data-action="desk.login.desbloquear"]');
  await expect(unlocks).toHaveCount(2);
  await expect(unlocks.nth(0)).toContainText(ADMIN.username);
  await expect(unlocks.nth(0)).toContainText('usuario=bloqueio.e2e');
  await expect(unlocks.nth(1)).toContainText(SUPERVISOR.username);
  await expect(unlocks.nth(1)).toContainText(`usuario=${ATENDENTE.username}`);
  await expect(page.getByTestId('audit-rows')).not.toContainText('senha errada');
  await logout(page);
  await login(page, 'bloqueio.e2e', ADMIN.password);
  await expect(page.getByTestId('screen-busca')).toBeVisible();
});

test('an idle session expires on the server', async ({ page }) => {
  // The idle server ends desk sessions after 3 s without a request (STAFF_SESSION_IDLE_SECONDS).
  expect(createAdmin('expira.e2e', ADMIN.password, e2eDatabaseFile(IDLE_PORT)).code).toBe(0);
  await login(page, 'expira.e2e', ADMIN.password, IDLE_BASE_URL);
  await expect(page.getByTestId('screen-busca')).toBeVisible();
  const since = Date.now();
  await expect.poll(() => Date.now() - since, { timeout: 10_000 }).toBeGreaterThan(4_000);
  await page.getByTestId('search-input').fill('529.982.247-25');
  await page.getByTestId('search-submit').click();
  await expect(page.getByTestId('search-error')).toHaveText('Sua sessão no balcão terminou. Entre de novo.');
  await page.goto(`${IDLE_BASE_URL}/balcao`);
  await expect(page.getByTestId('login-notice')).toHaveText('Sua sessão terminou. Entre de novo.');
});

test("a desk 404 stays in the desk: the kiosk's idle reset never takes a staff browser to the totem", async ({
  page,
}) => {
  // On the idle server (3 s + 3 s), the kiosk's 404 asks "still there?" and then resets to the start...
  await page.goto(`${IDLE_BASE_URL}/nao-existe`);
  await expect(page.getByTestId('screen-page-not-found')).toBeVisible();
  await expect(page.getByTestId('idle-prompt')).toBeVisible();

  // ... the desk's does not, for an unknown desk path at any depth.
  for (const path of ['/balcao/nao-existe', '/balcao/cliente/x/y/z']) {
    const response = await page.goto(`${IDLE_BASE_URL}${path}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('screen-desk-not-found')).toBeVisible();
    await expect(page.getByTestId('desk-home')).toHaveAttribute('href', '/balcao');
  }
  const since = Date.now();
  await expect.poll(() => Date.now() - since, { timeout: 15_000 }).toBeGreaterThan(8_000);
  await expect(page.getByTestId('idle-prompt')).toHaveCount(0);
  await expect(page).toHaveURL(`${IDLE_BASE_URL}/balcao/cliente/x/y/z`);
  await expectAccessible(page, 'nao-encontrada');
  await page.getByTestId('desk-home').click();
  await expect(page.getByTestId('screen-login')).toBeVisible();
});

/** Polls until a server answers (a server this spec starts itself). */
async function waitUp(url: string): Promise<void> {
  await expect
    .poll(
      () =>
        fetch(url).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000, intervals: [250] },
    )
    .toBe(200);
}

test('a supervisor unlocks a totem blocked by failed lookups, and the unlock is audited', async ({
  page,
  browser,
}) => {
  // Starting a server and two browsers on a loaded 2-core machine: took 35–70 s here.
  test.setTimeout(180_000);
  // Its own server, for a block that outlasts the time it takes to look at it (the shared servers block for
  // 4 s). Far from the other specs' ports (multi-instance uses 3950–3952 + offset).
  const port = 3960 + PORT_OFFSET;
  const base = `http://127.0.0.1:${port}`;
  const databaseFile = e2eDatabaseFile(port);
  expect(createAdmin('desbloqueio.e2e', ADMIN.password, databaseFile).code).toBe(0);
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        SESSION_SECRET: TEST_SESSION_SECRET,
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_FILE: databaseFile,
        LOOKUP_MAX_FAILURES: '3',
        LOOKUP_BLOCK_SECONDS: '600',
        LOOKUP_GLOBAL_MAX_PER_MINUTE: '100000',
        LOOKUP_GLOBAL_MAX_FAILURES: '100000',
        KIOSK_ID_MAX_PER_MINUTE: '100000',
      },
      stdio: 'ignore',
    },
  );
  const kiosk = await browser.newContext({
    hasTouch: true,
    viewport: { width: 1080, height: 1920 },
    locale: 'pt-BR',
  });
  try {
    await waitUp(`${base}/api/health`);
    // A totem: three unknown documents in a row block it for 10 minutes.
    const totem = await kiosk.newPage();
    for (let i = 1; i <= 3; i++) {
      await totem.goto(`${base}/identificar`);
      await expect(totem.getByTestId('keypad-digits')).toBeVisible();
      await typeOnKeypad(totem, '390.533.447-05');
      await totem.getByTestId('confirm').click();
      await expect(totem.getByTestId(i < 3 ? 'screen-not-found' : 'screen-rate-limited')).toBeVisible();
    }
    await totem.goto(`${base}/identificar`);
    await expect(totem.getByTestId('screen-rate-limited')).toBeVisible();

    // The supervisor sees the totem among the blocked lookups and frees it.
    await login(page, 'desbloqueio.e2e', ADMIN.password, base);
    await expect(page.getByTestId('screen-busca')).toBeVisible();
    await page.goto(`${base}/balcao/auditoria`);
    const lock = page.getByTestId('lookup-lock');
    await expect(lock).toHaveCount(1);
    await expect(lock).toContainText(/Totem: Totem \S{8}/);
    await expect(lock).toContainText(/\d+ min/);
    await expectAccessible(page, 'auditoria-consultas-bloqueadas');
    await lock.getByTestId('lookup-unlock').click();
    await expect(page.getByTestId('lookup-unlock-result')).toHaveText('Liberado.');
    await expect(page.getByTestId('lookup-locks-vazio')).toBeVisible();

    // The same totem may look up again at once.
    await totem.goto(`${base}/identificar`);
    await expect(totem.getByTestId('keypad-digits')).toBeVisible();
    await typeOnKeypad(totem, '529.982.247-25');
    await totem.getByTestId('confirm').click();
    await expect(totem.getByTestId('greeting')).toHaveText('Olá, Maria!');

    await page.getByTestId('f-acao').fill('desk.consultas.');
    await page.getByTestId('f-submit').click();
    await expect(page).toHaveURL(/\?f=/);
    const row = page.locator('[data-testid="audit-row"][data-action="desk.consultas.desbloquear"]');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('desbloqueio.e2e');
    await expect(row).toContainText('limite=totem');
    await expect(row).toContainText('estava=true');
  } finally {
    await kiosk.close();
    server.kill('SIGTERM');
  }
});
