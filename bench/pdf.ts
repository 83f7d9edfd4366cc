/**
 * Boleto PDF figures (issue #3). Prints, for one boleto (demo fatura 70021: bank boleto + ERP Pix):
 *  1. in-process, warm: median / p99 render time and PDFs/s of renderBoletoPdf, per layout, and peak RSS;
 *  2. through `next start` (production build, 127.0.0.1): PDFs/s and median / p99 latency of
 *     GET /api/boleto/70021 with a live kiosk session, N concurrent clients for a bounded time;
 *  3. for comparison, headless Chromium printing the same fatura screen with page.pdf().
 * Targets: median ≤ 15 ms in-process, ≥ 100 PDFs/s through the server on 2 cores, ≥ 10× faster than Chromium.
 * Run: `npm run build && NODE_ENV=production node --import tsx bench/pdf.ts` (NEXT_DIST_DIR picks another
 * build, BENCH_PDF_PORT the port, BENCH_PDF_SECONDS the load duration).
 * Figures are printed, never asserted: they depend on the machine and on what else runs on it, so each
 * section also prints the machine's load average. BOLETO_PDF_WORKERS is passed to the server (0 = render in
 * the request thread, as before the worker pool).
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { loadConfig } from '../lib/config';
import { createDemoErp } from '../lib/erp/demo';
import { renderBoletoPdf, type BoletoDocumentData, type BoletoLayout } from '../lib/pdf';
import { boletoDocumentData } from '../lib/pdf/document-data';
import { avaliarFatura } from '../lib/services/avaliar-fatura';
import { CHROMIUM_ARGS } from '../e2e/env';
import { percentile, waitForServer } from './lib';

const PORT = Number(process.env.BENCH_PDF_PORT ?? 3291);
const BASE = `http://127.0.0.1:${PORT}`;
const WARMUP = 60;
const RUNS = 400;
const LOAD_SECONDS = Number(process.env.BENCH_PDF_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_PDF_CONCURRENCY ?? 8);
const CHROMIUM_RUNS = 30;
const DOCUMENTO = '11222333000181';
const FATURA = '70021';

/** The machine's load when a figure is taken: on a shared 2-core machine it explains most of the spread. */
const machineLoad = () =>
  `carga da máquina (1 min): ${(loadavg()[0] ?? 0).toFixed(2)} em ${availableParallelism()} núcleos`;

