import 'server-only';
import { DomainError } from '@/lib/domain/errors';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '@/lib/http';
import { decodeText, parseJsonText } from '@/lib/http/body';
import { redactText } from '@/lib/http/redact';
import { invalid, parseVendor, textOf } from '../vendor-values';
import { actionSchema, listSchema } from './schemas';

/**
 * Transport for the IXC webservice (`<host>/webservice/v1/<table>`): HTTP Basic with the user token (already
 * `id:hash`), listings as POST + `ixcsoft: listar` (the Postman collection's "GET with body" does not
 * survive proxies), actions as POST, updates as PUT. IXC answers errors as HTTP 200 `{type:"error"}` and
 * sometimes as an HTML page; both become DomainErrors here.
 */

export interface IxcClientOptions {
  /** e.g. https://erp.provedor.com.br/webservice/v1 */
  url: string;
  token: string;
  /** Breaker/log name (default `ixc`). */
  name?: string;
  http?: Pick<HttpClientOptions, 'timeoutMs' | 'retries' | 'breaker' | 'logger' | 'sleep' | 'random'>;
}

export interface ListParams {
  qtype: string;
  query: string;
  oper: '=' | '!=' | '>' | '<' | '>=' | '<=' | 'L' | 'NL' | 'IN' | 'NI' | 'BE' | 'NBE';
  sortname?: string;
  sortorder?: 'asc' | 'desc';
  grid_param?: { TB: string; OP: string; P: string }[];
  rp?: number;
}

export type Row = Record<string, unknown>;

export interface IxcClient {
  http: HttpClient;
  /** Every page (bounded) of a listing, `registros` normalised to an array. */
  list(table: string, params: ListParams, maxPages?: number): Promise<Row[]>;
  /** POST action/insert; `{type:"error"}` becomes ERP_REJEITOU (or AUTENTICACAO_ERP). */
  action(
    endpoint: string,
    body: Record<string, unknown>,
    options?: { idempotent?: boolean },
  ): Promise<unknown>;
  put(table: string, id: string, body: Record<string, unknown>): Promise<unknown>;
  /** Raw bytes of an action that returns a file (get_boleto, imprimir_nota). */
  file(
    endpoint: string,
    body: Record<string, unknown>,
  ): Promise<{ bytes: Uint8Array; contentType: string | null }>;
}

const AUTH_WORDS = /token|autentica|usu[aá]rio ou senha|n[aã]o autorizad|permiss[aã]o|acesso negado/i;

/** IXC's in-band errors: `{type:"error", message}` with HTTP 200. */
export function throwIfIxcError(data: unknown, what: string): void {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  const d = data as { type?: unknown; message?: unknown; tipo?: unknown };
  if (d.type === 'error') {
    const message = textOf(typeof d.message === 'string' ? d.message : '');
    throw new DomainError(AUTH_WORDS.test(message) ? 'AUTENTICACAO_ERP' : 'ERP_REJEITOU', {
      retryable: false,
      details: `ixc ${what}: ${redactText(message.slice(0, 200))}`,
    });
  }
}

function registrosOf(data: unknown, what: string): { total: number; rows: Row[] } {
  throwIfIxcError(data, what);
  const page = parseVendor(listSchema, data, 'ixc', what);
  const total = Number(page.total);
  if (!Number.isFinite(total)) throw invalid('ixc', `${what}: total não numérico`);
  const r = page.registros;
  const rows = !r ? [] : Array.isArray(r) ? r : Object.values(r);
  return { total, rows };
}

export function createIxcClient(options: IxcClientOptions): IxcClient {
  const http = createHttpClient({
    upstream: `${options.name ?? 'ixc'}:${new URL(options.url).origin}`,
    baseUrl: options.url,
    headers: { Authorization: `Basic ${Buffer.from(options.token, 'utf8').toString('base64')}` },
    ...options.http,
  });

  return {
    http,
    async list(table, params, maxPages = 5) {
      const rp = params.rp ?? 100;
      const rows: Row[] = [];
      for (let page = 1; page <= maxPages; page++) {
        const { data } = await http.json({
          method: 'POST',
          path: table,
          headers: { ixcsoft: 'listar' },
          json: {
            qtype: params.qtype,
            query: params.query,
            oper: params.oper,
            page: String(page),
            rp: String(rp),
            sortname: params.sortname ?? `${table}.id`,
            sortorder: params.sortorder ?? 'asc',
            ...(params.grid_param ? { grid_param: JSON.stringify(params.grid_param) } : {}),
          },
          idempotent: true,
          operation: `listar ${table}`,
        });
        const { total, rows: pageRows } = registrosOf(data, `listar ${table}`);
        rows.push(...pageRows);
        if (pageRows.length < rp || rows.length >= total) break;
      }
      return rows;
    },
    async action(endpoint, body, actionOptions = {}) {
      const { data } = await http.json({
        method: 'POST',
        path: endpoint,
        json: body,
        idempotent: actionOptions.idempotent ?? false,
        operation: endpoint,
      });
      throwIfIxcError(data, endpoint);
      return data;
    },
    async put(table, id, body) {
      const { data } = await http.json({
        method: 'PUT',
        path: `${table}/${encodeURIComponent(id)}`,
        json: body,
        operation: `put ${table}`,
      });
      throwIfIxcError(data, `put ${table}`);
      parseVendor(actionSchema, data, 'ixc', `put ${table}`);
      return data;
    },
    async file(endpoint, body) {
      const r = await http.bytes({
        method: 'POST',
        path: endpoint,
        json: body,
        idempotent: true,
        operation: endpoint,
      });
      return { bytes: r.bytes, contentType: r.contentType };
    },
  };
}

const PDF_MAGIC = '%PDF';

/**
 * get_boleto / imprimir_nota answer with the PDF as base64 text (base64:"S"), the raw file, a JSON error, or an
 * HTML page. Only real PDF bytes come out.
 */
export function pdfFromIxcFile(
  file: { bytes: Uint8Array; contentType: string | null },
  what: string,
): Uint8Array {
  const head = Buffer.from(file.bytes.subarray(0, 4)).toString('latin1');
  if (head === PDF_MAGIC) return file.bytes;
  const text = decodeText(file.bytes).trim();
  if (text.startsWith('{') || text.startsWith('<') || text === '') {
    const parsed = parseJsonText(text, file.contentType);
    if (!parsed.ok) throw invalid('ixc', `${what}: corpo ${parsed.reason}`);
    throwIfIxcError(parsed.value, what);
    throw invalid('ixc', `${what}: JSON sem PDF`);
  }
  const clean = text
    .replace(/^"|"$/g, '')
    .replace(/^data:[^,]*,/, '')
    .replace(/\\n|\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) throw invalid('ixc', `${what}: nem PDF nem base64`);
  const bytes = new Uint8Array(Buffer.from(clean, 'base64'));
  if (Buffer.from(bytes.subarray(0, 4)).toString('latin1') !== PDF_MAGIC) {
    throw new DomainError('PDF_INVALIDO', { details: `ixc ${what}: base64 não contém um PDF` });
  }
  return bytes;
}
