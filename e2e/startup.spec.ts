import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';

/** The real server binary with a bad environment: it must refuse to start and name the variable. */
function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', '3199'],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('an invalid configuration stops start-up with a message naming the variable', async () => {
  const bad = await startWith({ KIOSK_IDLE_SECONDS: 'um minuto', SESSION_SECRET: 'curta' });
  expect(bad.code).toBe(1);
  expect(bad.output).toContain('Configuração inválida');
  expect(bad.output).toContain('KIOSK_IDLE_SECONDS');
  expect(bad.output).toContain('SESSION_SECRET: precisa ter pelo menos 32 caracteres');

  const ixc = await startWith({ ERP_ADAPTER: 'ixc' });
  expect(ixc.code).toBe(1);
  expect(ixc.output).toContain('IXC_URL');
});
