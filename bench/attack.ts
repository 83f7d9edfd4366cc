import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, waitForServer } from './lib';

/**
 * The black-box attacks of issue #8, replayed against a production build (`next start`, demo ERP, default
 * limits), printing each figure next to the one the issue measured before the fixes: the server's memory under
 * 48 parallel 12 MB POSTs (with Content-Length and chunked), another totem's /cliente time while one session
 * floods the PDF route, and how many lookups a client rotating or omitting the kiosk cookie gets through in
 * 20 s — with what the security log and /api/health show an operator meanwhile.
 * Run after a build: `NEXT_DIST_DIR=.next node --import tsx bench/attack.ts` (BENCH_PORT to move it).
 */

const DIST = process.env.NEXT_DIST_DIR || '.next';
const PORT = Number(process.env.BENCH_PORT || 3290);
const BASE = `http://127.0.0.1:${PORT}`;

function rssOfTree(pid: number): number {
  let total = 0;
  const walk = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const k of kids ? kids.split(' ') : []) walk(Number(k));
      }
    } catch {
      // gone
    }
  };
  walk(pid);
  return total;
}

const mb = (b: number) => `${Math.round(b / 1024 / 1024)} MB`;

/** The figures before the fixes (issue #8, same attacks, `npm start` on the demo ERP, one machine). */
const BEFORE = {
  memory: '467 → 699 MB (+232 MB): corpos de até 10 MB guardados pelo proxy antes da recusa',
  pdfFlood: 'mediana 87 ms sem ataque → 1,4 s com o ataque; nenhum PDF recusado',
  enumeration: '283 consultas em 20 s (~850/min; o pretendido era 12/min), todas respondidas',
} as const;

function compare(what: string, before: string, now: string): void {
  console.log(`\n  ${what}\n    antes (issue #8): ${before}\n    agora:            ${now}`);
}

/** The server's JSON log lines (pino), as an operator reads them. */
const logLines: Record<string, unknown>[] = [];
function collectLog(server: ChildProcess): void {
  let rest = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      try {
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Next's own banner lines
      }
    }
  });
}

async function health(): Promise<{ lookups: Record<string, number>; blocks: Record<string, number> }> {
  const r = (await (await fetch(`${BASE}/api/health`)).json()) as {
    seguranca: { lookups: Record<string, number>; blocks: Record<string, number> };
  };
  return r.seguranca;
}

