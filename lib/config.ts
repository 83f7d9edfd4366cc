import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { processSingleton } from '@/lib/process-singleton';
import { functionOverridesSchema, parseDisabledList } from '@/lib/erp/http-contract/options';

/**
 * The only module that reads `process.env`. Everything is parsed once with zod; an invalid value stops
 * start-up (instrumentation.ts) with a message naming the variable. Every variable is documented in
 * `.env.example` and the README.
 */

const intFrom = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const pixKeyEntry = z.object({
  key: z.string().min(1),
  name: z.string().min(1).optional(),
  city: z.string().min(1).optional(),
});

/** An optional variable holding JSON (empty = `{}`), with an example in the message when it does not parse. */
const jsonEnv = (example: string) =>
  z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw || raw.trim() === '') return {};
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: `deve ser um JSON, ex.: ${example}` });
        return z.NEVER;
      }
    });

const pixKeysJson = jsonEnv('{"banco2":{"key":"chave@exemplo.com"}}').pipe(
  z.record(
    z.string(),
    z.union([
      z
        .string()
        .min(1)
        .transform((key): z.infer<typeof pixKeyEntry> => ({ key })),
      pixKeyEntry,
    ]),
  ),
);

// ——— ERP adapters (issue #4): lib/erp/http-contract and lib/erp/ixc ———
const optionalHttpUrl = optionalText.refine(
  (v) => v === undefined || (/^https?:\/\//i.test(v) && URL.canParse(v)),
  'deve ser uma URL http(s), ex.: https://erp.exemplo.com.br/api',
);
const optionalId = optionalText.refine((v) => v === undefined || /^\d+$/.test(v), 'deve ser um id numérico');
const flag = (def: '0' | '1') =>
  z
    .enum(['0', '1', 'true', 'false'])
    .default(def)
    .transform((v) => v === '1' || v === 'true');

const httpContractFunctionsJson = jsonEnv('{"lead":{"off":true}}').pipe(functionOverridesSchema);

const httpContractDisabled = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const r = parseDisabledList(raw);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.message });
      return z.NEVER;
    }
    return r.value;
  });

