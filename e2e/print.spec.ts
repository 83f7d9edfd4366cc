import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { codigoBarrasFromLinha } from '../lib/boleto';
import { measureItf } from '../test/pdf/bars';
import { rasterizePgm } from '../test/pdf/tools';
import { CHROMIUM_ARGS } from './env';
import { identify } from './helpers';

/**
 * Printing from the kiosk, for real: a headed Chromium (under Xvfb) started the way a totem runs it, with
 * `--kiosk-printing`, and "Save as PDF" as its printer — Chromium's PDF output stands in for the paper. The
 * test reads that output with zbarimg (the barcode and QR must still scan after Chromium's print pipeline),
 * checks the print lock (one job for a double tap) and the way back home.
 * Headless Chromium cannot print (its print manager refuses the request), hence Xvfb.
 */
// A loaded 2-core machine (8 engineers' builds at once) makes a print take seconds: the renderer is warmed at
// server start (lib/pdf/warm.ts), and every wait here is on a state, with budgets sized for such a machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let xvfb: ChildProcess | undefined;
let context: BrowserContext;
let page: Page;
let root = '';
let outDir = '';

function requireTool(tool: string, pkg: string): void {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
  } catch {
    throw new Error(`${tool} ausente: apt-get install -y ${pkg} (o .ci/run já instala)`);
  }
}

async function startXvfb(): Promise<string> {
  requireTool('Xvfb', 'xvfb');
  const display = `:${90 + (process.pid % 400)}`;
  xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x2000x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const socket = `/tmp/.X11-unix/X${display.slice(1)}`;
  for (let i = 0; i < 50 && !existsSync(socket); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(socket)) throw new Error(`Xvfb não abriu o display ${display}`);
  return display;
}

/** A profile whose printer is "Save as PDF" into `outDir`, at 100 % and without headers/footers. */
function writeProfile(profile: string): void {
  const appState = {
    version: 2,
    recentDestinations: [{ id: 'Save as PDF', origin: 'local', account: '' }],
    selectedDestinationId: 'Save as PDF',
    isHeaderFooterEnabled: false,
  };
  mkdirSync(path.join(profile, 'Default'), { recursive: true });
  writeFileSync(
    path.join(profile, 'Default', 'Preferences'),
    JSON.stringify({
      printing: { print_preview_sticky_settings: { appState: JSON.stringify(appState) } },
      savefile: { default_directory: outDir },
      download: { default_directory: outDir, prompt_for_download: false },
    }),
  );
}

/** The PDFs Chromium has finished writing (size stable for half a second). */
async function printedFiles(expected: number): Promise<string[]> {
  const deadline = Date.now() + 40_000;
  let last = '';
  while (Date.now() < deadline) {
    const files = readdirSync(outDir).filter((f) => f.endsWith('.pdf'));
    const sig = files.map((f) => `${f}:${statSync(path.join(outDir, f)).size}`).join('|');
    if (files.length >= expected && sig === last) return files.map((f) => path.join(outDir, f));
    last = sig;
    await new Promise((r) => setTimeout(r, 500));
  }
  return readdirSync(outDir)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => path.join(outDir, f));
}

function zbar(file: string, symbology: 'i25' | 'qrcode'): string {
  const png = `${file}-${symbology}`;
  execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', '-f', '1', '-l', '1', file, png]);
  const config = symbology === 'i25' ? ['-Si25.enable', '-Si25.min-length=44'] : ['-Sqrcode.enable'];
  try {
    return execFileSync('zbarimg', ['--nodbus', '--raw', '-q', '-Sdisable', ...config, `${png}.png`], {
      encoding: 'utf8',
    }).trim();
  } catch {
    return '';
  }
}

async function signIn(documento: string): Promise<void> {
  await identify(page, documento);
  await expect(page).toHaveURL(/\/cliente$/);
}

function clearOutput(): void {
  for (const f of readdirSync(outDir)) rmSync(path.join(outDir, f), { force: true });
}

test.beforeAll(async ({}, testInfo) => {
  requireTool('pdftoppm', 'poppler-utils');
  requireTool('zbarimg', 'zbar-tools');
  const display = await startXvfb();
  root = mkdtempSync(path.join(tmpdir(), 'totem-print-'));
  outDir = path.join(root, 'impressora');
  mkdirSync(outDir);
  writeProfile(path.join(root, 'perfil'));
  const use = testInfo.project.use;
  context = await chromium.launchPersistentContext(path.join(root, 'perfil'), {
    headless: false,
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--kiosk-printing'],
    env: { ...process.env, DISPLAY: display },
    baseURL: process.env.PRINT_BASE_URL || use.baseURL,
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    locale: 'pt-BR',
    timezoneId: 'America/Sao_Paulo',
  });
  page = context.pages()[0] ?? (await context.newPage());
});

