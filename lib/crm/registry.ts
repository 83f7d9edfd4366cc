import 'server-only';
import { getConfig, type AppConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { createDemoCrm } from './demo';
import { createGestorCrm, gestorOptionsFrom } from './gestor-clientes-max';
import { createPerfexRestCrm, perfexRestOptionsFrom } from './perfex-rest';
import { createWonCrm, wonOptionsFrom } from './perfex-won';
import { createVtigerCrm, vtigerOptionsFrom } from './vtiger';
import type { CrmAdapter } from './port';

/**
 * slug → factory (like lib/erp/registry.ts). A new CRM = one folder under lib/crm + one line here + one
 * contract test file. Factories receive the parsed configuration; they never read process.env.
 * `none` has no adapter: "Meus dados" is hidden.
 */
type Slug = Exclude<AppConfig['crm']['adapter'], 'none'>;

const FACTORIES: Record<Slug, (config: AppConfig) => CrmAdapter> = {
  demo: () => createDemoCrm(),
  'gestor-clientes-max': (config) => createGestorCrm(gestorOptionsFrom(config)),
  vtiger: (config) => createVtigerCrm(vtigerOptionsFrom(config)),
  'perfex-won': (config) => createWonCrm(wonOptionsFrom(config)),
  'perfex-rest': (config) => createPerfexRestCrm(perfexRestOptionsFrom(config)),
};

/** Process-wide holder: pages, actions and route handlers share one adapter (its session, its breaker). */
const holder = () => processSingleton('crm-adapter', (): { adapter?: CrmAdapter | null } => ({}));

/** The configured CRM adapter (one per process), or null when CRM_ADAPTER=none. */
export function getCrm(): CrmAdapter | null {
  const h = holder();
  if (h.adapter === undefined) {
    const config = getConfig();
    const slug = config.crm.adapter;
    if (slug === 'none') {
      h.adapter = null;
    } else {
      h.adapter = FACTORIES[slug](config);
    }
  }
  return h.adapter;
}

/** Tests only: replace the process-wide adapter (`undefined` = build it again from the config). */
export function setCrmForTests(adapter: CrmAdapter | null | undefined): void {
  holder().adapter = adapter;
}
