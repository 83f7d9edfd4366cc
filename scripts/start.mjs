#!/usr/bin/env node
// `npm start`: builds the app when there is no build yet, or when the sources changed since the last one,
// then serves it with `next start`. PORT and HOST are honoured (defaults 3000 and 127.0.0.1: a totem talks to
// its own server; HOST=0.0.0.0 serves other machines too, an explicit choice — README "Segurança").
import { spawnSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostFrom } from './listen.mjs';

const root = new URL('..', import.meta.url).pathname;
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
const hash = hashSources();
const built =
  existsSync(join(root, distDir, 'BUILD_ID')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === hash;
if (!built) {
  console.log('[totem] gerando a versão de produção (next build)…');
  const r = spawnSync(process.execPath, [next, 'build', '--webpack'], { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stampFile, hash);
}

const args = [next, 'start', '-p', port];
args.push('-H', hostFrom(process.env));
const child = spawn(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