test.afterAll(async () => {
  await context?.close();
  xvfb?.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('Maria prints her boleto: one job for a double tap, it scans, "retire seu boleto", "Sim" goes back home', async () => {
  clearOutput();
  await signIn('52998224725');
  await page.goto('/cliente/faturas/70012');
  const linha = (await page.getByTestId('linha-digitavel').innerText()).replace(/\D/g, '');
  const payload = await page.getByTestId('pix-copia-cola').innerText();

  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/boleto/')) requests.push(r.url());
  });
  // A double tap lands before React re-renders the disabled button: only the print lock stops the second.
  await page.getByTestId('print-boleto').evaluate((b: HTMLButtonElement) => {
    b.click();
    b.click();
  });
  await expect(page.getByTestId('print-banco')).toBeDisabled();
  await expect(page.getByTestId('retire-boleto')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByTestId('retire-boleto')).toContainText('Retire seu boleto');
  await expect(page.getByTestId('retire-boleto')).toContainText('Deseja fazer mais alguma coisa?');

  // "Sim, continuar" goes back to Maria's home. Headed Chromium takes no input while its print job is being
  // written (measured: a tap then is dropped without a trace), so the tap waits for the job to be out; and it
  // comes before the checks of the output below, which can outlast the question's 20 s countdown.
  const files = await printedFiles(1);
  await page.getByTestId('retire-more').click();
  await expect(page).toHaveURL(/\/cliente$/);
  await expect(page.getByTestId('greeting')).toHaveText('Olá, Maria!');
  await expect(page.getByTestId('retire-boleto')).toHaveCount(0);

  expect(files).toHaveLength(1);
  expect(requests).toHaveLength(1);
  const file = files[0] ?? '';
  expect(zbar(file, 'i25')).toBe(codigoBarrasFromLinha(linha));
  expect(zbar(file, 'qrcode')).toBe(payload);
  // The print pipeline must not shrink the bars ("fit to page"): still FEBRABAN size on the output.
  const bars = measureItf(
    await rasterizePgm(readFileSync(file), 300, root, 'saida'),
    300,
    codigoBarrasFromLinha(linha),
  );
  expect(bars?.lengthMm).toBeGreaterThan(102.5);
  expect(bars?.lengthMm).toBeLessThan(103.3);
  expect(bars?.heightMm).toBeGreaterThan(12.7);
  expect(bars?.quietBeforeMm).toBeGreaterThanOrEqual(5);
  expect(bars?.quietAfterMm).toBeGreaterThanOrEqual(5);
  expect(await printedFiles(1)).toHaveLength(1);
  expect(requests).toHaveLength(1);
});

test('untouched after a print, the session ends by itself: the next person finds the attract screen', async () => {
  clearOutput();
  await signIn('52998224725');
  await page.goto('/cliente/faturas/70013');
  await page.getByTestId('print-boleto').click();
  await expect(page.getByTestId('retire-boleto')).toBeVisible({ timeout: 40_000 });
  // AFTER_PRINT_SECONDS (20 s) of countdown, then the full reset.
  await expect(page.getByTestId('attract')).toBeVisible({ timeout: 30_000 });
  expect(await printedFiles(1)).toHaveLength(1);
  await page.goto('/cliente');
  await expect(page).toHaveURL(/\/identificar\?expirada=1$/);
});

test('a refused print says why, prints nothing and frees the lock', async () => {
  clearOutput();
  await signIn('52998224725');
  await page.goto('/cliente/faturas/70013');
  await page.route('**/api/boleto/70013', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, code: 'ERP_INDISPONIVEL', message: 'Sistema fora do ar (teste).' }),
    }),
  );
  await page.getByTestId('print-boleto').click();
  await expect(page.getByTestId('print-error')).toHaveText('Sistema fora do ar (teste).', {
    timeout: 20_000,
  });
  await expect(page.getByTestId('print-boleto')).toBeEnabled();
  await page.unroute('**/api/boleto/70013');
  expect(readdirSync(outDir)).toHaveLength(0);
});

test("Ana has no linha digitável: the ERP's own PDF is the fallback, and it is what prints", async () => {
  clearOutput();
  await signIn('24681357928');
  await page.getByTestId('fatura-card').first().click();
  await expect(page.getByTestId('print-boleto')).toHaveCount(0);
  await page.getByTestId('print-banco').click();
  await expect(page.getByTestId('retire-boleto')).toBeVisible({ timeout: 40_000 });
  const [file] = await printedFiles(1);
  const text = execFileSync('pdftotext', [file ?? '', '-'], { encoding: 'utf8' });
  expect(text).toContain('BOLETO EMITIDO PELO ERP');
});

test('Carlos: an inconsistent boleto offers nothing to print and its routes answer JSON, not a PDF', async () => {
  await signIn('93541134780');
  await page.goto('/cliente/faturas/70051');
  await expect(page.getByTestId('boleto-bloqueado')).toBeVisible();
  await expect(page.getByTestId('print-actions')).toHaveCount(0);
  for (const url of ['/api/boleto/70051', '/api/boleto/70051/banco', '/api/boleto/70012']) {
    const r = await page.request.get(url);
    expect(r.headers()['content-type']).toContain('application/json');
    expect((await r.json()).ok).toBe(false);
  }
});
