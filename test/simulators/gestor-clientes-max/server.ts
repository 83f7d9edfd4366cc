import { formatDocumento } from '@/lib/br';
import { DEMO_CRM_CLIENTES } from '@/lib/crm/demo/data';
import { CRM_SIM_CREDENTIALS } from '../crm-credentials';
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from '../shared/sim-server';

/**
 * Gestor Clientes Max ("Agenda API") simulator, from the API description in the connector's repository
 * (`anthonydaros/n8n-nodes-gestorclientes`, docs/agenda-api-documentation.md) and INTEGRATIONS.md §D:
 * `Authorization: Bearer <key>` (else 401 "Acesso negado. Login necessário."), `GET /clients` a bare array
 * (paged here with `page`/`limit`, which the adapter must not rely on), `GET /clients/{id}`, and `PUT` as a
 * FULL REPLACE: a key the body omits becomes null. Validation errors are 400 {message:"Invalid data",
 * errors:[{path:[field], message}]}. 250 other clients come first, so a lookup must page.
 */

export type GestorRow = Record<string, string | number | null>;

const USER_ID = '69270f63-569f-4560-92e7-1fdebc61cfff';
const FILLERS = 250;

function seed(): GestorRow[] {
  const fillers: GestorRow[] = Array.from({ length: FILLERS }, (_, i) => ({
    id: i + 1,
    userId: USER_ID,
    name: `Cliente ${i + 1}`,
    email: `cliente${i + 1}@example.com`,
    phone: '11999999999',
    cpf: null,
    birthDate: null,
    cep: null,
    street: null,
    number: null,
    complement: null,
    neighborhood: null,
    city: null,
    state: null,
    address: null,
    notes: null,
    status: 'active',
    paymentStatus: 'a_pagar',
    createdAt: '2025-06-24T20:36:45.969Z',
    updatedAt: '2025-06-24T20:36:45.969Z',
  }));
  const demo: GestorRow[] = DEMO_CRM_CLIENTES.map((c, i) => ({
    id: Number(c.id),
    userId: USER_ID,
    name: c.nome,
    email: c.email,
    phone: c.celular ?? c.telefone,
    // Staff type documents both ways: even rows masked, odd rows bare (Maria masked, the Padaria bare).
    cpf: i % 2 === 0 ? formatDocumento(c.documento) : c.documento,
    birthDate: c.dataNascimento,
    cep: c.cep,
    street: c.logradouro,
    number: c.numero,
    complement: c.complemento,
    neighborhood: c.bairro,
    city: c.cidade,
    state: c.uf,
    address: i === 0 ? 'Av. Paulista, 1000 - ap 12 - Bela Vista, São Paulo/SP, 01310100' : null,
    notes: i === 0 ? 'Prefere contato por WhatsApp' : null,
    status: 'active',
    paymentStatus: 'a_pagar',
    createdAt: '2025-06-24T20:36:45.969Z',
    updatedAt: '2025-06-24T20:36:45.969Z',
  }));
  return [...fillers, ...demo];
}

export interface GestorSimulator {
  readonly url: string;
  readonly token: string;
  readonly server: SimServer;
  rows(): GestorRow[];
  reset(): void;
  /** The next PUT fails validation on `key` (a Gestor field name) with this message. */
  rejectNextWrite(key: string, message: string): void;
  close(): Promise<void>;
}

const json = (status: number, body: unknown): SimResponse => ({ status, body });

export async function startGestorSimulator(
  options: { port?: number; latencyMs?: number; token?: string } = {},
): Promise<GestorSimulator> {
  const token = options.token ?? CRM_SIM_CREDENTIALS.gestorApiKey;
  let rows = seed();
  let reject: { key: string; message: string } | null = null;

  function handle(req: SimRequest): SimResponse {
    if (req.headers.authorization !== `Bearer ${token}`)
      return json(401, { message: 'Acesso negado. Login necessário.' });
    const m = /^\/api\/clients(?:\/([^/]+))?$/.exec(req.path);
    if (!m) return json(404, { message: 'Not Found' });
    const id = m[1];
    if (!id) {
      if (req.method !== 'GET') return json(405, { message: 'Method Not Allowed' });
      const limit = Math.min(Number(req.query.get('limit') ?? rows.length) || rows.length, 100);
      const page = Math.max(Number(req.query.get('page') ?? '1') || 1, 1);
      return json(200, rows.slice((page - 1) * limit, page * limit));
    }
    const row = rows.find((r) => String(r.id) === id);
    if (!row) return json(404, { message: 'Cliente não encontrado' });
    if (req.method === 'GET') return json(200, row);
    if (req.method !== 'PUT') return json(405, { message: 'Method Not Allowed' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(req.bodyText) as Record<string, unknown>;
    } catch {
      return json(400, { message: 'Invalid JSON' });
    }
    const errors: { code: string; path: string[]; message: string }[] = [];
    if (reject) {
      errors.push({ code: 'custom', path: [reject.key], message: reject.message });
      reject = null;
    }
    if (typeof body.name !== 'string' || body.name.trim() === '')
      errors.push({ code: 'invalid_type', path: ['name'], message: 'Required' });
    if (
      body.email !== null &&
      body.email !== undefined &&
      !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(body.email))
    )
      errors.push({ code: 'invalid_string', path: ['email'], message: 'Invalid email' });
    if (errors.length) return json(400, { message: 'Invalid data', errors });
    // Full replace: every key of the record not in the body becomes null.
    const next: GestorRow = {
      id: row.id ?? null,
      createdAt: row.createdAt ?? null,
      updatedAt: new Date().toISOString(),
    };
    for (const key of Object.keys(row)) {
      if (key === 'id' || key === 'createdAt' || key === 'updatedAt') continue;
      const v = body[key];
      next[key] = typeof v === 'string' || typeof v === 'number' ? v : null;
    }
    rows = rows.map((r) => (r === row ? next : r));
    return json(200, next);
  }

  const server = await startSimServer({
    handler: handle,
    port: options.port,
    latencyMs: options.latencyMs,
    backdoors: {
      state: () => ({ body: rows.filter((r) => Number(r.id) > FILLERS) }),
      reset: () => {
        rows = seed();
        reject = null;
        return { body: { ok: true } };
      },
    },
  });
  return {
    url: `${server.url}/api`,
    token,
    server,
    rows: () => rows,
    reset() {
      rows = seed();
      reject = null;
      server.setFault(null);
    },
    rejectNextWrite(key, message) {
      reject = { key, message };
    },
    close: () => server.close(),
  };
}
