import { formatDocumento } from '@/lib/br';
import { DEMO_CRM_CLIENTES } from '@/lib/crm/demo/data';
import { CRM_SIM_CREDENTIALS } from '../crm-credentials';
import {
  HTML_ERROR_PAGE,
  startSimServer,
  type SimRequest,
  type SimResponse,
  type SimServer,
} from '../shared/sim-server';

/**
 * One Perfex CRM (`tblclients` + customer custom field values) behind the three APIs found in the wild:
 * - WON API (`/won_api/won/...`, INTEGRATIONS.md §A), in two versions read from Matheusbaiense/won_api
 *   controllers/Won.php: `head` (f04742c: X-API-TOKEN only, `{success,data,message,timestamp,meta}`, `/join`
 *   strips non-digits from `vat` and matches exactly, CRUD by `userid`, PUT partial without validation) and
 *   `legacy` (2674cd8: raw `Authorization`, `/join` compares the raw parameter and returns aliased rows without
 *   userid, the list filters by any column with LIKE, and CRUD by `id` — a column tblclients does not have, so
 *   GET/PUT by id die with a database error page);
 * - Themesic "REST API for Perfex CRM" (`/api/customers`, §B1, v1 code in eAdvertise/REST-API-module-for-
 *   Perfex-CRM api/controllers/Customers.php): `authtoken` header (invalid → HTTP 404 `{status:false,message}`),
 *   the list is every client as a bare array (v1 ignores paging; `?page&per_page` pages only with `v3`), search
 *   covers company and custom fields but not `vat`, active clients only; PUT with a JSON body answers 404
 *   "Customers Update Fail." when no row changed (`clients_model->update` returns false) or the id is unknown;
 * - "PerfexCRM API & Webhooks" (`/api/v1/customers`, §B2): `X-API-KEY`, `{data, meta}`, page+limit ≤ 100,
 *   429 with Retry-After when rate limited.
 * 150 other clients come first, so a scan needs more than one page.
 */

export type PerfexRow = Record<string, string> & {
  userid: string;
  company: string;
  vat: string;
  active: string;
};
export type WonVersion = 'head' | 'legacy';

const FILLERS = 150;
export const VAT_FIELD_SLUG = 'customers_cpf_cnpj';

function seed(): { rows: PerfexRow[]; customFields: Map<string, string> } {
  const rows: PerfexRow[] = [];
  for (let i = 1; i <= FILLERS; i++)
    rows.push(
      row(String(i), {
        company: `Cliente ${i} Ltda`,
        vat: '',
        phonenumber: '',
        active: i % 10 === 0 ? '0' : '1',
      }),
    );
  const customFields = new Map<string, string>();
  DEMO_CRM_CLIENTES.forEach((c, i) => {
    // Maria's VAT masked (HEAD's /join never finds it), the Padaria's bare, the alphanumeric CNPJ bare.
    const vat = i === 0 || i === 4 ? formatDocumento(c.documento) : c.documento;
    const phone = c.telefone ?? c.celular;
    rows.push(
      row(c.id, {
        company: c.nome,
        vat,
        phonenumber: phone ? `(${phone.slice(0, 2)}) ${phone.slice(2, -4)}-${phone.slice(-4)}` : '',
        city: c.cidade ?? '',
        zip: c.cep ? `${c.cep.slice(0, 5)}-${c.cep.slice(5)}` : '',
        state: i === 1 ? 'Rio de Janeiro' : (c.uf ?? ''),
        address: [c.logradouro, c.numero].filter(Boolean).join(', '),
        country: '32',
      }),
    );
    customFields.set(c.id, formatDocumento(c.documento));
  });
  return { rows, customFields };
}

function row(userid: string, values: Partial<PerfexRow>): PerfexRow {
  return {
    userid,
    company: '',
    vat: '',
    phonenumber: '',
    country: '0',
    city: '',
    zip: '',
    state: '',
    address: '',
    website: '',
    datecreated: '2024-03-01 10:00:00',
    active: '1',
    leadid: '',
    billing_street: '',
    billing_city: '',
    billing_state: '',
    billing_zip: '',
    billing_country: '0',
    default_language: '',
    default_currency: '0',
    ...values,
  };
}

