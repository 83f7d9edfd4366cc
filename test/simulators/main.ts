/**
 * Runs a simulator as its own process, for Playwright's webServer and the benchmark:
 *   node --import tsx test/simulators/main.ts <system> --port 4301 [--latency 20] [--token T]
 * Systems: the ERPs `ixc`, `http-contract`; the CRMs `perfex` (WON API, Themesic and API & Webhooks over one
 * Perfex), `vtiger` (--token is the user's access key), `gestor-clientes-max` (--token is the API key);
 * and `cep` (ViaCEP and BrasilAPI in one server).
 * Prints one line `ready <baseUrl>` when listening; control it through its `/__sim/*` backdoors.
 */
import { startCepSimulator } from './cep/server';
import { startGestorSimulator } from './gestor-clientes-max/server';
import { startHttpContractSimulator } from './http-contract/server';
import { startIxcSimulator } from './ixc/server';
import { startPerfexSimulator } from './perfex/server';
import { startVtigerSimulator } from './vtiger/server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const system = process.argv[2];
const port = Number(arg('port') ?? '0');
const latencyMs = Number(arg('latency') ?? '0');
const token = arg('token');

const STARTERS: Record<string, () => Promise<{ url: string; close(): Promise<void> }>> = {
  ixc: () => startIxcSimulator({ port, latencyMs, token }),
  'http-contract': () => startHttpContractSimulator({ port, latencyMs, token }),
  perfex: () => startPerfexSimulator({ port, latencyMs }),
  vtiger: () => startVtigerSimulator({ port, latencyMs, accessKey: token }),
  'gestor-clientes-max': () => startGestorSimulator({ port, latencyMs, token }),
  cep: () => startCepSimulator({ port, latencyMs }),
};

async function main(): Promise<void> {
  const start = system ? STARTERS[system] : undefined;
  if (!start) {
    console.error(`uso: main.ts <${Object.keys(STARTERS).join('|')}> --port N [--latency ms] [--token T]`);
    process.exit(2);
  }
  const sim = await start();
  console.log(`ready ${sim.url}`);
  process.on('SIGTERM', () => void sim.close().then(() => process.exit(0)));
}

void main();
