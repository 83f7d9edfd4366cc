/**
 * Runs a simulator as its own process, for Playwright's webServer and the benchmark:
 *   node --import tsx test/simulators/main.ts <ixc|http-contract> --port 4301 [--latency 20] [--token T]
 * Prints one line `ready <baseUrl>` when listening; control it through its `/__sim/*` backdoors.
 */
import { startHttpContractSimulator } from './http-contract/server';
import { startIxcSimulator } from './ixc/server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const system = process.argv[2];
const port = Number(arg('port') ?? '0');
const latencyMs = Number(arg('latency') ?? '0');
const token = arg('token');

async function main(): Promise<void> {
  if (system === 'ixc') {
    const sim = await startIxcSimulator({ port, latencyMs, token });
    console.log(`ready ${sim.url}`);
    process.on('SIGTERM', () => void sim.close().then(() => process.exit(0)));
  } else if (system === 'http-contract') {
    const sim = await startHttpContractSimulator({ port, latencyMs, token });
    console.log(`ready ${sim.url}`);
    process.on('SIGTERM', () => void sim.close().then(() => process.exit(0)));
  } else {
    console.error('uso: main.ts <ixc|http-contract> --port N [--latency ms] [--token T]');
    process.exit(2);
  }
}

void main();
