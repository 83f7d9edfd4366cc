import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { openDb } from '@/lib/store/db';
import { migrate } from '@/lib/store/migrate';
import { staffRepositoryContract } from './repository-contract.test-util';
import { createSqlStaffRepository } from './sql-repository';

/** The SQL staff repository on a fresh, migrated SQLite file per test (PostgreSQL runs the same Kysely queries). */
const dir = mkdtempSync(join(tmpdir(), 'totem-staff-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SQL staff repository (SQLite)', () => {
  staffRepositoryContract(async () => {
    const db = openDb({ engine: 'sqlite', file: join(dir, `s${++n}.db`) });
    await migrate(db);
    return createSqlStaffRepository(db.kysely);
  });
});