function identificationActionId(): string {
  const manifest = JSON.parse(readFileSync(`${DIST}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === 'identificarAction')?.[0];
  if (!id) throw new Error('identificarAction não está no build');
  return id;
}

function post(
  path: string,
  headers: Record<string, string>,
  body: Buffer | string,
  chunked = false,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve) => {
    const req = http.request(`${BASE}${path}`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', () => resolve({ status: 0, headers: {}, text: '' }));
    if (chunked) {
      const piece = 1024 * 1024;
      const buf = typeof body === 'string' ? Buffer.from(body) : body;
      for (let i = 0; i < buf.length; i += piece) req.write(buf.subarray(i, i + piece));
      req.end();
    } else req.end(body);
  });
}

function get(path: string, cookie?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; ms: number }>((resolve) => {
    const t = performance.now();
    http
      .get(`${BASE}${path}`, { headers: cookie ? { cookie } : {} }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, ms: performance.now() - t }),
        );
      })
      .on('error', () => resolve({ status: 0, headers: {}, ms: 0 }));
  });
}

async function bigBodies(server: ChildProcess, action: string): Promise<void> {
  const pid = server.pid ?? 0;
  await new Promise((r) => setTimeout(r, 1000));
  const before = rssOfTree(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOfTree(pid))), 50);
  const body = Buffer.alloc(12 * 1024 * 1024, 0x61);
  const headers = {
    'next-action': action,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
  };
  const answers: string[] = [];
  for (const chunked of [false, true]) {
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 48 }, () =>
        post(
          '/identificar',
          chunked ? headers : { ...headers, 'content-length': String(body.length) },
          body,
          chunked,
        ).then((r) => r.status),
      ),
    );
    const counts = statuses.reduce<Record<number, number>>((a, s) => ({ ...a, [s]: (a[s] ?? 0) + 1 }), {});
    answers.push(
      `${chunked ? 'chunked' : 'com Content-Length'} ${JSON.stringify(counts)} em ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  clearInterval(sampler);
  compare(
    '48 × POST de 12 MB em paralelo (memória do servidor)',
    BEFORE.memory,
    `${mb(before)} → pico ${mb(peak)} (+${mb(peak - before)}); respostas: ${answers.join('; ')}`,
  );
}

async function enumeration(action: string): Promise<void> {
  const docs = ['52998224725', '11222333000181', '11144477735', '93541134780', '24681357928'];
  const headers = {
    'next-action': action,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
  };
  const healthBefore = await health();
  const logsBefore = logLines.length;
  let found = 0;
  let limited = 0;
  let tries = 0;
  const end = Date.now() + 20_000;
  while (Date.now() < end) {
    const variant = tries % 3;
    let cookie: string | undefined;
    if (variant === 1) cookie = `totem_kiosk=${crypto.randomUUID()}`;
    if (variant === 2) {
      const setCookie = (await get('/')).headers['set-cookie']?.find((c) => c.startsWith('totem_kiosk='));
      cookie = setCookie?.split(';')[0];
    }
    const r = await post(
      '/identificar',
      cookie ? { ...headers, cookie } : headers,
      JSON.stringify([docs[tries % 5]]),
    );
    if (r.headers['x-action-redirect']) found += 1;
    else if (r.text.includes('"LIMITE_CONSULTAS"')) limited += 1;
    tries += 1;
  }
  const healthAfter = await health();
  const delta = (k: string) => (healthAfter.lookups[k] ?? 0) - (healthBefore.lookups[k] ?? 0);
  const reachedErp = delta('encontrado') + delta('nao_encontrado') + delta('erro');
  compare(
    'enumeração: 20 s girando, inventando ou omitindo o cookie do totem',
    BEFORE.enumeration,
    `${tries} consultas, ${found} com cliente encontrado (${Math.round(found * 3)}/min), ${limited} recusadas pelo limite; ${reachedErp} chegaram ao ERP`,
  );
  const lines = logLines.slice(logsBefore).filter((l) => l.name === 'seguranca');
  const lookups = lines.filter((l) => l.event === 'lookup');
  const addresses = [...new Set(lines.map((l) => String(l.address)))];
  const withDocument = lines.filter((l) => docs.some((d) => JSON.stringify(l).includes(d))).length;
  console.log(
    `    o que o operador vê: ${lookups.length} linhas "lookup" no log (${lines.filter((l) => l.level === 40).length} avisos de bloqueio), endereços ${JSON.stringify(addresses)}, ${withDocument} com documento; /api/health blocks ${JSON.stringify(healthAfter.blocks)}`,
  );
}

async function pdfFlood(action: string): Promise<void> {
  const headers = {
    'next-action': action,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
  };
  const sessionOf = async () => {
    const kiosk = (await get('/')).headers['set-cookie']
      ?.find((c) => c.startsWith('totem_kiosk='))
      ?.split(';')[0];
    const r = await post(
      '/identificar',
      { ...headers, cookie: kiosk ?? '' },
      JSON.stringify(['52998224725']),
    );
    const sessao = (r.headers['set-cookie'] ?? []).find((c) => c.startsWith('totem_sessao='))?.split(';')[0];
    return { kiosk: kiosk ?? '', cookie: `${kiosk}; ${sessao}` };
  };
  const flooder = await sessionOf();
  const other = await sessionOf();
  const timings: number[] = [];
  let stop = false;
  const statuses: Record<number, number> = {};
  const calm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await get('/cliente', other.cookie);
    calm.push(performance.now() - t);
  }
  calm.sort((a, b) => a - b);
  const flood = (async () => {
    while (!stop) {
      const rs = await Promise.all(
        Array.from({ length: 16 }, () => get('/api/boleto/70012', flooder.cookie)),
      );
      for (const r of rs) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  })();
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await get('/cliente', other.cookie);
    timings.push(performance.now() - t);
  }
  stop = true;
  await flood;
  timings.sort((a, b) => a - b);
  compare(
    '/cliente de outro totem enquanto uma sessão pede 16 PDFs em paralelo, sem parar',
    BEFORE.pdfFlood,
    `mediana ${percentile(calm, 50).toFixed(0)} ms sem ataque → ${percentile(timings, 50).toFixed(0)} ms com o ataque (p90 ${percentile(timings, 90).toFixed(0)} ms); respostas aos PDFs ${JSON.stringify(statuses)}`,
  );
}

async function main(): Promise<void> {
  const action = identificationActionId();
  // A store of its own: the limits count from zero, and the checkout's data/ is left alone.
  const dataDir = mkdtempSync(join(tmpdir(), 'totem-attack-'));
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(PORT)],
    {
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        LOG_LEVEL: 'info',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_FILE: join(dataDir, 'bench.db'),
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  collectLog(server);
  try {
    await waitForServer(`${BASE}/api/health`, 60_000);
    console.log(`\nAtaques do issue #8 contra ${DIST} (next start, ERP de demonstração)`);
    await bigBodies(server, action);
    await pdfFlood(action);
    await enumeration(action);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
