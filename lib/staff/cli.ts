import { DomainError, messageFor } from '@/lib/domain/errors';
import { PasswordPolicyError, type StaffAuth } from './auth';
import { passwordProblems } from './password';

/**
 * `npm run staff -- <command>`: the desk's command line. `create-admin` creates an administrator with a
 * password the operator types (twice, hidden) or pipes in with --password-stdin; there is no default password.
 */
export interface CliIo {
  args: string[];
  /** Asks for a line; `hidden` for passwords (no echo). */
  ask(question: string, hidden: boolean): Promise<string>;
  /** The whole of stdin (for --password-stdin). */
  readStdin(): Promise<string>;
  out(line: string): void;
  err(line: string): void;
}

const PROBLEMS: Record<string, string> = {
  curta: 'use pelo menos 12 caracteres',
  longa: 'use no máximo 128 caracteres',
  contem_usuario: 'a senha não pode conter o nome de usuário',
  comum: 'esta senha é comum demais',
  pouco_variada: 'use pelo menos 5 caracteres diferentes',
};

const USAGE = `Uso:
  npm run staff -- create-admin [--username NOME] [--nome "Nome Completo"] [--password-stdin]

Cria um administrador do balcão (/balcao). A senha é digitada duas vezes (sem eco) ou lida da entrada padrão
com --password-stdin (uma linha). Não existe senha padrão.`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function runStaffCli(io: CliIo, auth: StaffAuth): Promise<number> {
  const [command, ...rest] = io.args;
  if (command !== 'create-admin') {
    io.err(USAGE);
    return command === undefined || command === '--help' ? 0 : 2;
  }
  const username = option(rest, '--username') ?? (await io.ask('Usuário (ex.: ana.souza): ', false));
  const nome = option(rest, '--nome') ?? (await io.ask('Nome completo: ', false));
  let password: string;
  if (rest.includes('--password-stdin')) {
    password = (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  } else {
    for (;;) {
      password = await io.ask('Senha (mín. 12 caracteres): ', true);
      const problems = passwordProblems(password, username.trim().toLowerCase());
      if (problems.length > 0) {
        io.err(`Senha recusada: ${problems.map((p) => PROBLEMS[p] ?? p).join('; ')}.`);
        continue;
      }
      if ((await io.ask('Repita a senha: ', true)) !== password) {
        io.err('As senhas não são iguais.');
        continue;
      }
      break;
    }
  }
  try {
    const user = await auth.createAdminFromCli({ username, nome, password });
    io.out(`Administrador "${user.username}" criado. Entre em /balcao/entrar.`);
    return 0;
  } catch (error) {
    if (error instanceof PasswordPolicyError) {
      io.err(`Senha recusada: ${error.problems.map((p) => PROBLEMS[p] ?? p).join('; ')}.`);
      return 1;
    }
    if (error instanceof DomainError) {
      io.err(messageFor(error.code));
      return 1;
    }
    throw error;
  }
}
