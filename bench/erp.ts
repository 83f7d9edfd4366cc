/**
 * ERP figures (issue #4): the kiosk's OWN overhead on top of the ERP, and throughput with 50 kiosks.
 *
 * A simulator (test/simulators) runs as a separate process with a fixed latency L per request. For each
 * adapter (http-contract, ixc):
 *   A. in-process: adapter + lib/http → simulator. Overhead = time of listFaturas − L × sequential round trips.
 *   B. through the server: `next start` (ERP_ADAPTER=<adapter>), GET /cliente with a kiosk session — session
 *      check, listFaturas, integrity gate and server rendering. Overhead = response time − L × round trips.
 *   C. the same listing as the totem gets it: the React Server Components payload of /cliente (`RSC: 1`), not
 *      the HTML document — what Next renders for the identification's redirect and for "back to the list".
 *   D. the whole identification as the totem sends it (the server action captured in Chromium, replayed):
 *      rate limit, findCliente, session, then the redirect's /cliente render in the same answer.
 *   All: median and p99 of sequential requests, then lookups/s with 50 concurrent kiosks for a fixed time.
 * Targets: overhead ≤ 10 ms median, ≤ 30 ms p99; ≥ 300 lookups/s (2 cores: the load generator, the server and
 * the simulator share them, so the figure is a floor).
 *
 * The servers keep their state in the store: a fresh SQLite file each (the default), or the PostgreSQL at
 * BENCH_DATABASE_URL. After D, the server's resident memory (process tree) with the store loaded.
 * Run: NEXT_DIST_DIR=.next-erp npx next build   (B is skipped, with a note, when that build is missing)
 *      node --conditions=react-server --import tsx bench/erp.ts
 * BENCH_TARGETS=demo,http-contract picks the parts (all three by default); BENCH_PROFILE=1 adds the store's
 * share of the server's CPU in each load phase.
 * Everything binds 127.0.0.1 and every phase is bounded in time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createHttpContractErp } from '@/lib/erp/http-contract';
import { createIxcErp } from '@/lib/erp/ixc';
import type { ErpAdapter } from '@/lib/erp/port';
import { silentLogger } from '@/lib/http';
import { CHROMIUM_ARGS } from '../e2e/env';
import { storeShare, type Window } from './cpu-profile';
import { httpClient, percentile, treeCpuMs, treeRssMb, waitForServer } from './lib';

const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 300);
const CONCURRENCY = 50;
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const DIST = process.env.NEXT_DIST_DIR || '.next-erp';
/** Which parts run: `demo`, `http-contract`, `ixc` (comma-separated; all by default). */
const ONLY = new Set((process.env.BENCH_TARGETS ?? 'demo,http-contract,ixc').split(',').map((s) => s.trim()));
const DOC = '52998224725';
const IXC_TOKEN = '7:bench-token';
const HC_TOKEN = 'bench-token';
const STORE_DIR = mkdtempSync(join(tmpdir(), 'totem-bench-erp-'));
/**
 * BENCH_PROFILE=1: the servers run with `node --cpu-prof`, and each load phase prints the part of the server's
 * CPU spent in the store (query layer + driver) — the store's share of the throughput, measurable on a busy
 * machine (see bench/cpu-profile.ts).
 */
const PROFILE = process.env.BENCH_PROFILE === '1';
let profileDir: string | null = null;
let windows: Window[] = [];

/** `next start`'s arguments, under the profiler when BENCH_PROFILE=1 (a fresh profile folder per server). */
function nextStart(port: number): string[] {
  const start = ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)];
  if (!PROFILE) return start;
  profileDir = mkdtempSync(join(STORE_DIR, 'prof-'));
  windows = [];
  return ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...start];
}

/** Stops a profiled server (its profile is written as it exits) and prints the store's share per phase. */
async function printStoreShare(app: ChildProcess): Promise<void> {
  if (!PROFILE || !profileDir) return;
  await new Promise<void>((resolve) => {
    if (app.exitCode !== null) return resolve();
    app.once('exit', () => resolve());
    app.kill('SIGTERM');
  });
  for (const s of storeShare(profileDir, windows)) {
    const pct = s.busyMs > 0 ? (100 * s.storeMs) / s.busyMs : 0;
    // The profile's sample intervals are wall time (a descheduled thread's wait counts too): the share applies
    // to the CPU time /proc measured for the phase.
    const per = s.requests > 0 && s.cpuMs !== null ? (pct / 100) * (s.cpuMs / s.requests) : null;
    console.log(
      `  ${s.label.padEnd(34)} banco (Kysely + driver): ${pct.toFixed(1).padStart(4)} % da CPU do servidor na carga${per === null ? '' : `, ≈ ${per.toFixed(2)} ms por consulta`}`,
    );
  }
}
let storeFiles = 0;

