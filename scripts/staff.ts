// `npm run staff -- create-admin`: see lib/staff/cli.ts. Runs with the react-server condition so server-only
// modules load outside Next, against the same store the server uses.
import { createInterface } from 'node:readline';
import { runStaffCli, type CliIo } from '@/lib/staff/cli';
import { getStaffAuth } from '@/lib/staff/server';

function ask(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY,
    });
    if (hidden && process.stdin.isTTY) {
      // No echo: readline writes nothing of what is typed after the question.
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(question)) write.call(rl, question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden && process.stdin.isTTY) process.stdout.write('\n');
      resolve(answer);
    });
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  args: process.argv.slice(2),
  ask,
  readStdin,
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

runStaffCli(io, await getStaffAuth()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Erro inesperado:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
