import { createHash, randomBytes } from 'node:crypto';
import { formatDocumento } from '@/lib/br';
import { DEMO_CRM_CLIENTES } from '@/lib/crm/demo/data';
import { CRM_SIM_CREDENTIALS } from '../crm-credentials';
import { startSimServer, type SimRequest, type SimResponse, type SimServer } from '../shared/sim-server';

/**
 * Vtiger 8.3 `webservice.php` simulator, following INTEGRATIONS.md §C "Measured on a real Vtiger 8.3.0" where
 * it disagrees with the 5.4 code:
 * - GET operations read only the query, POST operations only the form body (wrong method = empty parameters:
 *   query by POST → ACCESS_DENIED, revise by GET → INVALID_ID_ATTRIBUTE); a JSON body, a missing/unknown
 *   operation and `logout` answer HTTP 500 with an empty body;
 * - one live challenge token per user (a new getchallenge replaces it; login with the old one →
 *   INVALID_USER_CREDENTIALS), tokens expire after 5 min (INVALID_AUTH_TOKEN); sessions live until "garbage
 *   collected" (backdoor `expireSessions`) → INVALID_SESSIONID;
 * - retrieve/revise of a missing record → ACCESS_DENIED; a wrong module prefix → INVALID_ID_ATTRIBUTE;
 * - VTQL needs the trailing `;`, single-quoted literals (double quotes or '' → INTERNAL_SERVER_ERROR), matches
 *   the document field's exact text, case- and accent-insensitively;
 * - revise merges; update (8.x) keeps omitted fields but needs every mandatory field; unknown fields are ignored
 *   and long values truncated, with success:true.
 */

type Row = Record<string, string>;
type Module = 'Contacts' | 'Accounts';

const DOC_FIELD = 'cf_853';
const PREFIX: Record<Module, string> = { Contacts: '12', Accounts: '11' };
const USER = { name: 'totem', id: '19x5' };
const TOKEN_LIFE_MS = 5 * 60_000;

interface FieldDef {
  name: string;
  label: string;
  mandatory?: boolean;
  maxLength?: number;
  type?: string;
}

const FIELDS: Record<Module, FieldDef[]> = {
  Contacts: [
    { name: 'firstname', label: 'First Name', maxLength: 40 },
    { name: 'lastname', label: 'Last Name', mandatory: true, maxLength: 80 },
    { name: 'email', label: 'Email', maxLength: 100, type: 'email' },
    { name: 'phone', label: 'Office Phone', maxLength: 50, type: 'phone' },
    { name: 'mobile', label: 'Mobile', maxLength: 50, type: 'phone' },
    { name: 'homephone', label: 'Home Phone', maxLength: 50, type: 'phone' },
    { name: 'birthday', label: 'Birthdate', type: 'date' },
    { name: 'mailingstreet', label: 'Mailing Street', maxLength: 250 },
    { name: 'mailingcity', label: 'Mailing City', maxLength: 40 },
    { name: 'mailingstate', label: 'Mailing State', maxLength: 40 },
    { name: 'mailingzip', label: 'Mailing Zip', maxLength: 30 },
    { name: 'mailingcountry', label: 'Mailing Country', maxLength: 40 },
    { name: 'assigned_user_id', label: 'Assigned To', mandatory: true, type: 'owner' },
    { name: DOC_FIELD, label: 'CPF/CNPJ', maxLength: 255 },
  ],
  Accounts: [
    { name: 'accountname', label: 'Organization Name', mandatory: true, maxLength: 100 },
    { name: 'email1', label: 'Email', maxLength: 100, type: 'email' },
    { name: 'phone', label: 'Phone', maxLength: 30, type: 'phone' },
    { name: 'bill_street', label: 'Billing Address', maxLength: 250 },
    { name: 'bill_city', label: 'Billing City', maxLength: 30 },
    { name: 'bill_state', label: 'Billing State', maxLength: 30 },
    { name: 'bill_code', label: 'Billing Code', maxLength: 30 },
    { name: 'bill_country', label: 'Billing Country', maxLength: 30 },
    { name: 'assigned_user_id', label: 'Assigned To', mandatory: true, type: 'owner' },
    { name: DOC_FIELD, label: 'CPF/CNPJ', maxLength: 255 },
  ],
};