/** Where a bench server keeps its state, and the limits a load generator on one address needs lifted. */
function serverEnv(): Record<string, string> {
  const url = process.env.BENCH_DATABASE_URL;
  return {
    ...(url ? { DATABASE_URL: url } : { DATABASE_FILE: join(STORE_DIR, `s${++storeFiles}.db`) }),
    LOOKUP_MAX_PER_MINUTE: '10000',
    LOOKUP_GLOBAL_MAX_PER_MINUTE: '100000',
    LOOKUP_GLOBAL_MAX_FAILURES: '100000',
    KIOSK_ID_MAX_PER_MINUTE: '100000',
  };
}
const storeLabel = () => (process.env.BENCH_DATABASE_URL ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'SQLite');

function printRss(child: ChildProcess): void {
  const mb = child.pid === undefined ? null : treeRssMb(child.pid);
  if (mb !== null) console.log(`  memória do servidor (RSS, após a carga): ${mb.toFixed(0)} MB`);
}

interface Target {
  name: 'http-contract' | 'ixc';
  simPort: number;
  appPort: number;
  /** Sequential upstream round trips in one listFaturas (IXC: cliente id cached, then titles ∥ contracts). */
  roundTrips: number;
  /** ... in one identification: findCliente, then listFaturas for the redirect's render. */
  identifyRoundTrips: number;
  adapter(url: string): ErpAdapter;
  /** The same upstream work with a bare fetch: transport + simulator, no kiosk code (the floor). */
  rawCall(url: string): () => Promise<void>;
  env(url: string): Record<string, string>;
}

function rawPost(url: string, headers: Record<string, string>, body: unknown): () => Promise<void> {
  return async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    JSON.parse(await res.text());
  };
}

const TARGETS: Target[] = [
  {
    name: 'http-contract',
    simPort: 4361,
    appPort: 3461,
    roundTrips: 1,
    identifyRoundTrips: 2,
    adapter: (url) =>
      createHttpContractErp({ baseUrl: url, token: HC_TOKEN, http: { logger: silentLogger } }),
    rawCall: (url) =>
      rawPost(`${url}/faturas`, { authorization: `Bearer ${HC_TOKEN}` }, { customer_document_number: DOC }),
    env: (url) => ({
      ERP_ADAPTER: 'http-contract',
      HTTP_CONTRACT_BASE_URL: url,
      HTTP_CONTRACT_TOKEN: HC_TOKEN,
    }),
  },
  {
    name: 'ixc',
    simPort: 4362,
    appPort: 3462,
    roundTrips: 1,
    // IXC stores cnpj_cpf masked: the digits query finds nothing, the masked one finds the cliente.
    identifyRoundTrips: 3,
    adapter: (url) => createIxcErp({ url, token: IXC_TOKEN, http: { logger: silentLogger } }),
    rawCall: (url) => {
      const headers = {
        authorization: `Basic ${Buffer.from(IXC_TOKEN).toString('base64')}`,
        ixcsoft: 'listar',
      };
      const titles = rawPost(`${url}/fn_areceber`, headers, {
        qtype: 'fn_areceber.id_cliente',
        query: '1001',
        oper: '=',
        page: '1',
        rp: '100',
      });
      const contracts = rawPost(`${url}/cliente_contrato`, headers, {
        qtype: 'cliente_contrato.id_cliente',
        query: '1001',
        oper: '=',
        page: '1',
        rp: '100',
      });
      return async () => void (await Promise.all([titles(), contracts()]));
    },
    env: (url) => ({ ERP_ADAPTER: 'ixc', IXC_URL: url, IXC_TOKEN }),
  },
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startProcess(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} não ficou pronto`)), 60_000);
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} saiu (${code}): ${out.slice(-500)}`));
    });
  });
}

function stop(child: ChildProcess | undefined): void {
  if (child && child.exitCode === null) child.kill('SIGTERM');
}

