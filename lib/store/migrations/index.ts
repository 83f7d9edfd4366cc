import { m0001 } from './0001_inicial';
import { m0002 } from './0002_balcao';
import { m0003 } from './0003_rate_events';
import type { Migration } from './types';

export type { Migration } from './types';

/**
 * Every migration, in order. To change the schema: add `NNNN_nome.ts` beside this file exporting a `Migration`
 * with the next version, add one line here, and add its tables to lib/store/schema.ts.
 */
export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003];