export interface PerfexSimulator {
  readonly url: string;
  readonly wonToken: string;
  readonly themesicToken: string;
  readonly apiKey: string;
  readonly server: SimServer;
  rows(): PerfexRow[];
  customField(userid: string): string | undefined;
  setWonVersion(v: WonVersion): void;
  setThemesicVersion(v: 'v1' | 'v3'): void;
  /** The next write is refused with a validation error on `column`; returns the vendor's message. */
  rejectNextWrite(column: string): string;
  /** The next `n` API & Webhooks requests (of this method, if given) answer 429 with this Retry-After. */
  rateLimit(n: number, retryAfterSeconds: number, method?: string): void;
  reset(): void;
  close(): Promise<void>;
}

const digits = (s: string) => s.replace(/[^0-9]/g, '');
const COLUMNS = new Set(Object.keys(row('0', {})));

export async function startPerfexSimulator(
  options: { port?: number; latencyMs?: number } = {},
): Promise<PerfexSimulator> {
  const wonToken = CRM_SIM_CREDENTIALS.perfexWonToken;
  const themesicToken = CRM_SIM_CREDENTIALS.perfexThemesicToken;
  const apiKey = CRM_SIM_CREDENTIALS.perfexApiKey;
  let state = seed();
  let wonVersion: WonVersion = 'head';
  let themesicVersion: 'v1' | 'v3' = 'v1';
  let reject: { column: string; message: string } | null = null;
  let limited: { n: number; retryAfter: number; method?: string } = { n: 0, retryAfter: 0 };

  const byId = (id: string) => state.rows.find((r) => r.userid === id);
  const json = (status: number, body: unknown): SimResponse => ({ status, body });
  const won = (
    status: number,
    success: boolean,
    data: unknown,
    message: string,
    meta?: unknown,
  ): SimResponse =>
    json(status, { success, data, message, timestamp: 1_732_600_000, ...(meta ? { meta } : {}) });
  const dbErrorPage: SimResponse = {
    status: 500,
    headers: { 'content-type': 'text/html; charset=UTF-8' },
    body: HTML_ERROR_PAGE.replace(
      'Ocorreu um erro ao processar',
      "A Database Error Occurred: Unknown column 'id'",
    ),
  };

  function parseBody(text: string): Record<string, unknown> | null {
    try {
      const v = JSON.parse(text) as unknown;
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  function takeReject(): { column: string; message: string } | null {
    const r = reject;
    reject = null;
    return r;
  }

  /** Writes the columns Perfex has; returns how many values really changed (MySQL affected_rows). */
  function update(target: PerfexRow, data: Record<string, unknown>): number {
    let changed = 0;
    for (const [k, v] of Object.entries(data)) {
      if (!COLUMNS.has(k) || k === 'userid' || k === 'datecreated') continue;
      const value = v === null || v === undefined ? '' : String(v);
      // Perfex `address` is varchar(100), `zip` varchar(15): MySQL in non-strict mode cuts silently.
      const cut = k === 'address' ? value.slice(0, 100) : k === 'zip' ? value.slice(0, 15) : value;
      if (target[k] !== cut) changed++;
      target[k] = cut;
    }
    return changed;
  }

  function wonHandle(req: SimRequest, rest: string): SimResponse {
    if (wonVersion === 'head') {
      const token = req.headers['x-api-token'];
      if (!token) return won(401, false, null, 'Token X-API-TOKEN obrigatório');
      if (token !== wonToken) return won(401, false, null, 'Token inválido');
    } else if (req.headers.authorization !== wonToken) {
      return json(401, {
        success: false,
        error: req.headers.authorization
          ? 'Token de autenticação inválido'
          : 'Token de autenticação não fornecido',
        error_code: req.headers.authorization ? 'AUTH_INVALID' : 'AUTH_MISSING',
      });
    }
    if (rest === 'join') {
      const vat = req.query.get('vat') ?? '';
      if (wonVersion === 'head') {
        if (!vat) return won(400, false, null, 'Parâmetro vat obrigatório');
        const found = state.rows.find((r) => r.vat === digits(vat));
        return found
          ? won(200, true, found, 'Cliente encontrado')
          : won(404, false, null, 'Cliente não encontrado');
      }
      const rows = state.rows
        .filter((r) => !vat || r.vat === vat)
        .map((r) => ({
          client_company: r.company,
          client_vat: r.vat,
          client_active_status: r.active === '1' ? 'Ativo' : 'Inativo',
          contact_firstname: null,
          contact_lastname: null,
          contact_email: null,
          invoice_id: null,
        }));
      return json(200, { success: true, data: rows, message: 'Operação realizada com sucesso' });
    }
    const m = /^api\/(\w+)(?:\/(\d+))?$/.exec(rest);
    if (!m || m[1] !== 'clients') return won(400, false, null, 'Tabela não suportada');
    const id = m[2];
    if (req.method === 'GET' && !id) {
      const page = Math.max(Number(req.query.get('page')) || 1, 1);
      const limit =
        wonVersion === 'head'
          ? Math.min(Number(req.query.get('limit')) || 20, 100)
          : Number(req.query.get('limit')) || 20;
      let rows = state.rows;
      if (wonVersion === 'head') {
        const search = req.query.get('search');
        if (search) rows = rows.filter((r) => r.company.toLowerCase().includes(search.toLowerCase()));
      } else {
        for (const [k, v] of req.query)
          if (COLUMNS.has(k)) rows = rows.filter((r) => (r[k] ?? '').includes(v));
      }
      const total = rows.length;
      return json(200, {
        success: true,
        data: rows.slice((page - 1) * limit, page * limit),
        message: 'Registros recuperados',
        ...(wonVersion === 'head' ? { timestamp: 1_732_600_000 } : {}),
        meta: { page, limit, total, total_pages: Math.ceil(total / limit) },
      });
    }
    if (!id) return won(400, false, null, 'ID obrigatório para atualização');
    // 2674cd8 queries `WHERE id = ?` on tblclients, whose key is `userid`: a database error page.
    if (wonVersion === 'legacy') return dbErrorPage;
    const target = byId(id);
    if (req.method === 'GET')
      return target
        ? won(200, true, target, 'Registro encontrado')
        : won(404, false, null, 'Registro não encontrado');
    if (req.method !== 'PUT') return won(405, false, null, 'Método não suportado');
    if (!target) return won(404, false, null, 'Registro não encontrado');
    const data = parseBody(req.bodyText);
    if (!data || Object.keys(data).length === 0) return won(400, false, null, 'Dados JSON inválidos');
    const rej = takeReject();
    if (rej)
      return json(422, {
        success: false,
        data: null,
        message: rej.message,
        error_code: 'VALIDATION_ERROR',
        errors: { [rej.column]: rej.message },
      });
    update(target, data);
    return won(200, true, { ...target }, 'Registro atualizado');
  }

  function withCustomFields(r: PerfexRow) {
    const value = state.customFields.get(r.userid);
    return { ...r, customfields: value ? [{ label: 'CPF/CNPJ', slug: VAT_FIELD_SLUG, value }] : [] };
  }

  function themesicHandle(req: SimRequest, rest: string): SimResponse {
    const token = req.headers.authtoken;
    if (!token)
      return json(404, {
        status: false,
        message: 'Token is not defined. Send the token in the authtoken header.',
      });
    if (token !== themesicToken)
      return json(404, { status: false, message: 'Signature verification failed' });
    const search = /^customers\/search\/(.+)$/.exec(rest);
    if (search && req.method === 'GET') {
      const key = decodeURIComponent(search[1] ?? '').toLowerCase();
      const found = state.rows.filter(
        (r) =>
          r.active === '1' &&
          (r.company.toLowerCase().includes(key) ||
            (state.customFields.get(r.userid) ?? '').toLowerCase().includes(key)),
      );
      return found.length
        ? json(200, found.map(withCustomFields))
        : json(404, { status: false, message: 'No data were found' });
    }
    const m = /^customers(?:\/(\d+))?$/.exec(rest);
    if (!m) return json(404, { status: false, message: 'Unknown method' });
    const id = m[1];
    if (req.method === 'GET' && !id) {
      const perPage = Number(req.query.get('per_page'));
      if (themesicVersion === 'v3' && req.query.get('page') && perPage) {
        const page = Math.max(Number(req.query.get('page')) || 1, 1);
        const size = Math.min(Math.max(perPage, 1), 100);
        const total = state.rows.length;
        return json(200, {
          data: state.rows.slice((page - 1) * size, page * size).map(withCustomFields),
          meta: {
            page,
            per_page: size,
            total,
            total_pages: Math.ceil(total / size),
            has_more: page * size < total,
          },
        });
      }
      return json(200, state.rows.map(withCustomFields)); // v1: everything, paging ignored
    }
    if (!id) return json(404, { status: false, message: 'Invalid Customers ID' });
    const target = byId(id);
    if (req.method === 'GET')
      return target
        ? json(200, withCustomFields(target))
        : json(404, { status: false, message: 'No data were found' });
    if (req.method !== 'PUT') return json(405, { status: false, message: 'Method not allowed' });
    const data = parseBody(req.bodyText);
    if (!data || Object.keys(data).length === 0)
      return json(406, { status: false, message: 'Data Not Acceptable OR Not Provided' });
    const rej = takeReject();
    if (rej)
      return json(422, {
        status: false,
        error: 'validation_failed',
        message: 'Validation failed',
        errors: { [rej.column]: rej.message },
      });
    // clients_model->update returns false when no row changed (or the id is unknown): v1 answers 404.
    if (!target || update(target, data) === 0)
      return json(404, { status: false, message: 'Customers Update Fail.' });
    return json(200, { status: true, message: 'Customers Update Successful.' });
  }

  function webhooksHandle(req: SimRequest, rest: string): SimResponse {
    if (limited.n > 0 && (!limited.method || limited.method === req.method)) {
      limited.n--;
      return {
        status: 429,
        headers: { 'retry-after': String(limited.retryAfter) },
        body: { success: false, message: 'Too Many Requests' },
      };
    }
    if (req.headers['x-api-key'] !== apiKey) return json(401, { success: false, message: 'Invalid API key' });
    const m = /^customers(?:\/(\d+))?$/.exec(rest);
    if (!m) return json(404, { success: false, message: 'Not found' });
    const id = m[1];
    if (req.method === 'GET' && !id) {
      const page = Math.max(Number(req.query.get('page')) || 1, 1);
      const limit = Math.min(Math.max(Number(req.query.get('limit')) || 25, 1), 100);
      const search = (req.query.get('search') ?? '').toLowerCase();
      const rows = search ? state.rows.filter((r) => r.company.toLowerCase().includes(search)) : state.rows;
      return json(200, {
        data: rows.slice((page - 1) * limit, page * limit),
        meta: {
          current_page: page,
          per_page: limit,
          total: rows.length,
          last_page: Math.ceil(rows.length / limit),
        },
      });
    }
    const target = id ? byId(id) : undefined;
    if (!target) return json(404, { success: false, message: 'Customer not found' });
    if (req.method === 'GET') return json(200, { data: target });
    if (req.method !== 'PUT') return json(405, { success: false, message: 'Method not allowed' });
    const data = parseBody(req.bodyText);
    if (!data) return json(400, { success: false, message: 'Invalid JSON' });
    const rej = takeReject();
    if (rej)
      return json(422, {
        success: false,
        message: 'Validation error',
        errors: { [rej.column]: [rej.message] },
      });
    update(target, data);
    return json(200, { success: true, data: { ...target } });
  }

  function handle(req: SimRequest): SimResponse {
    const wonPath = /^\/(?:index\.php\/)?won_api\/won\/(.+)$/.exec(req.path);
    if (wonPath) return wonHandle(req, wonPath[1] ?? '');
    const hooks = /^\/api\/v\d+\/(.+)$/.exec(req.path);
    if (hooks) return webhooksHandle(req, hooks[1] ?? '');
    const themesic = /^\/api\/(.+)$/.exec(req.path);
    if (themesic) return themesicHandle(req, themesic[1] ?? '');
    return {
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>404 Page Not Found</body></html>',
    };
  }

  const server = await startSimServer({
    handler: handle,
    port: options.port,
    latencyMs: options.latencyMs,
    backdoors: {
      state: () => ({ body: state.rows.filter((r) => Number(r.userid) > FILLERS) }),
      reset: () => {
        api.reset();
        return { body: { ok: true } };
      },
    },
  });

  const api: PerfexSimulator = {
    url: server.url,
    wonToken,
    themesicToken,
    apiKey,
    server,
    rows: () => state.rows,
    customField: (id) => state.customFields.get(id),
    setWonVersion: (v) => {
      wonVersion = v;
    },
    setThemesicVersion: (v) => {
      themesicVersion = v;
    },
    rejectNextWrite(column) {
      const message = `The ${column} field is not valid`;
      reject = { column, message };
      return message;
    },
    rateLimit(n, retryAfterSeconds, method) {
      limited = { n, retryAfter: retryAfterSeconds, method };
    },
    reset() {
      state = seed();
      wonVersion = 'head';
      themesicVersion = 'v1';
      reject = null;
      limited = { n: 0, retryAfter: 0 };
      server.setFault(null);
    },
    close: () => server.close(),
  };
  return api;
}
