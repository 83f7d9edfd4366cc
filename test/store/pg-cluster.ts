/**
 * A private PostgreSQL for tests: TEST_DATABASE_URL when set (CI starts one in .ci/run), otherwise a throwaway
 * cluster started here from Debian's binaries (initdb/pg_ctl in /usr/lib/postgresql/<v>/bin) on a free port,
 * with its data in a temp dir, stopped and removed by `stop()`. Each suite gets its own database.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** URL of a fresh, empty database for this suite. */
  url: string;
  /** A URL for another fresh database (multi-database tests). */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  throw new Error(
    'PostgreSQL não encontrado: defina TEST_DATABASE_URL ou instale o pacote `postgresql` (apt-get install -y postgresql).',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function asPostgresUser(cmd: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' });
  else execFileSync(cmd, args, { stdio: 'pipe' });
}

export interface PrivateCluster {
  adminUrl: string;
  /** Stops the server but keeps its data (to test "database down"); `resume()` starts it again, same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/** A throwaway cluster of our own (even when TEST_DATABASE_URL is set: a test that stops it needs its own). */
export async function startCluster(): Promise<PrivateCluster> {
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'totem-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgresUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const start = () =>
    asPostgresUser(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      'start',
    ]);
  start();
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async pause() {
      asPostgresUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    async resume() {
      start();
    },
    async stop() {
      try {
        asPostgresUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const given = process.env.TEST_DATABASE_URL;
  const cluster = given ? null : await startCluster();
  const adminUrl = given ?? cluster?.adminUrl ?? '';
  const created: string[] = [];
  const newDatabase = async (): Promise<string> => {
    const name = `totem_test_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`create database ${name}`);
    } finally {
      await client.end();
    }
    created.push(name);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const url = await newDatabase();
  return {
    url,
    newDatabase,
    async stop() {
      if (cluster) return cluster.stop();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        for (const name of created) await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
