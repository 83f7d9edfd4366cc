import { createDemoErp } from '@/lib/erp/demo';
import { runErpContractTests } from './erp';
import { DEMO_FIXTURES } from './fixtures';

const adapter = createDemoErp();

// In-process: no transport, so the failure-mode tests skip themselves.
runErpContractTests({ name: 'demo', adapter: () => adapter, fixtures: DEMO_FIXTURES });
