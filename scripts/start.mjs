#!/usr/bin/env node
// `npm start`: builds the app when there is no build yet, or when the sources changed since the last one,
// then serves it with `next start`. PORT and HOST are honoured (defaults 3000 and 127.0.0.1: a totem talks to
// its own server; HOST=0.0.0.0 serves other machines too, an explicit choice — README "Segurança"), from the
// environment or from .env / .env.production / .env.local, the files Next itself reads.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { hostFrom } from './listen.mjs';

const root = new URL('..', import.meta.url).pathname;

// The same loader Next uses (@next/env, a dependency of next), so `npm start` sees what the app sees; a variable
// already in the environment wins over the files. Resolved through next: it is not our own dependency.
const requireFromNext = createRequire(createRequire(import.meta.url).resolve('next/package.json'));
requireFromNext('@next/env').loadEnvConfig(root, false, { info: () => {}, error: console.error });

const distDir = process.env.NEXT_DIST_DIR || '.next';
const stampFile = join(root, distDir, 'totem-source-hash');
const SOURCES = [
  'app',
  'components',
  'lib',
  'public',
  'next.config.mjs',
  'proxy.ts',
  'instrumentation.ts',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];
const next = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function hashSources() {
  const h = createHash('sha256');
  const walk = (p) => {
    const full = join(root, p);
    if (!existsSync(full)) return;
    const st = statSync(full);
    if (st.isDirectory()) {
      for (const name of readdirSync(full).sort()) if (!name.endsWith('.test.ts')) walk(join(p, name));
    } else {
      h.update(p);
      h.update(readFileSync(full));
    }
  };
  SOURCES.forEach(walk);
  return h.digest('hex');
}

const port = process.env.PORT || '3000';
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(
    `[totem] Configuração inválida:\n  - PORT: deve ser um número de porta (1–65535), recebido "${port}"`,
  );
  process.exit(1);
}
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/**
 * The child running now (build, then server). A process manager stops `npm start` with SIGTERM (or a person
 * with Ctrl-C): the signal goes on to the child, and this process ends when it has, so no next-server is left
 * behind. A child that ignores it is killed after 10 s.
 */
let child = null;
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) process.exit(0);
    if (stopping) return;
    stopping = true;
    child.kill(sig);
    setTimeout(() => child?.kill('SIGKILL'), 10_000).unref();
  });
}

// npm runs this script through `sh -c`; on SIGTERM npm signals the shell, which dies without passing the signal
// on, and this process is left orphaned (measured: next-server kept running). An orphan's parent changes: stop
// the server then, as for a signal.
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) process.emit('SIGTERM', 'SIGTERM');
}, 500).unref();

function run(args) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

const hash = hashSources();
const built =
  existsSync(join(root, distDir, 'BUILD_ID')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === hash;
if (!built) {
  console.log(
    '[totem] gerando a versão de produção (next build). Na primeira vez leva alguns minutos (3–8 min numa ' +
      'máquina de 2 núcleos), com trechos longos sem mensagens; o progresso aparece abaixo.',
  );
  const started = Date.now();
  const ticker = setInterval(() => {
    const s = Math.round((Date.now() - started) / 1000);
    console.log(`[totem] compilando… ${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`);
  }, 20_000);
  const r = await run([next, 'build', '--webpack']);
  clearInterval(ticker);
  if (stopping) process.exit(0);
  if (r.code !== 0) process.exit(r.code ?? 1);
  writeFileSync(stampFile, hash);
  console.log(`[totem] build pronto em ${Math.round((Date.now() - started) / 1000)} s`);
}

const args = [next, 'start', '-p', port];
args.push('-H', hostFrom(process.env));
const r = await run(args);
process.exit(stopping ? 0 : (r.code ?? 0));