const ms = (v: number) => `${v.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

async function sampleData(): Promise<BoletoDocumentData> {
  const config = loadConfig({});
  const erp = createDemoErp();
  const fatura = (await erp.listFaturas(DOCUMENTO)).find((f) => f.id === FATURA);
  if (!fatura) throw new Error(`fatura demo ${FATURA} não encontrada`);
  const { business } = config;
  const avaliada = avaliarFatura(fatura, (await import('../lib/domain/dates')).todayInSaoPaulo(), config.pix);
  return boletoDocumentData(avaliada, {
    nome: business.name,
    cnpj: business.cnpj,
    endereco: business.address,
  });
}

async function inProcess(data: BoletoDocumentData, layout: BoletoLayout): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await renderBoletoPdf(data, layout);
  const times: number[] = [];
  let bytes = 0;
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    bytes = (await renderBoletoPdf(data, layout)).length;
    times.push(performance.now() - t);
  }
  const total = performance.now() - started;
  times.sort((a, b) => a - b);
  const median = percentile(times, 50);
  console.log(
    `  ${layout.padEnd(5)} mediana ${ms(median)}   p99 ${ms(percentile(times, 99))}   ` +
      `${((RUNS * 1000) / total).toFixed(0)} PDFs/s (1 thread)   ${(bytes / 1024).toFixed(1)} KB por PDF`,
  );
  return median;
}

async function signIn(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('attract').click();
  for (const c of DOCUMENTO) await page.locator(`[data-key="${c}"]`).click();
  await page.getByTestId('confirm').click();
  await page.waitForURL(/\/cliente$/);
}

async function throughServer(cookie: string): Promise<void> {
  const url = `${BASE}/api/boleto/${FATURA}`;
  const get = async () => {
    const r = await fetch(url, { headers: { cookie } });
    const body = await r.arrayBuffer();
    if (r.status !== 200 || body.byteLength < 1000) throw new Error(`resposta inesperada ${r.status}`);
  };
  for (let i = 0; i < 40; i++) await get(); // warm-up: JIT, fonts, route compiled
  const latencies: number[] = [];
  const end = performance.now() + LOAD_SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await get();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `  ${(latencies.length / seconds).toFixed(0)} PDFs/s   latência mediana ${ms(percentile(latencies, 50))}   ` +
      `p99 ${ms(percentile(latencies, 99))}   (${CONCURRENCY} clientes, ${seconds.toFixed(0)} s, ` +
      `${latencies.length} PDFs; meta ≥ 100 PDFs/s)`,
  );
}

/** Headless Chromium: page.pdf() of the loaded fatura screen, and load + page.pdf() (a new boleto each time). */
async function chromiumPrint(page: Page): Promise<{ printOnly: number; loadAndPrint: number }> {
  const load = async () => {
    await page.goto(`/cliente/faturas/${FATURA}`);
    await page.getByTestId('barcode').waitFor();
  };
  await load();
  for (let i = 0; i < 5; i++) await page.pdf({ format: 'A4', printBackground: true });
  const printOnly: number[] = [];
  const loadAndPrint: number[] = [];
  for (let i = 0; i < CHROMIUM_RUNS; i++) {
    let t = performance.now();
    await page.pdf({ format: 'A4', printBackground: true });
    printOnly.push(performance.now() - t);
    t = performance.now();
    await load();
    await page.pdf({ format: 'A4', printBackground: true });
    loadAndPrint.push(performance.now() - t);
  }
  printOnly.sort((a, b) => a - b);
  loadAndPrint.sort((a, b) => a - b);
  console.log(
    `  page.pdf() da tela já carregada: mediana ${ms(percentile(printOnly, 50))}   p99 ${ms(percentile(printOnly, 99))}`,
  );
  console.log(
    `  carregar a tela + page.pdf():     mediana ${ms(percentile(loadAndPrint, 50))}   ` +
      `p99 ${ms(percentile(loadAndPrint, 99))}   (${CHROMIUM_RUNS} execuções cada)`,
  );
  return { printOnly: percentile(printOnly, 50), loadAndPrint: percentile(loadAndPrint, 50) };
}

async function main() {
  if (process.env.NODE_ENV !== 'production') {
    console.warn(
      'aviso: NODE_ENV não é production — o React de desenvolvimento deixa a renderização mais lenta',
    );
  }
  console.log(
    `\nrenderBoletoPdf em processo, aquecido (${RUNS} execuções após ${WARMUP}; meta mediana ≤ 15 ms)`,
  );
  console.log(`  ${machineLoad()}`);
  const data = await sampleData();
  const medians: Record<BoletoLayout, number> = {
    a4: await inProcess(data, 'a4'),
    '80mm': await inProcess(data, '80mm'),
  };
  console.log(`  pico de memória (RSS) do processo: ${mb(peakRss)}`);

  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(PORT)],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', LOOKUP_MAX_PER_MINUTE: '10000' },
      stdio: 'ignore',
    },
  );
  let serverPeak = 0;
  const serverSampler = setInterval(() => {
    if (!server.pid) return;
    // VmHWM: the server process's own peak resident memory (Linux).
    void import('node:fs/promises')
      .then((fs) => fs.readFile(`/proc/${server.pid}/status`, 'utf8'))
      .then((s) => {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0);
        serverPeak = Math.max(serverPeak, kb * 1024);
      })
      .catch(() => undefined);
  }, 250);
  try {
    await waitForServer(`${BASE}/api/health`, 60_000);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, baseURL: BASE });
    const page = await context.newPage();
    await signIn(page);
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

    console.log(`\nGET /api/boleto/${FATURA} via next start (layout do BOLETO_LAYOUT, padrão a4)`);
    console.log(
      `  ${machineLoad()}; renderizadores no servidor: BOLETO_PDF_WORKERS=${process.env.BOLETO_PDF_WORKERS ?? 'padrão'}`,
    );
    await throughServer(cookie);
    console.log(`  pico de memória (RSS) do next start: ${mb(serverPeak)}`);

    console.log('\nChromium headless imprimindo a mesma fatura (a alternativa: imprimir a página)');
    console.log(`  ${machineLoad()}`);
    const viaChromium = await chromiumPrint(page);
    const ratio = (base: number) =>
      `${(base / medians.a4).toFixed(1)}× (A4) / ${(base / medians['80mm']).toFixed(1)}× (80 mm)`;
    console.log(`  renderBoletoPdf mais rápido que só o page.pdf(): ${ratio(viaChromium.printOnly)}`);
    console.log(`  ... que carregar + page.pdf(): ${ratio(viaChromium.loadAndPrint)}   (meta ≥ 10×)`);
    await browser.close();
  } finally {
    clearInterval(serverSampler);
    clearInterval(sampler);
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