/**
 * Sequential latency, then throughput with 50 concurrent kiosks. With `server`, also the server's CPU time per
 * request during the load: on a shared machine requests/s swing with whatever else runs, CPU per request does not,
 * so two builds compare on that figure.
 */
async function measure(
  label: string,
  once: () => Promise<void>,
  roundTrips: number,
  server?: ChildProcess,
): Promise<void> {
  for (let i = 0; i < 20; i++) await once(); // warm-up: JIT, keep-alive sockets, caches
  const overhead: number[] = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const t0 = performance.now();
    await once();
    overhead.push(performance.now() - t0 - LATENCY_MS * roundTrips);
  }
  overhead.sort((a, b) => a - b);
  let done = 0;
  let failed = 0;
  const cpuBefore = server?.pid === undefined ? null : treeCpuMs(server.pid);
  const startNs = process.hrtime.bigint();
  const end = performance.now() + LOAD_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        try {
          await once();
          done++;
        } catch {
          failed++;
        }
      }
    }),
  );
  const rps = done / LOAD_SECONDS;
  const endNs = process.hrtime.bigint();
  const cpuAfter = server?.pid === undefined ? null : treeCpuMs(server.pid);
  const cpuMs = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
  if (server) windows.push({ label, startNs, endNs, requests: done, cpuMs });
  const cpu =
    cpuBefore !== null && cpuAfter !== null && done > 0
      ? `   CPU do servidor ${((cpuAfter - cpuBefore) / done).toFixed(2)} ms/consulta`
      : '';
  console.log(
    `  ${label.padEnd(34)} overhead mediana ${percentile(overhead, 50).toFixed(2).padStart(6)} ms  p99 ${percentile(overhead, 99).toFixed(2).padStart(6)} ms` +
      `   ${CONCURRENCY} quiosques: ${rps.toFixed(0).padStart(5)} consultas/s${failed ? ` (${failed} falhas)` : ''}${cpu}`,
  );
}

/** A kiosk session, obtained the way a customer gets one: keypad + confirm, in Chromium. */
interface KioskSessionForBench {
  base: string;
  cookie: string;
  /** The identification server action Chromium sent (URL, headers, body), replayed by D. */
  action: { url: string; headers: Record<string, string>; body: string };
}

async function sessionCookie(base: string): Promise<KioskSessionForBench> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    let action: KioskSessionForBench['action'] | null = null;
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.headers()['next-action']) {
        action = { url: req.url(), headers: req.headers(), body: req.postData() ?? '' };
      }
    });
    await page.goto('/identificar');
    for (const c of DOC) await page.locator(`[data-key="${c}"]`).click();
    await page.getByTestId('confirm').click();
    await page.getByTestId('fatura-card').first().waitFor({ timeout: 15_000 });
    const cookies = await context.cookies();
    if (!action) throw new Error('a ação de identificação não foi vista');
    return { base, cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), action };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const haveBuild = existsSync(`${DIST}/BUILD_ID`);
  console.log(
    `\nERP: sobrecarga do totem sobre um ERP simulado com latência fixa de ${LATENCY_MS} ms (${SEQUENTIAL} consultas sequenciais; carga de ${LOAD_SECONDS} s)`,
  );
  console.log('metas: sobrecarga ≤ 10 ms mediana, ≤ 30 ms p99; ≥ 300 consultas/s com 50 quiosques');
  console.log(`estado do totem: ${storeLabel()}\n`);
  if (haveBuild && ONLY.has('demo')) await demoReference();
  for (const t of TARGETS.filter((target) => ONLY.has(target.name))) {
    let sim: ChildProcess | undefined;
    let app: ChildProcess | undefined;
    try {
      sim = await startProcess(
        process.execPath,
        [
          '--import',
          'tsx',
          'test/simulators/main.ts',
          t.name,
          '--port',
          String(t.simPort),
          '--latency',
          String(LATENCY_MS),
          '--token',
          t.name === 'ixc' ? IXC_TOKEN : HC_TOKEN,
        ],
        {},
        /ready /,
      );
      const simUrl =
        t.name === 'ixc' ? `http://127.0.0.1:${t.simPort}/webservice/v1` : `http://127.0.0.1:${t.simPort}`;
      console.log(`${t.name}`);
      const raw = t.rawCall(simUrl);
      await measure('0. fetch direto ao simulador', raw, t.roundTrips);
      const adapter = t.adapter(simUrl);
      await measure(
        'A. adaptador + lib/http (no processo)',
        async () => {
          const list = await adapter.listFaturas(DOC);
          if (list.length !== 2) throw new Error('faturas inesperadas');
        },
        t.roundTrips,
      );

      if (!haveBuild) {
        console.log(
          `  B. pelo servidor: pulado (sem build em ${DIST}; rode NEXT_DIST_DIR=${DIST} npx next build)`,
        );
        continue;
      }
      app = await startProcess(
        process.execPath,
        nextStart(t.appPort),
        {
          ...t.env(simUrl),
          NEXT_DIST_DIR: DIST,
          NEXT_TELEMETRY_DISABLED: '1',
          LOG_LEVEL: 'warn',
          PIX_KEY: 'pix@provedor.example.com',
          ...serverEnv(),
          SESSION_SECRET: 'bench-secret-0123456789-abcdefghijklmnop',
        },
        /Ready|started server|Local:/i,
      );
      const base = `http://127.0.0.1:${t.appPort}`;
      // "Ready" can be printed before the port accepts connections on a loaded machine.
      await waitForServer(`${base}/api/health`, 60_000);
      const session = await sessionCookie(base);
      await measure('B. GET /cliente pelo next start', fullPage(session), t.roundTrips, app);
      await measure('C. lista de faturas do totem (RSC)', listing(session), t.roundTrips, app);
      await measure('D. identificação completa (ação)', identification(session), t.identifyRoundTrips, app);
      printRss(app);
      await printStoreShare(app);
    } finally {
      stop(app);
      stop(sim);
      await sleep(300);
    }
  }
}

