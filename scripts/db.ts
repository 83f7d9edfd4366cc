/**
 * Store maintenance from the command line (same configuration as the server: the environment / .env):
 *   npm run db:migrate          apply pending migrations (the server also does it at start-up)
 *   npm run db:backup [file]    consistent copy of the SQLite file while the app runs (VACUUM INTO)
 *   npm run audit:verify        walk the audit chain: exit 0 when intact, 1 with the first problem otherwise
 *   npm run audit:prune         remove audit rows past AUDIT_RETENTION_DAYS (leaving a checkpoint)
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sql } from 'kysely';
import { ConfigError, loadConfig } from '@/lib/config';
import { openDb } from '@/lib/store/db';
import { migrate, SchemaTooNewError } from '@/lib/store/migrate';
import { openStore } from '@/lib/store/open';

const DAY_MS = 86_400_000;

async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  const config = loadConfig(process.env);
  const { target } = config.store;
  const where = target.engine === 'sqlite' ? target.file : new URL(target.url).host;

  switch (command) {
    case 'migrate': {
      const db = openDb(target);
      try {
        const r = await migrate(db);
        console.log(
          r.applied.length > 0
            ? `[totem] ${where}: esquema v${r.from} → v${r.to} (${r.applied.join(', ')})`
            : `[totem] ${where}: esquema já está na versão ${r.to}`,
        );
        return 0;
      } finally {
        await db.kysely.destroy();
      }
    }
    case 'backup': {
      if (target.engine !== 'sqlite') {
        console.error(
          '[totem] com DATABASE_URL o banco é PostgreSQL: faça o back-up com pg_dump (veja o README, "Back-up").',
        );
        return 2;
      }
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
      const dest = resolve(arg ?? join(config.store.dataDir, 'backups', `totem-${stamp}.db`));
      if (existsSync(dest)) {
        console.error(`[totem] ${dest} já existe: escolha outro nome.`);
        return 2;
      }
      mkdirSync(dirname(dest), { recursive: true });
      const db = openDb(target);
      try {
        // VACUUM INTO reads one consistent snapshot (WAL: the running app keeps writing meanwhile) and writes
        // a compact, self-contained database file.
        await sql`vacuum into ${dest}`.execute(db.kysely);
      } finally {
        await db.kysely.destroy();
      }
      console.log(`[totem] back-up gravado em ${dest}`);
      return 0;
    }
    case 'audit:verify':
    case 'audit:prune': {
      const opened = await openStore(config);
      try {
        for (const w of opened.warnings) console.warn(`[totem] ${w}`);
        if (command === 'audit:prune') {
          const days = config.store.auditRetentionDays;
          if (days === 0) {
            console.log('[totem] AUDIT_RETENTION_DAYS=0: a trilha é mantida para sempre, nada a remover.');
            return 0;
          }
          const n = await opened.store.audit.prune(Date.now() - days * DAY_MS);
          console.log(`[totem] ${n} registro(s) da auditoria com mais de ${days} dias removido(s).`);
          return 0;
        }
        const r = await opened.store.audit.verify();
        if (r.ok) {
          const range = r.rows > 0 ? ` (registros ${r.firstSeq}–${r.lastSeq})` : '';
          const cut = r.checkpointSeq !== null ? `; limpeza até o registro ${r.checkpointSeq}` : '';
          console.log(`[totem] trilha de auditoria íntegra: ${r.rows} registro(s)${range}${cut}.`);
          return 0;
        }
        console.error(
          `[totem] TRILHA DE AUDITORIA ADULTERADA: ${r.problem}${r.seq !== null ? ` (registro ${r.seq})` : ''}; ${r.rows} registro(s) conferidos antes disso.`,
        );
        return 1;
      } finally {
        await opened.close();
      }
    }
    default:
      console.error(
        'uso: node --import tsx scripts/db.ts migrate | backup [arquivo] | audit:verify | audit:prune',
      );
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof SchemaTooNewError)
      console.error(`[totem] ${error.message}`);
    else
      console.error(
        `[totem] falhou: ${error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? error.message}` : 'erro'}`,
      );
    process.exit(1);
  },
);
