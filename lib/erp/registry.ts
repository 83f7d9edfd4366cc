import 'server-only';
import { getConfig, type AppConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
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

/** Process-wide holder: pages, actions and route handlers must share one adapter (and its circuit breaker). */
const holder = () => processSingleton('erp-adapter', (): { adapter?: ErpAdapter } => ({}));

/** The configured ERP adapter (one per process). */
export function getErp(): ErpAdapter {
  const h = holder();
  if (!h.adapter) {
    const config = getConfig();
    h.adapter = FACTORIES[config.erpAdapter](config);
  }
  return h.adapter;
}

/** Tests only: replace the process-wide adapter. */
export function setErpForTests(adapter: ErpAdapter | undefined): void {
  holder().adapter = adapter;
}
