import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { PORT_OFFSET } from './env';

/**
 * `npm start` (scripts/start.mjs) as a process manager runs it: PORT from .env, build progress, and a SIGTERM to
 * npm that stops the server too. The real scripts run in a scratch tree whose `next` is a stand-in (an HTTP
 * server that reports the signals it gets), so no build is needed.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = 3195 + PORT_OFFSET;

const FAKE_NEXT = `#!/usr/bin/env node
const http = require('node:http');
const fs = require('node:fs');
const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'build') {
  fs.mkdirSync('.next', { recursive: true });
  fs.writeFileSync('.next/BUILD_ID', 'fake');
  process.exit(0);
}
const port = Number(args[args.indexOf('-p') + 1]);
const host = args[args.indexOf('-H') + 1];
const server = http.createServer((_, res) => res.end('fake-next ' + process.pid)).listen(port, host, () =>
  console.log('fake-next ouvindo ' + host + ':' + port),
);
process.on('SIGTERM', () => {
  fs.writeFileSync('next-got-signal', 'SIGTERM');
  server.close(() => process.exit(0));
});
`;

let dir = '';
let npm: ChildProcess | undefined;

test.beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'totem-start-'));
  mkdirSync(path.join(dir, 'scripts'));
  for (const f of ['start.mjs', 'listen.mjs'])
    copyFileSync(path.join(root, 'scripts', f), path.join(dir, 'scripts', f));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'totem-start-test',
      type: 'module',
      scripts: { start: 'node scripts/start.mjs' },
    }),
  );
  const next = path.join(dir, 'node_modules', 'next');
  mkdirSync(path.join(next, 'dist', 'bin'), { recursive: true });
  writeFileSync(path.join(next, 'package.json'), JSON.stringify({ name: 'next', version: '0.0.0' }));
  writeFileSync(path.join(next, 'dist', 'bin', 'next'), FAKE_NEXT);
  // The real @next/env, as Next itself loads .env files.
  symlinkSync(path.join(root, 'node_modules', '@next'), path.join(dir, 'node_modules', '@next'));
  writeFileSync(path.join(dir, '.env'), `PORT=${PORT}\n`);
});

test.afterEach(() => {
  // On failure: end the whole group this test started (npm, start.mjs, the stand-in), not only npm.
  if (npm?.pid && npm.exitCode === null && npm.signalCode === null) {
    try {
      process.kill(-npm.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function get(url: string): Promise<string | null> {
  try {
    return await (await fetch(url)).text();
  } catch {
    return null;
  }
}

test.setTimeout(120_000);

test('npm start takes PORT from .env, says it is building, and a SIGTERM to npm stops the server', async () => {
  const env = { ...process.env };
  delete env.PORT;
  // Its own process group, so a failed test can clean up everything it started.
  npm = spawn('npm', ['start'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  npm.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  npm.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  // npm itself takes seconds to start on a loaded machine.
  await expect.poll(() => get(`http://127.0.0.1:${PORT}/`), { timeout: 60_000 }).toMatch(/^fake-next \d+$/);
  expect(output).toContain('gerando a versão de produção');
  expect(output).toContain('alguns minutos');
  expect(output).toContain(`fake-next ouvindo 127.0.0.1:${PORT}`);

  const exited = new Promise<number | null>((resolve) => npm?.on('exit', (code) => resolve(code)));
  npm.kill('SIGTERM');
  await exited;
  // The server got the signal and is gone: nothing listens on the port any more.
  await expect.poll(() => get(`http://127.0.0.1:${PORT}/`), { timeout: 10_000 }).toBeNull();
  expect(readFileSync(path.join(dir, 'next-got-signal'), 'utf8')).toBe('SIGTERM');
});