// ——— CRM adapters (issue #10): lib/crm ———
export const CRM_ADAPTERS = [
  'none',
  'demo',
  'perfex-won',
  'perfex-rest',
  'vtiger',
  'gestor-clientes-max',
] as const;
const noSpaces = (what: string) =>
  optionalText.refine((v) => v === undefined || /^\S+$/.test(v), `${what} não pode ter espaços`);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
    ERP_ADAPTER: z.enum(['demo', 'http-contract', 'ixc']).default('demo'),

    SESSION_SECRET: z
      .string()
      .min(32, 'precisa ter pelo menos 32 caracteres')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    SESSION_MAX_SECONDS: intFrom(900, 60, 86_400),

    KIOSK_IDLE_SECONDS: intFrom(60, 2, 3600),
    KIOSK_IDLE_WARNING_SECONDS: intFrom(15, 1, 600),
    // The fatura screen (boleto + Pix): paying by Pix means looking at a phone, not touching the totem, and a
    // Pix in a bank app takes 1–3 minutes; 60 s ended sessions mid-payment (issue #11).
    KIOSK_FATURA_IDLE_SECONDS: intFrom(180, 2, 3600),

    LOOKUP_MAX_FAILURES: intFrom(3, 1, 100),
    LOOKUP_BLOCK_SECONDS: intFrom(30, 1, 3600),
    LOOKUP_MAX_PER_MINUTE: intFrom(12, 1, 10_000),
    // Issue #8: the whole server's budget, whatever kiosk ids the clients send (a few totems per process).
    LOOKUP_GLOBAL_MAX_PER_MINUTE: intFrom(60, 1, 100_000),
    LOOKUP_GLOBAL_MAX_FAILURES: intFrom(10, 1, 100_000),
    KIOSK_ID_MAX_PER_MINUTE: intFrom(10, 1, 100_000),
    // Reverse proxies in front of the app that append to X-Forwarded-For: 0 (none), 1/true (one nginx), N.
    TRUST_PROXY: z
      .string()
      .trim()
      .default('0')
      .transform((v, ctx) => {
        const hops = v === 'true' ? 1 : v === 'false' || v === '' ? 0 : /^\d{1,2}$/.test(v) ? Number(v) : NaN;
        if (Number.isInteger(hops) && hops <= 10) return hops;
        ctx.addIssue({
          code: 'custom',
          message: 'deve ser 0, 1 (ou true) ou o número de proxies confiáveis (até 10)',
        });
        return z.NEVER;
      }),

    BUSINESS_NAME: z.string().trim().min(1).default('Provedor Demonstração Ltda'),
    // Not a demo customer's CNPJ: the beneficiary and the payer of a demo boleto must differ.
    BUSINESS_CNPJ: z.string().trim().default('45.321.098/0001-17'),
    BUSINESS_ADDRESS: z.string().trim().default('Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100'),

    // Boleto printing (issue #3): paper of the totem's printer, and the largest ERP boleto PDF we accept.
    BOLETO_LAYOUT: z.enum(['a4', '80mm']).default('a4'),
    BOLETO_PDF_MAX_BYTES: intFrom(5 * 1024 * 1024, 10 * 1024, 50 * 1024 * 1024),
    // Resolution of the totem's printer (dots per inch): barcode modules are snapped to whole dots so a driver's
    // 1-bit raster keeps the 3:1 bar ratio. Unset: 203 for 80mm (thermal heads), 300 for A4.
    BOLETO_PRINTER_DPI: z
      .union([z.literal('').transform(() => undefined), z.coerce.number().int().min(100).max(2400)])
      .optional(),
    // Threads rendering boleto PDFs; unset = 2 on a machine with 2+ cores, else 0 (render in the request thread).
    BOLETO_PDF_WORKERS: z
      .union([z.literal('').transform(() => undefined), z.coerce.number().int().min(0).max(8)])
      .optional(),

    PIX_KEY: optionalText,
    PIX_MERCHANT_NAME: optionalText,
    PIX_MERCHANT_CITY: optionalText,
    PIX_KEYS: pixKeysJson,

    // Staff desk (issue #13): session expiry and the login lockout.
    STAFF_SESSION_IDLE_SECONDS: intFrom(1800, 2, 86_400),
    STAFF_SESSION_MAX_SECONDS: intFrom(43_200, 60, 604_800),
    STAFF_LOGIN_MAX_FAILURES: intFrom(5, 1, 100),
    STAFF_LOGIN_LOCK_SECONDS: intFrom(900, 1, 86_400),
    STAFF_LOGIN_MAX_FAILURES_PER_ADDRESS: intFrom(20, 1, 10_000),

    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ERP_TIMEOUT_MS: intFrom(5_000, 200, 60_000),
    ERP_RETRIES: intFrom(2, 0, 5),
    ERP_CIRCUIT_FAILURES: intFrom(5, 1, 1_000),
    ERP_CIRCUIT_OPEN_SECONDS: intFrom(15, 1, 3_600),

    HTTP_CONTRACT_BASE_URL: optionalHttpUrl,
    HTTP_CONTRACT_TOKEN: optionalText,
    HTTP_CONTRACT_AUTH_HEADER: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9-]+$/, 'nome de cabeçalho HTTP inválido')
      .default('Authorization'),
    // Empty sends the bare token (e.g. HTTP_CONTRACT_AUTH_HEADER=X-API-TOKEN with no scheme).
    HTTP_CONTRACT_AUTH_SCHEME: z.string().trim().default('Bearer'),
    HTTP_CONTRACT_FUNCTIONS: httpContractFunctionsJson,
    HTTP_CONTRACT_DISABLED: httpContractDisabled,

    IXC_URL: optionalHttpUrl,
    IXC_TOKEN: optionalText.refine(
      (v) => v === undefined || /^\d+:\S+$/.test(v),
      'deve ser o token do usuário no formato id:hash (Configurações › Usuários › Token)',
    ),
    IXC_CONTA_ID: optionalId,
    IXC_CHAMADO_ASSUNTO_ID: optionalId,
    IXC_CHAMADO_SETOR_ID: optionalId,
    IXC_FILIAL_ID: optionalId,
    IXC_NOTA_FISCAL_PDF: flag('0'),
    IXC_JUROP_UNIDADE: z.enum(['mes', 'dia']).default('mes'),
    IXC_GET_BOLETO_ATUALIZA: flag('0'),

    // The customer's registration ("Meus dados"): none hides the feature, demo is embedded sample data.
    CRM_ADAPTER: z.enum(CRM_ADAPTERS).default('demo'),
    CRM_TIMEOUT_MS: intFrom(5_000, 200, 60_000),
    CRM_RETRIES: intFrom(1, 0, 5),
    CRM_CIRCUIT_FAILURES: intFrom(5, 1, 1_000),
    CRM_CIRCUIT_OPEN_SECONDS: intFrom(15, 1, 3_600),
    // Perfex CRM (perfex-won and perfex-rest): the install's base URL, and Brazil's id in its tblcountries.
    PERFEX_URL: optionalHttpUrl,
    PERFEX_COUNTRY_ID: intFrom(32, 0, 1_000_000),
    PERFEX_WON_TOKEN: noSpaces('o token'),
    PERFEX_REST_MODULE: z.enum(['themesic', 'api-webhooks']).default('themesic'),
    PERFEX_REST_TOKEN: noSpaces('o token'),
    PERFEX_REST_API_VERSION: z
      .string()
      .trim()
      .regex(/^v\d+$/, 'deve ser como v1')
      .default('v1'),
    PERFEX_REST_VAT_FIELD: optionalText.refine(
      (v) => v === undefined || /^[a-z0-9_]+$/.test(v),
      'deve ser o slug do campo personalizado de cliente, ex.: customers_cpf_cnpj',
    ),
    PERFEX_REST_SCAN_MAX_PAGES: intFrom(20, 1, 1_000),
    PERFEX_REST_RATE_LIMIT_MAX_WAIT_SECONDS: intFrom(3, 0, 60),
    // Vtiger CRM webservice.
    VTIGER_URL: optionalHttpUrl,
    VTIGER_USERNAME: optionalText,
    VTIGER_ACCESS_KEY: noSpaces('a chave de acesso'),
    VTIGER_MODULE: z.enum(['Contacts', 'Accounts']).default('Contacts'),
    VTIGER_DOCUMENT_FIELD: optionalText,
    // Gestor Clientes Max ("Agenda API").
    GESTOR_CLIENTES_URL: optionalHttpUrl.default('https://agenda.anthonymax.com/api'),
    GESTOR_CLIENTES_API_KEY: noSpaces('a chave'),
    GESTOR_CLIENTES_SCAN_MAX_PAGES: intFrom(50, 1, 1_000),

    // Trust unlock (issue #14): the days the ERP keeps a plan unlocked, told to the customer before confirming.
    DESBLOQUEIO_DIAS: intFrom(3, 1, 30),
    // "Quero ser cliente": sign-ups (orders, leads, existence checks) one totem may send per clock hour, so a
    // totem cannot be used to flood the ERP with orders. A store does a handful of sign-ups a day.
    SIGNUP_MAX_PER_HOUR: intFrom(10, 1, 1000),
    // Its CEP lookups per totem per minute (there is no customer session: without a limit the form would be an
    // open proxy to the CEP service). Over it, the person types the address, as when the service is down.
    SIGNUP_CEP_MAX_PER_MINUTE: intFrom(20, 1, 1000),
    // ——— Store (issue #12): SQLite file by default, PostgreSQL with DATABASE_URL ———
    DATABASE_URL: optionalText.refine(
      (v) => v === undefined || (/^postgres(ql)?:\/\//i.test(v) && URL.canParse(v)),
      'deve ser uma URL postgres://usuario:senha@host:5432/banco',
    ),
    DATA_DIR: z.string().trim().min(1).default('data'),
    DATABASE_FILE: optionalText,
    DATABASE_POOL_MAX: intFrom(10, 1, 200),
    AUDIT_KEY: optionalText.refine(
      (v) => v === undefined || v.length >= 32,
      'precisa ter pelo menos 32 caracteres',
    ),
    AUDIT_RETENTION_DAYS: intFrom(180, 0, 3650),
    // "Meus dados" (issue #10): CEP lookup and the ownership proof's lockout.
    CEP_PROVIDER: z.enum(['viacep', 'brasilapi', 'off']).default('viacep'),
    CEP_URL: optionalHttpUrl,
    CEP_TIMEOUT_MS: intFrom(3_000, 200, 30_000),
    CADASTRO_PROVA_MAX_FALHAS: intFrom(3, 1, 20),
    CADASTRO_PROVA_BLOQUEIO_SECONDS: intFrom(900, 10, 86_400),

    // Boleto by e-mail (issue #14): SMTP server; without SMTP_HOST the kiosk does not offer it.
    SMTP_HOST: optionalText,
    SMTP_PORT: intFrom(587, 1, 65_535),
    // 1 = TLS from the first byte (port 465); 0 = STARTTLS when the server offers it (587/25).
    SMTP_SECURE: flag('0'),
    SMTP_USER: optionalText,
    SMTP_PASS: optionalText,
    EMAIL_FROM: optionalText.refine(
      (v) =>
        v === undefined || /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v) || /<[^\s@<>]+@[^\s@<>]+>$/.test(v),
      'deve ser um e-mail, ex.: Provedor <cobranca@provedor.com.br>',
    ),
    EMAIL_MAX_PER_CUSTOMER: intFrom(3, 1, 100),
    EMAIL_WINDOW_SECONDS: intFrom(3600, 60, 7 * 86_400),
  })
  .superRefine((env, ctx) => {
    const need = (variable: keyof typeof env, value: unknown) => {
      if (value === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [variable],
          message: `obrigatória com ERP_ADAPTER=${env.ERP_ADAPTER}`,
        });
      }
    };
    if (env.ERP_ADAPTER === 'http-contract') {
      need('HTTP_CONTRACT_BASE_URL', env.HTTP_CONTRACT_BASE_URL);
      need('HTTP_CONTRACT_TOKEN', env.HTTP_CONTRACT_TOKEN);
    }
    if (env.ERP_ADAPTER === 'ixc') {
      need('IXC_URL', env.IXC_URL);
      need('IXC_TOKEN', env.IXC_TOKEN);
    }
    const needCrm = (variable: keyof typeof env, value: unknown) => {
      if (value === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [variable],
          message: `obrigatória com CRM_ADAPTER=${env.CRM_ADAPTER}`,
        });
      }
    };
    if (env.CRM_ADAPTER === 'perfex-won') {
      needCrm('PERFEX_URL', env.PERFEX_URL);
      needCrm('PERFEX_WON_TOKEN', env.PERFEX_WON_TOKEN);
    }
    if (env.CRM_ADAPTER === 'perfex-rest') {
      needCrm('PERFEX_URL', env.PERFEX_URL);
      needCrm('PERFEX_REST_TOKEN', env.PERFEX_REST_TOKEN);
    }
    if (env.CRM_ADAPTER === 'vtiger') {
      needCrm('VTIGER_URL', env.VTIGER_URL);
      needCrm('VTIGER_USERNAME', env.VTIGER_USERNAME);
      needCrm('VTIGER_ACCESS_KEY', env.VTIGER_ACCESS_KEY);
      needCrm('VTIGER_DOCUMENT_FIELD', env.VTIGER_DOCUMENT_FIELD);
    }
    if (env.CRM_ADAPTER === 'gestor-clientes-max') {
      needCrm('GESTOR_CLIENTES_URL', env.GESTOR_CLIENTES_URL);
      needCrm('GESTOR_CLIENTES_API_KEY', env.GESTOR_CLIENTES_API_KEY);
    }
    if (env.SMTP_HOST !== undefined && env.EMAIL_FROM === undefined) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_FROM'], message: 'obrigatória com SMTP_HOST' });
    }
    if ((env.SMTP_USER === undefined) !== (env.SMTP_PASS === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.SMTP_USER === undefined ? 'SMTP_USER' : 'SMTP_PASS'],
        message: 'SMTP_USER e SMTP_PASS vão juntas',
      });
    }
    if (env.KIOSK_IDLE_WARNING_SECONDS >= env.KIOSK_IDLE_SECONDS + 3600) {
      ctx.addIssue({ code: 'custom', path: ['KIOSK_IDLE_WARNING_SECONDS'], message: 'grande demais' });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface PixKeyConfig {
  key: string;
  name: string;
  city: string;
}

/** Outbound ERP settings (lib/http) and each adapter's own; an adapter's block is null when not selected. */
export interface ErpConfig {
  timeoutMs: number;
  retries: number;
  circuitFailures: number;
  circuitOpenMs: number;
  logLevel: Env['LOG_LEVEL'];
  httpContract: {
    baseUrl: string;
    token: string;
    authHeader: string;
    authScheme: string;
    functions: Env['HTTP_CONTRACT_FUNCTIONS'];
    disabled: Env['HTTP_CONTRACT_DISABLED'];
  } | null;
  ixc: {
    url: string;
    token: string;
    contaId: string | null;
    chamadoAssuntoId: string | null;
    chamadoSetorId: string | null;
    filialId: string | null;
    notaFiscalPdf: boolean;
    juropUnidade: Env['IXC_JUROP_UNIDADE'];
    boletoAtualiza: boolean;
  } | null;
}

/** Outbound CRM settings (lib/http) and each adapter's own; an adapter's block is null when not selected. */
export interface CrmConfig {
  adapter: Env['CRM_ADAPTER'];
  timeoutMs: number;
  retries: number;
  circuitFailures: number;
  circuitOpenMs: number;
  logLevel: Env['LOG_LEVEL'];
  perfexWon: { url: string; token: string; countryId: number } | null;
  perfexRest: {
    url: string;
    module: Env['PERFEX_REST_MODULE'];
    token: string;
    apiVersion: string;
    countryId: number;
    vatField: string | null;
    scanMaxPages: number;
    rateLimitMaxWaitMs: number;
  } | null;
  vtiger: {
    url: string;
    username: string;
    accessKey: string;
    module: Env['VTIGER_MODULE'];
    documentField: string;
  } | null;
  gestorClientesMax: { url: string; apiKey: string; scanMaxPages: number } | null;
}

export interface AppConfig {
  env: Env;
  erpAdapter: Env['ERP_ADAPTER'];
  erp: ErpConfig;
  crm: CrmConfig;
  session: { secret: string; secretIsEphemeral: boolean; maxSeconds: number };
  kiosk: { idleSeconds: number; idleWarningSeconds: number; faturaIdleSeconds: number };
  lookup: {
    maxFailures: number;
    blockSeconds: number;
    maxPerMinute: number;
    globalMaxPerMinute: number;
    globalMaxFailures: number;
    kioskIdsPerMinute: number;
    /** Trusted reverse proxies appending to X-Forwarded-For (0 = the socket address is the client). */
    trustedProxies: number;
  };
  business: { name: string; cnpj: string; address: string };
  boleto: { layout: 'a4' | '80mm'; pdfMaxBytes: number; pdfWorkers: number | null; printerDpi: number };
  pix: { defaultKey: PixKeyConfig | null; byIdentifier: Record<string, PixKeyConfig> };
  staff: {
    idleSeconds: number;
    maxSeconds: number;
    loginMaxFailures: number;
    loginLockSeconds: number;
    loginMaxFailuresPerAddress: number;
  };
  desbloqueio: { dias: number };
  /** "Quero ser cliente": sends per totem per clock hour. */
  adesao: { maxPorHora: number; cepPorMinuto: number };
  /** null: no SMTP configured, no e-mail offered. */
  email: {
    host: string;
    port: number;
    secure: boolean;
    auth: { user: string; pass: string } | null;
    from: string;
    maxPerCustomer: number;
    windowSeconds: number;
  } | null;
  cep: { provider: Env['CEP_PROVIDER']; url: string | undefined; timeoutMs: number };
  cadastro: { provaMaxFalhas: number; provaBloqueioSeconds: number };
  store: StoreConfig;
}

/** Where Totem keeps its own state (lib/store). */
export interface StoreConfig {
  /** PostgreSQL when DATABASE_URL is set, else the SQLite file. */
  target: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; poolMax: number };
  dataDir: string;
  /** Keys the audit chain and document hashes; null = a random key kept in the database (demo). */
  auditKey: string | null;
  /** 0 keeps audit rows forever. */
  auditRetentionDays: number;
}

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super('Configuração inválida:\n' + issues.map((i) => `  - ${i.variable}: ${i.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/** Demo defaults so the kiosk runs on a fresh machine with no configuration at all. */
const DEMO_PIX: PixKeyConfig = {
  key: 'pix@provedor.example.com',
  name: 'Provedor Demonstracao',
  city: 'SAO PAULO',
};

export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '(geral)'), message: i.message })),
    );
  }
  const env = parsed.data;
  const name = env.PIX_MERCHANT_NAME ?? env.BUSINESS_NAME;
  const city = env.PIX_MERCHANT_CITY ?? 'SAO PAULO';
  const defaultKey = env.PIX_KEY
    ? { key: env.PIX_KEY, name, city }
    : env.ERP_ADAPTER === 'demo'
      ? DEMO_PIX
      : null;
  const byIdentifier: Record<string, PixKeyConfig> = {};
  for (const [id, entry] of Object.entries(env.PIX_KEYS)) {
    byIdentifier[id] = { key: entry.key, name: entry.name ?? name, city: entry.city ?? city };
  }
  return {
    env,
    erpAdapter: env.ERP_ADAPTER,
    erp: erpConfigFrom(env),
    crm: crmConfigFrom(env),
    session: {
      // Without a configured secret, sessions are sealed with a per-process random key: safe, but every
      // restart ends open sessions and several instances cannot share them. Production sets SESSION_SECRET.
      secret: env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
      secretIsEphemeral: env.SESSION_SECRET === undefined,
      maxSeconds: env.SESSION_MAX_SECONDS,
    },
    kiosk: {
      idleSeconds: env.KIOSK_IDLE_SECONDS,
      idleWarningSeconds: env.KIOSK_IDLE_WARNING_SECONDS,
      faturaIdleSeconds: env.KIOSK_FATURA_IDLE_SECONDS,
    },
    lookup: {
      maxFailures: env.LOOKUP_MAX_FAILURES,
      blockSeconds: env.LOOKUP_BLOCK_SECONDS,
      maxPerMinute: env.LOOKUP_MAX_PER_MINUTE,
      globalMaxPerMinute: env.LOOKUP_GLOBAL_MAX_PER_MINUTE,
      globalMaxFailures: env.LOOKUP_GLOBAL_MAX_FAILURES,
      kioskIdsPerMinute: env.KIOSK_ID_MAX_PER_MINUTE,
      trustedProxies: env.TRUST_PROXY,
    },
    business: { name: env.BUSINESS_NAME, cnpj: env.BUSINESS_CNPJ, address: env.BUSINESS_ADDRESS },
    boleto: {
      layout: env.BOLETO_LAYOUT,
      pdfMaxBytes: env.BOLETO_PDF_MAX_BYTES,
      pdfWorkers: env.BOLETO_PDF_WORKERS ?? null,
      printerDpi: env.BOLETO_PRINTER_DPI ?? (env.BOLETO_LAYOUT === '80mm' ? 203 : 300),
    },
    pix: { defaultKey, byIdentifier },
    staff: {
      idleSeconds: env.STAFF_SESSION_IDLE_SECONDS,
      maxSeconds: env.STAFF_SESSION_MAX_SECONDS,
      loginMaxFailures: env.STAFF_LOGIN_MAX_FAILURES,
      loginLockSeconds: env.STAFF_LOGIN_LOCK_SECONDS,
      loginMaxFailuresPerAddress: env.STAFF_LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
    desbloqueio: { dias: env.DESBLOQUEIO_DIAS },
    adesao: { maxPorHora: env.SIGNUP_MAX_PER_HOUR, cepPorMinuto: env.SIGNUP_CEP_MAX_PER_MINUTE },
    cep: { provider: env.CEP_PROVIDER, url: env.CEP_URL, timeoutMs: env.CEP_TIMEOUT_MS },
    cadastro: {
      provaMaxFalhas: env.CADASTRO_PROVA_MAX_FALHAS,
      provaBloqueioSeconds: env.CADASTRO_PROVA_BLOQUEIO_SECONDS,
    },
    store: {
      target: env.DATABASE_URL
        ? { engine: 'postgres', url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX }
        : { engine: 'sqlite', file: env.DATABASE_FILE ?? join(env.DATA_DIR, 'totem.db') },
      dataDir: env.DATA_DIR,
      auditKey: env.AUDIT_KEY ?? null,
      auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    },
    email:
      env.SMTP_HOST && env.EMAIL_FROM
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE,
            auth: env.SMTP_USER && env.SMTP_PASS ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : null,
            from: env.EMAIL_FROM,
            maxPerCustomer: env.EMAIL_MAX_PER_CUSTOMER,
            windowSeconds: env.EMAIL_WINDOW_SECONDS,
          }
        : null,
  };
}

function erpConfigFrom(env: Env): ErpConfig {
  return {
    timeoutMs: env.ERP_TIMEOUT_MS,
    retries: env.ERP_RETRIES,
    circuitFailures: env.ERP_CIRCUIT_FAILURES,
    circuitOpenMs: env.ERP_CIRCUIT_OPEN_SECONDS * 1000,
    logLevel: env.LOG_LEVEL,
    httpContract:
      env.HTTP_CONTRACT_BASE_URL && env.HTTP_CONTRACT_TOKEN
        ? {
            baseUrl: env.HTTP_CONTRACT_BASE_URL,
            token: env.HTTP_CONTRACT_TOKEN,
            authHeader: env.HTTP_CONTRACT_AUTH_HEADER,
            authScheme: env.HTTP_CONTRACT_AUTH_SCHEME,
            functions: env.HTTP_CONTRACT_FUNCTIONS,
            disabled: env.HTTP_CONTRACT_DISABLED,
          }
        : null,
    ixc:
      env.IXC_URL && env.IXC_TOKEN
        ? {
            url: env.IXC_URL,
            token: env.IXC_TOKEN,
            contaId: env.IXC_CONTA_ID ?? null,
            chamadoAssuntoId: env.IXC_CHAMADO_ASSUNTO_ID ?? null,
            chamadoSetorId: env.IXC_CHAMADO_SETOR_ID ?? null,
            filialId: env.IXC_FILIAL_ID ?? null,
            notaFiscalPdf: env.IXC_NOTA_FISCAL_PDF,
            juropUnidade: env.IXC_JUROP_UNIDADE,
            boletoAtualiza: env.IXC_GET_BOLETO_ATUALIZA,
          }
        : null,
  };
}

function crmConfigFrom(env: Env): CrmConfig {
  const a = env.CRM_ADAPTER;
  return {
    adapter: a,
    timeoutMs: env.CRM_TIMEOUT_MS,
    retries: env.CRM_RETRIES,
    circuitFailures: env.CRM_CIRCUIT_FAILURES,
    circuitOpenMs: env.CRM_CIRCUIT_OPEN_SECONDS * 1000,
    logLevel: env.LOG_LEVEL,
    perfexWon:
      a === 'perfex-won' && env.PERFEX_URL && env.PERFEX_WON_TOKEN
        ? { url: env.PERFEX_URL, token: env.PERFEX_WON_TOKEN, countryId: env.PERFEX_COUNTRY_ID }
        : null,
    perfexRest:
      a === 'perfex-rest' && env.PERFEX_URL && env.PERFEX_REST_TOKEN
        ? {
            url: env.PERFEX_URL,
            module: env.PERFEX_REST_MODULE,
            token: env.PERFEX_REST_TOKEN,
            apiVersion: env.PERFEX_REST_API_VERSION,
            countryId: env.PERFEX_COUNTRY_ID,
            vatField: env.PERFEX_REST_VAT_FIELD ?? null,
            scanMaxPages: env.PERFEX_REST_SCAN_MAX_PAGES,
            rateLimitMaxWaitMs: env.PERFEX_REST_RATE_LIMIT_MAX_WAIT_SECONDS * 1000,
          }
        : null,
    vtiger:
      a === 'vtiger' &&
      env.VTIGER_URL &&
      env.VTIGER_USERNAME &&
      env.VTIGER_ACCESS_KEY &&
      env.VTIGER_DOCUMENT_FIELD
        ? {
            url: env.VTIGER_URL,
            username: env.VTIGER_USERNAME,
            accessKey: env.VTIGER_ACCESS_KEY,
            module: env.VTIGER_MODULE,
            documentField: env.VTIGER_DOCUMENT_FIELD,
          }
        : null,
    gestorClientesMax:
      a === 'gestor-clientes-max' && env.GESTOR_CLIENTES_URL && env.GESTOR_CLIENTES_API_KEY
        ? {
            url: env.GESTOR_CLIENTES_URL,
            apiKey: env.GESTOR_CLIENTES_API_KEY,
            scanMaxPages: env.GESTOR_CLIENTES_SCAN_MAX_PAGES,
          }
        : null,
  };
}

/** The process-wide configuration, parsed on first use (one per process: its ephemeral secret must be shared). */
export function getConfig(): AppConfig {
  return processSingleton('config', () => loadConfig(process.env));
}