function seed(): Record<Module, Row[]> {
  // Everyone is a Contact (ISPs keep people and companies alike there); companies are Accounts too.
  const contacts = DEMO_CRM_CLIENTES.map((c, i): Row => {
    const [first, ...rest] = c.nome.split(' ');
    return {
      id: `${PREFIX.Contacts}x${200 + i}`,
      firstname: rest.length ? (first ?? '') : '',
      lastname: rest.length ? rest.join(' ') : c.nome,
      email: c.email ?? '',
      phone: c.telefone ? `(${c.telefone.slice(0, 2)}) ${c.telefone.slice(2, 6)}-${c.telefone.slice(6)}` : '',
      mobile: c.celular ?? '',
      homephone: '',
      birthday: c.dataNascimento ?? '',
      mailingstreet: [c.logradouro, c.numero].filter(Boolean).join(', '),
      mailingcity: c.cidade ?? '',
      mailingstate: c.uf ?? '',
      mailingzip: c.cep ? `${c.cep.slice(0, 5)}-${c.cep.slice(5)}` : '',
      mailingcountry: 'Brasil',
      assigned_user_id: USER.id,
      // Even rows masked (Maria 529.982.247-25), odd rows bare (the Padaria 11222333000181).
      [DOC_FIELD]: i % 2 === 0 ? formatDocumento(c.documento) : c.documento,
      label: c.nome.replace(/&/g, '&amp;'),
    };
  });
  const accounts = DEMO_CRM_CLIENTES.filter((c) => c.tipo === 'J').map((c, i): Row => ({
    id: `${PREFIX.Accounts}x${300 + i}`,
    accountname: c.nome,
    email1: c.email ?? '',
    phone: c.telefone ?? '',
    bill_street: [c.logradouro, c.numero].filter(Boolean).join(', '),
    bill_city: c.cidade ?? '',
    bill_state: c.uf ?? '',
    bill_code: c.cep ?? '',
    bill_country: 'Brasil',
    assigned_user_id: USER.id,
    [DOC_FIELD]: i === 0 ? c.documento : formatDocumento(c.documento),
    label: c.nome,
  }));
  return { Contacts: contacts, Accounts: accounts };
}

