import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StaffRole } from '@/lib/staff/roles';

/**
 * The desk's access rules, table-driven: every page, route handler and server action under the desk is listed
 * here with the least role that may use it, and each is called without a session, with a too-low role and
 * with a temporary password not yet changed. A new desk route or action that is not in the table fails the
 * first tests; one that is in the table but forgets its check fails the others.
 */

type Access = StaffRole | 'public';

const PAGES: Record<string, Access> = {
  'balcao/entrar/page.tsx': 'public',
  'balcao/page.tsx': 'atendente',
  'balcao/senha/page.tsx': 'atendente',
  'balcao/cliente/[ref]/page.tsx': 'atendente',
  'balcao/admin/usuarios/page.tsx': 'admin',
  'balcao/admin/totens/page.tsx': 'admin',
  'balcao/auditoria/page.tsx': 'supervisor',
  'balcao/logins-bloqueados/page.tsx': 'supervisor',
  // Only ever answers the desk's 404 (not-found.tsx beside it): nothing behind it to protect.
  'balcao/[...resto]/page.tsx': 'public',
};

const ROUTES: Record<string, Access> = {
  'balcao/cliente/[ref]/fatura/[id]/pdf/route.ts': 'atendente',
  'balcao/cliente/[ref]/fatura/[id]/banco/route.ts': 'atendente',
  'balcao/cliente/[ref]/nota/[id]/route.ts': 'atendente',
  'balcao/auditoria/csv/route.ts': 'supervisor',
};

const ACTIONS: Record<string, Record<string, Access>> = {
  'auth.ts': {
    entrarAction: 'public',
    sairAction: 'atendente',
    sairDeTodosAction: 'atendente',
    trocarSenhaAction: 'atendente',
  },
  'clientes.ts': { buscarClienteAction: 'atendente', registrarCopiaAction: 'atendente' },
  'cadastro.ts': { editarCadastroBalcaoAction: 'atendente' },
  'auditoria.ts': {
    filtrarAuditoriaAction: 'supervisor',
    desbloquearDocumentoAction: 'supervisor',
    desbloquearConsultasAction: 'supervisor',
  },
  'logins.ts': { liberarLoginAction: 'supervisor' },
  'totens.ts': { renomearTotemAction: 'admin', alterarStatusTotemAction: 'admin' },
  'admin.ts': {
    criarUsuarioAction: 'admin',
    redefinirSenhaAction: 'admin',
    alterarPerfilAction: 'admin',
    alterarStatusUsuarioAction: 'admin',
  },
};

/** Reachable while a temporary password is pending (everything else must send to the change). */
const DURING_PASSWORD_CHANGE = new Set([
  'balcao/senha/page.tsx',
  'sairAction',
  'sairDeTodosAction',
  'trocarSenhaAction',
]);

const ROOT = join(__dirname, '..', '..');
const STAFF_APP = join(ROOT, 'app', '(staff)');
const DESK_ACTIONS = join(ROOT, 'lib', 'actions', 'desk');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

// ——— a cookie jar standing in for next/headers ———
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (opt: string | { name: string }) => void jar.delete(typeof opt === 'string' ? opt : opt.name),
  }),
  headers: async () => new Headers(),
}));

const RANK: Record<StaffRole, number> = { atendente: 1, supervisor: 2, admin: 3 };
const BELOW: Record<StaffRole, StaffRole | null> = {
  atendente: null,
  supervisor: 'atendente',
  admin: 'supervisor',
};

const tokens: Partial<Record<StaffRole | 'temporaria', string>> = {};

beforeAll(async () => {
  const { getStaffRepository } = await import('@/lib/staff/server');
  const { hashToken } = await import('@/lib/staff/auth');
  const { hashPassword } = await import('@/lib/staff/password');
  const repo = await getStaffRepository();
  const passwordHash = await hashPassword('irrelevante-aqui', { log2N: 10, r: 8, p: 1 });
  const users: [StaffRole | 'temporaria', StaffRole, boolean][] = [
    ['atendente', 'atendente', false],
    ['supervisor', 'supervisor', false],
    ['admin', 'admin', false],
    ['temporaria', 'admin', true],
  ];
  for (const [key, role, mustChangePassword] of users) {
    const user = await repo.createUser(
      {
        id: randomUUID(),
        username: `u-${key}`,
        nome: key,
        role,
        passwordHash,
        mustChangePassword,
        disabled: false,
      },
      Date.now(),
    );
    const token = randomBytes(32).toString('base64url');
    await repo.createSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: Date.now(),
      lastSeen: Date.now(),
    });
    tokens[key] = token;
  }
});

function actAs(who: StaffRole | 'temporaria' | null): void {
  jar.clear();
  const token = who ? tokens[who] : undefined;
  if (token) jar.set('totem_balcao', token);
}

/** Runs a page; returns the redirect target it threw, or null when it rendered. */
async function pageOutcome(file: string): Promise<string | null> {
  const mod = (await import(/* @vite-ignore */ join(STAFF_APP, file))) as {
    default: (props: unknown) => Promise<unknown>;
  };
  try {
    await mod.default({
      params: Promise.resolve({ ref: 'ref-invalida', id: '1' }),
      searchParams: Promise.resolve({}),
    });
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2] ?? '';
    throw error;
  }
}

