import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createGestorCrm } from '@/lib/crm/gestor-clientes-max';
import { createPerfexRestCrm } from '@/lib/crm/perfex-rest';
import { createWonCrm } from '@/lib/crm/perfex-won';
import type { CrmAdapter } from '@/lib/crm/port';
import { createVtigerCrm } from '@/lib/crm/vtiger';
import { isDomainError } from '@/lib/domain/errors';
import { REDACT_PATHS } from '@/lib/http/logger';
import type { FaultRule } from '@/test/simulators/shared/sim-server';
import { startGestorSimulator } from '@/test/simulators/gestor-clientes-max/server';
import { startPerfexSimulator } from '@/test/simulators/perfex/server';
import { startVtigerSimulator } from '@/test/simulators/vtiger/server';

/**
 * No personal data in the logs, whatever a CRM answers (LGPD). Vendors echo what was sent: each case feeds an
 * adapter a realistic refusal carrying a CPF, an e-mail, a phone and a name, lets the adapter log at debug
 * level, then logs the resulting error the ways the app and Next do (pino `err`, console's inspect, String),
 * and checks none of it survives — while the class staff act on (duplicate, vendor code) does.
 */

const PII = /529\.982\.247-25|52998224725|joao\.silva@example\.com|98765-4321|987654321|Jo[aã]o da Silva/;
const CPF_DUP = 'CPF 529.982.247-25 duplicado: já existe um cliente com este documento';
const EMAIL_DUP = 'Contato joao.silva@example.com já existe (João da Silva, (11) 98765-4321)';

const perfex = await startPerfexSimulator();
const vtiger = await startVtigerSimulator();
const gestor = await startGestorSimulator();
afterAll(async () => {
  await Promise.all([perfex.close(), vtiger.close(), gestor.close()]);
});

function capture() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _enc, cb) => (lines.push(chunk.toString()), cb()) });
  const logger = pino({ level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
  return { logger, lines };
}

const http = (name: string, logger: pino.Logger) => ({
  name,
  logger,
  retries: 0,
  breaker: { failureThreshold: 10_000 },
});

interface Case {
  name: string;
  make: (logger: pino.Logger) => CrmAdapter;
  fault: (rule: FaultRule | null) => void;
  reset: () => void;
  rule: FaultRule;
  /** What staff keep to act on. */
  keeps: RegExp;
}

const json = (status: number, body: unknown): FaultRule['fault'] => ({
  kind: 'status',
  status,
  body: JSON.stringify(body),
  contentType: 'application/json',
});

type Target = Pick<Case, 'make' | 'fault' | 'reset'>;

const onWon = (name: string): Target => ({
  make: (logger) =>
    createWonCrm({ url: perfex.url, token: perfex.wonToken, countryId: 32, http: http(name, logger) }),
  fault: (r) => perfex.server.setFault(r),
  reset: () => perfex.reset(),
});

const onVtiger = (name: string): Target => ({
  make: (logger) =>
    createVtigerCrm({
      url: vtiger.url,
      username: vtiger.username,
      accessKey: vtiger.accessKey,
      module: 'Contacts',
      documentField: 'CPF/CNPJ',
      http: http(name, logger),
    }),
  fault: (r) => vtiger.server.setFault(r),
  reset: () => vtiger.reset(),
});

const CASES: Case[] = [
  {
    name: 'perfex-won (422 envelope)',
    ...onWon('priv-won'),
    rule: {
      method: 'PUT',
      times: 1,
      fault: json(422, { success: false, data: null, message: CPF_DUP, errors: { company: EMAIL_DUP } }),
    },
    keeps: /duplicado/,
  },
  {
    name: 'perfex-won (500 HTML page)',
    ...onWon('priv-won-5'),
    rule: {
      method: 'PUT',
      times: 1,
      fault: {
        kind: 'status',
        status: 500,
        body: `<html><body><p>${CPF_DUP}</p><p>${EMAIL_DUP}</p></body></html>`,
        contentType: 'text/html',
      },
    },
    keeps: /HTTP 500/,
  },
  {
    name: 'perfex-rest themesic (422)',
    make: (logger) =>
      createPerfexRestCrm({
        url: perfex.url,
        module: 'themesic',
        token: perfex.themesicToken,
        countryId: 32,
        http: http('priv-rest', logger),
      }),
    fault: (r) => perfex.server.setFault(r),
    reset: () => perfex.reset(),
    rule: {
      method: 'PUT',
      times: 1,
      fault: json(422, { status: false, message: CPF_DUP, errors: { phonenumber: [EMAIL_DUP] } }),
    },
    keeps: /duplicado/,
  },
  {
    name: 'perfex-rest api-webhooks (409 rejection)',
    make: (logger) =>
      createPerfexRestCrm({
        url: perfex.url,
        module: 'api-webhooks',
        token: perfex.apiKey,
        countryId: 32,
        http: { ...http('priv-aw', logger) },
      }),
    fault: (r) => perfex.server.setFault(r),
    reset: () => perfex.reset(),
    rule: { method: 'PUT', times: 1, fault: json(409, { status: false, message: EMAIL_DUP }) },
    keeps: /HTTP 409/,
  },
  {
    name: 'vtiger (success:false DUPLICATE_RECORD)',
    ...onVtiger('priv-vt'),
    rule: {
      method: 'POST',
      times: 1,
      fault: json(200, {
        success: false,
        error: { code: 'DUPLICATE_RECORD', message: `${CPF_DUP}; ${EMAIL_DUP}` },
      }),
    },
    keeps: /DUPLICATE_RECORD.*duplicado/,
  },
  {
    name: 'vtiger (MANDATORY_FIELDS_MISSING naming the value)',
    ...onVtiger('priv-vt-m'),
    rule: {
      method: 'POST',
      times: 1,
      fault: json(200, {
        success: false,
        error: {
          code: 'MANDATORY_FIELDS_MISSING',
          message: 'email obrigatório (contato joao.silva@example.com, João da Silva, 11 98765-4321)',
        },
      }),
    },
    keeps: /MANDATORY_FIELDS_MISSING.*obrigatório/,
  },
  {
    name: 'gestor-clientes-max (400 with zod issues)',
    make: (logger) =>
      createGestorCrm({ url: gestor.url, apiKey: gestor.token, http: http('priv-gcm', logger) }),
    fault: (r) => gestor.server.setFault(r),
    reset: () => gestor.reset(),
    rule: {
      method: 'PUT',
      times: 1,
      fault: json(400, {
        message: CPF_DUP,
        errors: [{ code: 'custom', path: ['email'], message: EMAIL_DUP }],
      }),
    },
    keeps: /duplicado/,
  },
];

describe('CRM failures leave no personal data in the logs', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    c.reset();
    const { logger, lines } = capture();
    const crm = c.make(logger);
    const found = await crm.findClienteByDocumento('52998224725');
    expect(found, 'a customer to edit').not.toBeNull();
    if (!found) return;
    c.fault(c.rule);
    let error: unknown = null;
    try {
      await crm.updateCliente(found.id, { cidade: 'Campinas' });
    } catch (e) {
      error = e;
    } finally {
      c.fault(null);
    }
    expect(isDomainError(error), String(error)).toBe(true);
    if (!isDomainError(error)) return;
    logger.error({ err: error }, 'cadastro falhou');
    logger.warn({ code: error.code, details: error.details }, 'cadastro recusado');
    const out = [...lines, inspect(error, { depth: 8 }), String(error), error.details ?? ''].join('\n');
    expect(out).not.toMatch(PII);
    expect(error.details).toMatch(c.keeps);
  });
});