export interface VtigerSimulator {
  readonly url: string;
  readonly username: string;
  readonly accessKey: string;
  readonly server: SimServer;
  records(mod: Module): Row[];
  /** PHP's session GC ran: every session is gone (the next call gets INVALID_SESSIONID). */
  expireSessions(): void;
  /** Another process asks for a challenge for the same user just before our next login (replacing our token). */
  stealChallengeBeforeNextLogin(): void;
  /** VTQL statements received, in order. */
  queries(): string[];
  /** The next revise fails like Vtiger's mandatory check on `field`. */
  rejectNextWrite(field: string): string;
  /** Operations received, in order (`getchallenge`, `login`, `query`, `revise` …). */
  operations(): string[];
  advanceClock(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

const ok = (result: unknown): SimResponse => ({ body: { success: true, result } });
const fail = (code: string | number, message: string): SimResponse => ({
  body: { success: false, error: { code, message } },
});
const EMPTY_500: SimResponse = {
  status: 500,
  headers: { 'content-type': 'text/html; charset=UTF-8' },
  body: '',
};

const GET_OPS = new Set(['getchallenge', 'retrieve', 'query', 'describe', 'listtypes']);
const POST_OPS = new Set(['login', 'create', 'update', 'revise', 'delete', 'extendsession']);

export async function startVtigerSimulator(
  options: { port?: number; latencyMs?: number; username?: string; accessKey?: string } = {},
): Promise<VtigerSimulator> {
  const username = options.username ?? CRM_SIM_CREDENTIALS.vtigerUsername;
  const accessKey = options.accessKey ?? CRM_SIM_CREDENTIALS.vtigerAccessKey;
  let data = seed();
  let challenge: { token: string; expires: number } | null = null;
  let sessions = new Set<string>();
  let clockOffset = 0;
  let reject: { field: string; message: string } | null = null;
  let stealBeforeLogin = false;
  const ops: string[] = [];
  const vtql: string[] = [];
  const now = () => Date.now() + clockOffset;

  const moduleOfId = (id: string): Module | null =>
    (Object.keys(PREFIX) as Module[]).find((m) => id.startsWith(`${PREFIX[m]}x`)) ?? null;

  function retrieveRow(id: string): { mod: Module; row: Row } | SimResponse {
    if (!/^\d+x\d+$/.test(id)) return fail('INVALID_ID_ATTRIBUTE', 'Id specified is incorrect');
    const mod = moduleOfId(id);
    if (!mod) return fail('INVALID_ID_ATTRIBUTE', 'Id specified is incorrect');
    const row = data[mod].find((r) => r.id === id);
    if (!row) return fail('ACCESS_DENIED', 'Permission to perform the operation is denied');
    return { mod, row };
  }

  function applyValues(mod: Module, row: Row, element: Record<string, unknown>): Row {
    const next = { ...row };
    for (const [k, v] of Object.entries(element)) {
      const def = FIELDS[mod].find((f) => f.name === k);
      if (!def) continue; // unknown fields are ignored, success:true (measured)
      let value = typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
      if (def.maxLength && value.length > def.maxLength) value = value.slice(0, def.maxLength); // silent truncation
      next[k] = value;
    }
    return next;
  }

  function query(q: string): SimResponse {
    if (!q.trim().endsWith(';'))
      return fail('QUERY_SYNTAX_ERROR', 'Syntax Error on line 1: token ; expected');
    if (q.includes('"')) return fail('INTERNAL_SERVER_ERROR', 'Unexpected lexer error');
    const m = /^\s*select\s+\*\s+from\s+(\w+)\s+where\s+(\w+)\s+(=|in)\s+(.+?)\s*;\s*$/i.exec(q);
    if (!m) return fail('QUERY_SYNTAX_ERROR', 'Syntax Error');
    const mod = m[1] as Module;
    if (!data[mod]) return fail('ACCESS_DENIED', 'Permission to perform the operation is denied');
    const field = m[2] ?? '';
    const literals = [...(m[4] ?? '').matchAll(/'((?:[^']|'')*)'/g)].map((x) =>
      (x[1] ?? '').replace(/''/g, "'").replace(/\\\\/g, '\\'),
    );
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    if (literals.some((l) => l === '')) return fail('INTERNAL_SERVER_ERROR', 'Unexpected lexer error');
    const wanted = new Set(literals.map(fold));
    const rows = data[mod].filter((r) => wanted.has(fold(r[field] ?? '')));
    return ok(rows.slice(0, 100).map((r) => ({ ...r })));
  }

