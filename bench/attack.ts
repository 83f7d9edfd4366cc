import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { percentile, waitForServer } from './lib';

/**
 * The black-box attacks of issue #8, replayed against a production build (`next start`, demo ERP), printing
 * figures: the server's memory under 48 parallel 12 MB POSTs, how many lookups a client rotating or omitting
 * the kiosk cookie gets through in 20 s, and another totem's identification time while one session floods the
 * PDF route. Run after a build: `NEXT_DIST_DIR=.next node --import tsx bench/attack.ts` (BENCH_PORT to move it).
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
  for (const chunked of [false, true]) {
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
    console.log(
      `  48 × POST 12 MB ${chunked ? 'chunked' : 'com Content-Length'}: respostas ${JSON.stringify(counts)}`,
    );
  }
  clearInterval(sampler);
  console.log(`  memória do servidor: antes ${mb(before)}, pico ${mb(peak)} (+${mb(peak - before)})`);
}

async function enumeration(action: string): Promise<void> {
  const docs = ['52998224725', '11222333000181', '11144477735', '93541134780', '24681357928'];
  const headers = {
    'next-action': action,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
  };
  let found = 0;
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
    tries += 1;
  }
  console.log(`  20 s girando/omitindo o cookie: ${tries} consultas, ${found} com cliente encontrado`);
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
  console.log(
    `  /cliente de outro totem com uma sessão pedindo 16 PDFs em paralelo: mediana ${percentile(timings, 50).toFixed(0)} ms, p90 ${percentile(timings, 90).toFixed(0)} ms; respostas aos PDFs ${JSON.stringify(statuses)}`,
  );
}

async function main(): Promise<void> {
  const action = identificationActionId();
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(PORT)],
    {
      env: { ...process.env, NEXT_DIST_DIR: DIST, LOG_LEVEL: 'silent', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  try {
    await waitForServer(`${BASE}/api/health`, 60_000);
    console.log(`\nAtaques do issue #8 contra ${DIST} (next start, ERP de demonstração)`);
    await bigBodies(server, action);
    await pdfFlood(action);
    await enumeration(action);
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
