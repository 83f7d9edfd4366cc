import 'server-only';
import { createHash } from 'node:crypto';
import { DomainError } from '@/lib/domain/errors';
import type { HttpClient } from '@/lib/http';
import { parseCrm, vendorMessageSummary } from '../errors';
import { createCrmHttp, type CrmHttpOptions } from '../http';
import { challengeSchema, envelopeSchema, loginSchema } from './schemas';

const V = 'vtiger';

/**
 * Transport for Vtiger's `webservice.php` (INTEGRATIONS.md §C; the 8.3 measurements win):
 * - reads by GET with the parameters in the query, writes by POST form-encoded (`element` as a JSON string):
 *   the wrong method silently reads empty parameters, and a JSON body answers HTTP 500 with no body;
 * - getchallenge + login with md5(token + access key); one live challenge per user, so logins are serialised
 *   in this process and retried once on INVALID_USER_CREDENTIALS (another process took the token);
 * - one session reused by every call and renewed on INVALID_SESSIONID / SESSION_EXPIRED / SESSION_LEFT_IDLE /
 *   AUTHENTICATION_REQUIRED, the call then tried once more (the server refused it before running it);
 * - errors come as HTTP 200 `success:false` (turned into VtigerError here) and sometimes as HTTP 500 with an
 *   empty body (lib/http: unavailable).
 */

export interface VtigerClientOptions {
  /** The install's URL; `/webservice.php` is added unless already there. */
  url: string;
  username: string;
  accessKey: string;
  http?: CrmHttpOptions;
}

/**
 * A `success:false` answer. Its message names the operation and Vtiger's error code only: `vtMessage` (the
 * sentence, which can echo what was sent) is for the adapter's own decisions, not enumerable so that a logged
 * error or cause chain does not print it.
 */
export class VtigerError extends Error {
  declare readonly vtMessage: string;

  constructor(
    readonly code: string,
    vtMessage: string,
    readonly operation: string,
  ) {
    super(`vtiger ${operation}: ${code}`);
    this.name = 'VtigerError';
    Object.defineProperty(this, 'vtMessage', { value: vtMessage, enumerable: false });
  }
}

const SESSION_CODES = new Set([
  'INVALID_SESSIONID',
  'SESSION_EXPIRED',
  'SESSION_LEFT_IDLE',
  'AUTHENTICATION_REQUIRED',
]);

export interface VtigerClient {
  http: HttpClient;
  /** A read (GET) with the session. */
  read(operation: string, params: Record<string, string>): Promise<unknown>;
  /** A write (POST form) with the session. Never retried except after the session was refused. */
  write(operation: string, params: Record<string, string>): Promise<unknown>;
}

export function endpointOf(url: string): string {
  return /webservice\.php$/.test(url) ? url : `${url.replace(/\/+$/, '')}/webservice.php`;
}

export function createVtigerClient(options: VtigerClientOptions): VtigerClient {
  const endpoint = endpointOf(options.url);
  const http = createCrmHttp(V, endpoint, options.http);
  let session: string | null = null;
  let loggingIn: Promise<string> | null = null;

  async function unwrap(operation: string, data: unknown): Promise<unknown> {
    const env = parseCrm(envelopeSchema, data, V, operation);
    if (env.success === true) return env.result;
    const code = String(env.error.code ?? '');
    throw new VtigerError(code, String(env.error.message ?? ''), operation);
  }

  async function get(operation: string, params: Record<string, string>): Promise<unknown> {
    const { data } = await http.json({
      method: 'GET',
      path: endpoint,
      query: { operation, ...params },
      operation,
    });
    return unwrap(operation, data);
  }

  async function post(operation: string, params: Record<string, string>): Promise<unknown> {
    const { data } = await http.json({
      method: 'POST',
      path: endpoint,
      form: { operation, ...params },
      operation,
    });
    return unwrap(operation, data);
  }

  async function loginOnce(): Promise<string> {
    const challenge = parseCrm(
      challengeSchema,
      await get('getchallenge', { username: options.username }),
      V,
      'getchallenge',
    );
    const accessKey = createHash('md5')
      .update(challenge.token + options.accessKey)
      .digest('hex');
    const result = await post('login', { username: options.username, accessKey });
    return parseCrm(loginSchema, result, V, 'login').sessionName;
  }

  async function login(): Promise<string> {
    try {
      return await loginOnce();
    } catch (error) {
      // Another process asked for a challenge between ours and our login (one live token per user).
      if (
        error instanceof VtigerError &&
        ['INVALID_USER_CREDENTIALS', 'INVALID_AUTH_TOKEN'].includes(error.code)
      )
        return loginOnce();
      throw error;
    }
  }

  function ensureSession(): Promise<string> {
    if (session) return Promise.resolve(session);
    if (!loggingIn) {
      loggingIn = login()
        .then((s) => {
          session = s;
          return s;
        })
        .finally(() => {
          loggingIn = null;
        });
    }
    return loggingIn;
  }

  async function withSession<T>(run: (sessionName: string) => Promise<T>): Promise<T> {
    const first = await ensureSession();
    try {
      return await run(first);
    } catch (error) {
      if (!(error instanceof VtigerError) || !SESSION_CODES.has(error.code)) throw error;
      if (session === first) session = null;
      return run(await ensureSession());
    }
  }

  return {
    http,
    read: (operation, params) => withSession((sessionName) => get(operation, { sessionName, ...params })),
    write: (operation, params) => withSession((sessionName) => post(operation, { sessionName, ...params })),
  };
}

/** A VtigerError that no caller handled → the DomainError people and staff see. */
export function domainErrorOf(error: VtigerError): DomainError {
  const details = `vtiger ${error.operation}: ${error.code}, ${vendorMessageSummary(error.vtMessage)}`;
  if (
    SESSION_CODES.has(error.code) ||
    ['INVALID_USER_CREDENTIALS', 'INVALID_AUTH_TOKEN', 'ACCESSKEY_UNDEFINED'].includes(error.code)
  )
    return new DomainError('CRM_AUTENTICACAO', { retryable: false, details });
  if (error.code === 'ACCESS_DENIED')
    return new DomainError('CRM_AUTENTICACAO', {
      retryable: false,
      details: `${details} (permissão do usuário)`,
    });
  if (error.code === 'DATABASE_QUERY_ERROR')
    return new DomainError('CRM_INDISPONIVEL', { retryable: true, details });
  return new DomainError('CRM_REJEITOU', { retryable: false, details });
}