  function handle(req: SimRequest): SimResponse {
    if (!/\/webservice\.php$/.test(req.path)) return { status: 404, body: 'Not Found' };
    if ((req.headers['content-type'] ?? '').includes('application/json')) return EMPTY_500;
    const form = req.method === 'POST' ? new URLSearchParams(req.bodyText) : new URLSearchParams();
    const operation = req.query.get('operation') ?? form.get('operation') ?? '';
    if (!GET_OPS.has(operation) && !POST_OPS.has(operation)) return EMPTY_500; // includes logout
    ops.push(operation);
    // OperationManager reads $_GET for GET-type operations and $_POST for POST-type ones.
    const params = GET_OPS.has(operation) ? req.query : form;
    const p = (k: string) => params.get(k) ?? '';

    if (operation === 'getchallenge') {
      if (p('username') !== username) return fail('INVALID_USER_CREDENTIALS', 'Invalid username or password');
      challenge = { token: randomBytes(8).toString('hex'), expires: now() + TOKEN_LIFE_MS };
      return ok({
        token: challenge.token,
        serverTime: Math.floor(now() / 1000),
        expireTime: Math.floor(challenge.expires / 1000),
      });
    }
    if (operation === 'login') {
      if (stealBeforeLogin) {
        stealBeforeLogin = false;
        challenge = { token: randomBytes(8).toString('hex'), expires: now() + TOKEN_LIFE_MS };
      }
      if (!challenge || p('username') !== username)
        return fail('INVALID_USER_CREDENTIALS', 'Invalid username or password');
      if (challenge.expires < now())
        return fail('INVALID_AUTH_TOKEN', 'Specified token is invalid or expired');
      const expected = createHash('md5')
        .update(challenge.token + accessKey)
        .digest('hex');
      if (p('accessKey') !== expected)
        return fail('INVALID_USER_CREDENTIALS', 'Invalid username or password');
      const sessionName = randomBytes(12).toString('hex');
      sessions.add(sessionName);
      return ok({
        sessionName,
        userId: USER.id,
        version: '0.22',
        vtigerVersion: '8.3.0',
        username,
        first_name: 'Totem',
        last_name: 'Autoatendimento',
        email: 'totem@provedor.example.com',
        time_zone: 'America/Sao_Paulo',
      });
    }
    if (!sessions.has(p('sessionName'))) {
      return p('sessionName')
        ? fail('INVALID_SESSIONID', 'Session Identifier provided is Invalid')
        : operation === 'query'
          ? fail('ACCESS_DENIED', 'Permission to perform the operation is denied')
          : fail('AUTHENTICATION_REQUIRED', 'Authencation required');
    }

    switch (operation) {
      case 'describe': {
        const mod = p('elementType') as Module;
        if (!FIELDS[mod]) return fail('ACCESS_DENIED', 'Permission to perform the operation is denied');
        return ok({
          label: mod,
          name: mod,
          createable: true,
          updateable: true,
          deleteable: true,
          retrieveable: true,
          idPrefix: PREFIX[mod],
          isEntity: true,
          labelFields: mod === 'Contacts' ? 'firstname,lastname' : 'accountname',
          fields: FIELDS[mod].map((f) => ({
            name: f.name,
            label: f.label,
            mandatory: f.mandatory ?? false,
            type: { name: f.type ?? 'string' },
            nullable: !f.mandatory,
            editable: true,
            default: '',
          })),
        });
      }
      case 'query':
        vtql.push(p('query'));
        return query(p('query'));
      case 'retrieve': {
        const r = retrieveRow(p('id'));
        return 'row' in r ? ok({ ...r.row }) : r;
      }
      case 'revise':
      case 'update': {
        let element: Record<string, unknown>;
        try {
          element = JSON.parse(p('element') || 'null') as Record<string, unknown>;
        } catch {
          return fail('INTERNAL_SERVER_ERROR', 'Syntax error');
        }
        if (!element || typeof element.id !== 'string')
          return fail('INVALID_ID_ATTRIBUTE', 'Id specified is incorrect');
        const r = retrieveRow(element.id);
        if (!('row' in r)) return r;
        if (reject) {
          const rej = reject;
          reject = null;
          return fail('MANDATORY_FIELDS_MISSING', rej.message);
        }
        const mandatory = FIELDS[r.mod].filter((f) => f.mandatory);
        for (const f of mandatory) {
          const sent = element[f.name];
          // revise checks only the mandatory fields sent; update needs every one of them (8.x).
          if (operation === 'update' ? !sent : sent !== undefined && !sent)
            return fail('MANDATORY_FIELDS_MISSING', `${f.name} does not have a value`);
        }
        const next = applyValues(r.mod, r.row, element);
        data[r.mod] = data[r.mod].map((x) => (x === r.row ? next : x));
        return ok({ ...next });
      }
      default:
        return fail('UNKNOWN_OPERATION', `${operation} operation is not supported`);
    }
  }

  const server = await startSimServer({
    handler: handle,
    port: options.port,
    latencyMs: options.latencyMs,
    backdoors: {
      state: () => ({ body: data }),
      reset: () => {
        api.reset();
        return { body: { ok: true } };
      },
      'expire-sessions': () => {
        sessions = new Set();
        return { body: { ok: true } };
      },
    },
  });

  const api: VtigerSimulator = {
    url: server.url,
    username,
    accessKey,
    server,
    records: (mod) => data[mod],
    expireSessions: () => {
      sessions = new Set();
    },
    stealChallengeBeforeNextLogin: () => {
      stealBeforeLogin = true;
    },
    queries: () => [...vtql],
    rejectNextWrite(field) {
      const message = `${field} does not have a value`;
      reject = { field, message };
      return message;
    },
    operations: () => [...ops],
    advanceClock: (ms) => {
      clockOffset += ms;
    },
    reset() {
      data = seed();
      reject = null;
      stealBeforeLogin = false;
      ops.length = 0;
      vtql.length = 0;
      server.setFault(null);
    },
    close: () => server.close(),
  };
  return api;
}