const client = httpClient(CONCURRENCY + 10);

/** The whole /cliente document (HTML), as a first visit or a reload gets it. */
function fullPage({ base, cookie }: KioskSessionForBench): () => Promise<void> {
  return async () => {
    const res = await client.request(`${base}/cliente`, { headers: { cookie } });
    if (res.status !== 200 || !res.text.includes('fatura-card')) throw new Error(`HTTP ${res.status}`);
  };
}

/**
 * The faturas as the totem receives them: the React Server Components payload of /cliente, rendered from the
 * root — the request Next makes for the identification's redirect (`_rsc` empty: no router state to hash).
 */
function listing({ base, cookie }: KioskSessionForBench): () => Promise<void> {
  return async () => {
    const res = await client.request(`${base}/cliente?_rsc`, { headers: { rsc: '1', cookie } });
    if (res.status !== 200 || !res.text.includes('fatura-card')) throw new Error(`HTTP ${res.status}`);
  };
}

/** The identification server action, replayed as Chromium sent it: its answer carries the rendered /cliente. */
function identification({ action, cookie }: KioskSessionForBench): () => Promise<void> {
  const headers = { ...action.headers, cookie };
  return async () => {
    const res = await client.request(action.url, { method: 'POST', headers, body: action.body });
    if (res.status !== 200 || !res.text.includes('fatura-card')) throw new Error(`HTTP ${res.status}`);
  };
}

/** The same page on the in-process demo ERP: what the page itself costs, with no ERP round trip at all. */
async function demoReference(): Promise<void> {
  let app: ChildProcess | undefined;
  try {
    app = await startProcess(
      process.execPath,
      nextStart(3460),
      {
        ERP_ADAPTER: 'demo',
        NEXT_DIST_DIR: DIST,
        NEXT_TELEMETRY_DISABLED: '1',
        LOG_LEVEL: 'warn',
        ...serverEnv(),
        SESSION_SECRET: 'bench-secret-0123456789-abcdefghijklmnop',
      },
      /Ready|started server|Local:/i,
    );
    const base = 'http://127.0.0.1:3460';
    await waitForServer(`${base}/api/health`, 60_000);
    const session = await sessionCookie(base);
    console.log('demo (referência: a mesma página sem ERP remoto; "overhead" aqui = tempo total)');
    await measure('B. GET /cliente pelo next start', fullPage(session), 0, app);
    await measure('C. lista de faturas do totem (RSC)', listing(session), 0, app);
    await measure('D. identificação completa (ação)', identification(session), 0, app);
    printRss(app);
    await printStoreShare(app);
  } finally {
    stop(app);
    await sleep(300);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    client.close();
    rmSync(STORE_DIR, { recursive: true, force: true });
  });
