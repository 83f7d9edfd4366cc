import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Libsql from 'libsql';
import { PORT_OFFSET } from './env';

/** The real server binary with a bad environment: it must refuse to start and name the variable. */
function startWith(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(3199 + PORT_OFFSET)],
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

test('a database migrated by a newer Totem stops start-up with a clear message and is left untouched', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'totem-e2e-schema-'));
  try {
    const file = join(dir, 'totem.db');
    const db = new Libsql(file);
    db.exec(
      'create table schema_migrations (version integer primary key, name text not null, applied_at bigint not null)',
    );
    db.exec("insert into schema_migrations values (1, 'inicial', 0), (99, 'do_futuro', 0)");
    db.close();
    const r = await startWith({ DATABASE_FILE: file });
    expect(r.code).toBe(1);
    expect(r.output).toContain('O banco de dados está na versão 99 do esquema, mais nova que a deste código');
    const after = new Libsql(file);
    const tables = after.prepare("select name from sqlite_master where type = 'table'").all() as {
      name: string;
    }[];
    after.close();
    expect(tables.map((t) => t.name)).toEqual(['schema_migrations']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
