/**
 * Opens the configured store: connects, migrates (refusing a newer schema), resolves the audit key. Shared by
 * the server (lib/store/index.ts) and the CLI scripts (scripts/db-*.ts), so no `server-only` here.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { AppConfig } from '@/lib/config';
import { openDb } from './db';
import { migrate, type MigrateResult } from './migrate';
import type { Db } from './schema';
import { createSqlStore } from './sql-store';

export type SqlStore = ReturnType<typeof createSqlStore>;

const KEY_META = 'audit_key_demo';
const KEY_ID_META = 'audit_key_id';
export const IDEMPOTENCY_RETENTION_DAYS = 30;

export interface OpenedStore {
  store: SqlStore;
  db: Db;
  migration: MigrateResult;
  /** Messages for the start-up log (pt-BR). */
  warnings: string[];
  close(): Promise<void>;
}

/** Keyed hash of a customer document for the audit trail: the same document always maps to the same hash. */
export function hashDocumento(key: string, documento: string): string {
  return createHmac('sha256', key).update(`documento:${documento}`).digest('base64url');
}

export async function openStore(config: AppConfig): Promise<OpenedStore> {
  const db = openDb(config.store.target);
  try {
    const migration = await migrate(db);
    const warnings: string[] = [];
    const auditKey = await resolveAuditKey(db, config.store.auditKey, warnings);
    const store = createSqlStore(db, {
      auditKey,
      hashDocumento: (doc) => hashDocumento(auditKey, doc),
      auditRetentionDays: config.store.auditRetentionDays,
      idempotencyRetentionDays: IDEMPOTENCY_RETENTION_DAYS,
      sessionLimits: sessionLimitsFrom(config),
    });
    return { store, db, migration, warnings, close: () => db.kysely.destroy() };
  } catch (error) {
    await db.kysely.destroy().catch(() => {});
    throw error;
  }
}

/** The server-side session limits: the client's idle reset plus a grace for a slow network; absolute max. */
export function sessionLimitsFrom(config: AppConfig): { idleMs: number; maxMs: number } {
  return {
    // The client's longest idle reset (the fatura/Pix screen's) plus its warning and a grace for a slow network.
    idleMs:
      (Math.max(config.kiosk.idleSeconds, config.kiosk.faturaIdleSeconds) +
        config.kiosk.idleWarningSeconds +
        30) *
      1000,
    maxMs: config.session.maxSeconds * 1000,
  };
}

/**
 * AUDIT_KEY when set; otherwise (demo, zero configuration) a random key created once and kept in the database,
 * which keeps the chain verifiable across restarts but lets whoever can write the database recompute it.
 * A fingerprint of the key in use is recorded, so a changed AUDIT_KEY is reported instead of silently making
 * the existing trail unverifiable.
 */
async function resolveAuditKey(db: Db, configured: string | null, warnings: string[]): Promise<string> {
  const k = db.kysely;
  let key = configured;
  if (!key) {
    const fresh = randomBytes(32).toString('base64url');
    await k
      .insertInto('store_meta')
      .values({ key: KEY_META, value: fresh })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await k
      .selectFrom('store_meta')
      .select('value')
      .where('key', '=', KEY_META)
      .executeTakeFirstOrThrow();
    key = row.value;
    warnings.push(
      'AUDIT_KEY não definida: a trilha de auditoria usa uma chave guardada no próprio banco (ok para demonstração; em produção defina AUDIT_KEY).',
    );
  }
  const id = createHmac('sha256', key).update('totem.audit.key-id').digest('base64url').slice(0, 16);
  await k
    .insertInto('store_meta')
    .values({ key: KEY_ID_META, value: id })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const recorded = await k
    .selectFrom('store_meta')
    .select('value')
    .where('key', '=', KEY_ID_META)
    .executeTakeFirstOrThrow();
  if (recorded.value !== id) {
    warnings.push(
      'AUDIT_KEY diferente da usada antes neste banco: os registros antigos da auditoria não vão conferir em `npm run audit:verify` e as buscas por documento não os encontram. Volte a chave anterior.',
    );
  }
  return key;
}