async function routeStatus(file: string): Promise<number> {
  const mod = (await import(/* @vite-ignore */ join(STAFF_APP, file))) as Record<
    string,
    (req: Request, ctx: unknown) => Promise<Response>
  >;
  const get = mod.GET;
  if (!get) throw new Error(`${file} has no GET`);
  const res = await get(new Request('http://127.0.0.1/balcao/x'), {
    params: Promise.resolve({ ref: 'ref-invalida', id: '1' }),
  });
  return res.status;
}

async function actionCode(file: string, name: string): Promise<string | null> {
  const mod = (await import(/* @vite-ignore */ join(DESK_ACTIONS, file))) as Record<
    string,
    (...args: unknown[]) => Promise<{ ok: boolean; code?: string }>
  >;
  const fn = mod[name];
  if (!fn) throw new Error(`${file} has no ${name}`);
  try {
    const result = await fn(null, new FormData());
    return result.ok ? null : (result.code ?? null);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT'))
      return `redirect:${digest.split(';')[2]}`;
    throw error;
  }
}

describe('desk access table', () => {
  it('lists every page and route handler under app/(staff)', () => {
    const files = walk(STAFF_APP).map((f) => relative(STAFF_APP, f).split('\\').join('/'));
    const pages = files.filter((f) => f.endsWith('/page.tsx'));
    const routes = files.filter((f) => f.endsWith('/route.ts'));
    expect(pages.sort()).toEqual(Object.keys(PAGES).sort());
    expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  it('lists every export of every desk action module', async () => {
    const modules = readdirSync(DESK_ACTIONS).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(modules.sort()).toEqual(Object.keys(ACTIONS).sort());
    for (const file of modules) {
      const mod = (await import(/* @vite-ignore */ join(DESK_ACTIONS, file))) as Record<string, unknown>;
      expect(Object.keys(mod).sort(), file).toEqual(Object.keys(ACTIONS[file] ?? {}).sort());
    }
  });
});

describe.each(Object.entries(PAGES).filter(([, a]) => a !== 'public'))('page %s', (file, access) => {
  const role = access as StaffRole;
  it('sends a visitor without a session to the login', async () => {
    actAs(null);
    expect(await pageOutcome(file)).toBe('/balcao/entrar?expirada=1');
  });
  it('refuses a role below the minimum', async () => {
    const below = BELOW[role];
    if (!below) return expect(RANK[role]).toBe(1); // the lowest role: nobody is below it
    actAs(below);
    expect(await pageOutcome(file)).toBe('/balcao?negado=1');
  });
  it('sends a pending temporary password to the change first', async () => {
    actAs('temporaria');
    const outcome = await pageOutcome(file);
    if (DURING_PASSWORD_CHANGE.has(file)) expect(outcome).toBeNull();
    else expect(outcome).toBe('/balcao/senha');
  });
});

describe.each(Object.entries(ROUTES))('route %s', (file, access) => {
  const role = access as StaffRole;
  it('answers 401 without a session and 403 below the role or with a temporary password', async () => {
    actAs(null);
    expect(await routeStatus(file)).toBe(401);
    actAs('temporaria');
    expect(await routeStatus(file)).toBe(403);
    const below = BELOW[role];
    if (below) {
      actAs(below);
      expect(await routeStatus(file)).toBe(403);
    }
  });
});

const actionRows = Object.entries(ACTIONS).flatMap(([file, names]) =>
  Object.entries(names)
    .filter(([, a]) => a !== 'public')
    .map(([name, access]) => [file, name, access as StaffRole] as const),
);

describe.each(actionRows)('action %s › %s', (file, name, role) => {
  it('refuses without a session, below the role, and with a pending temporary password', async () => {
    actAs(null);
    expect(await actionCode(file, name)).toBe('SESSAO_BALCAO_EXPIRADA');
    const below = BELOW[role];
    if (below) {
      actAs(below);
      expect(await actionCode(file, name)).toBe('ACESSO_NEGADO');
    }
    if (!DURING_PASSWORD_CHANGE.has(name)) {
      actAs('temporaria');
      expect(await actionCode(file, name)).toBe('TROCA_DE_SENHA_OBRIGATORIA');
    }
  });
});

describe('public desk entries', () => {
  it('the login page renders without a session and sends a signed-in user to the desk', async () => {
    actAs(null);
    expect(await pageOutcome('balcao/entrar/page.tsx')).toBeNull();
    actAs('atendente');
    expect(await pageOutcome('balcao/entrar/page.tsx')).toBe('/balcao');
  });
  it("an unknown desk path answers 404 (the desk's own not-found), with or without a session", async () => {
    for (const who of [null, 'atendente'] as const) {
      actAs(who);
      const mod = (await import(/* @vite-ignore */ join(STAFF_APP, 'balcao/[...resto]/page.tsx'))) as {
        default: () => unknown;
      };
      expect(() => mod.default()).toThrow(
        expect.objectContaining({ digest: 'NEXT_HTTP_ERROR_FALLBACK;404' }),
      );
    }
  });
  it('the login action refuses empty credentials without opening a session', async () => {
    actAs(null);
    expect(await actionCode('auth.ts', 'entrarAction')).toBe('LOGIN_INVALIDO');
    expect(jar.size).toBe(0);
  });
});
