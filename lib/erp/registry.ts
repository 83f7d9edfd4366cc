import 'server-only';
import { getConfig, type AppConfig } from '@/lib/config';
import { createDemoErp } from './demo';
import { createHttpContractErp } from './http-contract';
import { httpContractOptionsFrom } from './http-contract/from-config';
import { createIxcErp } from './ixc';
import { ixcOptionsFrom } from './ixc/from-config';
import type { ErpAdapter } from './port';

/**
 * slug → factory. A new ERP = one folder under lib/erp + one line here + one contract test file.
 * Factories receive the parsed configuration; they never read process.env.
 */
const FACTORIES: Record<AppConfig['erpAdapter'], (config: AppConfig) => ErpAdapter> = {
  demo: () => createDemoErp(),
  'http-contract': (config) => createHttpContractErp(httpContractOptionsFrom(config)),
  ixc: (config) => createIxcErp(ixcOptionsFrom(config)),
};

let instance: ErpAdapter | undefined;

/** The configured ERP adapter (one per process). */
export function getErp(): ErpAdapter {
  if (!instance) {
    const config = getConfig();
    instance = FACTORIES[config.erpAdapter](config);
  }
  return instance;
}

/** Tests only: replace the process-wide adapter. */
export function setErpForTests(adapter: ErpAdapter | undefined): void {
  instance = adapter;
}
