import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('runs on demo defaults with no variables at all', () => {
    const c = loadConfig({});
    expect(c.erpAdapter).toBe('demo');
    expect(c.kiosk).toEqual({ idleSeconds: 60, idleWarningSeconds: 15, faturaIdleSeconds: 180 });
    expect(c.session.secretIsEphemeral).toBe(true);
    expect(c.session.secret.length).toBeGreaterThanOrEqual(32);
    expect(c.pix.defaultKey?.key).toBeTruthy();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ KIOSK_IDLE_SECONDS: 'abc' })).toThrow(/KIOSK_IDLE_SECONDS/);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(
      /SESSION_SECRET: precisa ter pelo menos 32/,
    );
    expect(() => loadConfig({ ERP_ADAPTER: 'sap' })).toThrow(ConfigError);
    expect(() => loadConfig({ PIX_KEYS: '{not json' })).toThrow(/PIX_KEYS/);
  });

  it('reads Pix keys per identifier, plain or with name and city', () => {
    const c = loadConfig({
      PIX_KEY: 'default@x.com',
      PIX_MERCHANT_NAME: 'Loja',
      PIX_KEYS: '{"banco2":"b2@x.com","banco3":{"key":"b3@x.com","city":"RECIFE"}}',
    });
    expect(c.pix.defaultKey).toEqual({ key: 'default@x.com', name: 'Loja', city: 'SAO PAULO' });
    expect(c.pix.byIdentifier.banco2).toEqual({ key: 'b2@x.com', name: 'Loja', city: 'SAO PAULO' });
    expect(c.pix.byIdentifier.banco3?.city).toBe('RECIFE');
  });
});

describe('config: boleto printing', () => {
  it('prints A4 with a 5 MiB limit for ERP PDFs unless told otherwise', () => {
    expect(loadConfig({}).boleto).toEqual({
      layout: 'a4',
      pdfMaxBytes: 5 * 1024 * 1024,
      pdfWorkers: null,
      printerDpi: 300,
    });
    expect(loadConfig({ BOLETO_LAYOUT: '80mm', BOLETO_PDF_MAX_BYTES: '2000000' }).boleto).toEqual({
      layout: '80mm',
      pdfMaxBytes: 2_000_000,
      pdfWorkers: null,
      printerDpi: 203,
    });
  });

  it('takes the printer resolution from BOLETO_PRINTER_DPI and names it when wrong', () => {
    expect(loadConfig({ BOLETO_LAYOUT: '80mm', BOLETO_PRINTER_DPI: '300' }).boleto.printerDpi).toBe(300);
    expect(() => loadConfig({ BOLETO_PRINTER_DPI: 'alta' })).toThrow(/BOLETO_PRINTER_DPI/);
  });

  it('names BOLETO_LAYOUT and BOLETO_PDF_MAX_BYTES when they are wrong', () => {
    expect(() => loadConfig({ BOLETO_LAYOUT: '58mm' })).toThrow(/BOLETO_LAYOUT/);
    expect(() => loadConfig({ BOLETO_PDF_MAX_BYTES: '10' })).toThrow(/BOLETO_PDF_MAX_BYTES/);
  });
});

describe('config: ERP adapters', () => {
  it('ERP_ADAPTER=http-contract needs HTTP_CONTRACT_BASE_URL and HTTP_CONTRACT_TOKEN, naming each', () => {
    expect(() => loadConfig({ ERP_ADAPTER: 'http-contract' })).toThrow(/HTTP_CONTRACT_BASE_URL: obrigatória/);
    expect(() => loadConfig({ ERP_ADAPTER: 'http-contract' })).toThrow(/HTTP_CONTRACT_TOKEN: obrigatória/);
    expect(() =>
      loadConfig({
        ERP_ADAPTER: 'http-contract',
        HTTP_CONTRACT_BASE_URL: 'ftp://x',
        HTTP_CONTRACT_TOKEN: 't',
      }),
    ).toThrow(/HTTP_CONTRACT_BASE_URL: deve ser uma URL/);
    const c = loadConfig({
      ERP_ADAPTER: 'http-contract',
      HTTP_CONTRACT_BASE_URL: 'https://erp.example.com/totem',
      HTTP_CONTRACT_TOKEN: 't',
    });
    expect(c.erp.httpContract).toMatchObject({
      baseUrl: 'https://erp.example.com/totem',
      authHeader: 'Authorization',
      authScheme: 'Bearer',
      disabled: [],
    });
    expect(c.erp.ixc).toBeNull();
  });

  it('reads per-function overrides and the off list, refusing unknown or required functions', () => {
    const env = {
      ERP_ADAPTER: 'http-contract',
      HTTP_CONTRACT_BASE_URL: 'https://erp.example.com',
      HTTP_CONTRACT_TOKEN: 't',
    };
    const c = loadConfig({
      ...env,
      HTTP_CONTRACT_FUNCTIONS: '{"listar_faturas":{"path":"/v2/boletos","method":"GET"},"lead":{"off":true}}',
      HTTP_CONTRACT_DISABLED: 'pedido, revendedores',
      HTTP_CONTRACT_AUTH_HEADER: 'X-API-TOKEN',
      HTTP_CONTRACT_AUTH_SCHEME: '',
    });
    expect(c.erp.httpContract?.functions.listar_faturas).toEqual({ path: '/v2/boletos', method: 'GET' });
    expect(c.erp.httpContract?.disabled).toEqual(['pedido', 'revendedores']);
    expect(c.erp.httpContract?.authScheme).toBe('');
    expect(() => loadConfig({ ...env, HTTP_CONTRACT_FUNCTIONS: '{nope' })).toThrow(
      /HTTP_CONTRACT_FUNCTIONS: deve ser um JSON/,
    );
    expect(() => loadConfig({ ...env, HTTP_CONTRACT_FUNCTIONS: '{"faturas":{}}' })).toThrow(
      /HTTP_CONTRACT_FUNCTIONS/,
    );
    expect(() => loadConfig({ ...env, HTTP_CONTRACT_FUNCTIONS: '{"listar_faturas":{"off":true}}' })).toThrow(
      /HTTP_CONTRACT_FUNCTIONS/,
    );
    expect(() => loadConfig({ ...env, HTTP_CONTRACT_DISABLED: 'listar_faturas' })).toThrow(
      /HTTP_CONTRACT_DISABLED/,
    );
    expect(() => loadConfig({ ...env, HTTP_CONTRACT_DISABLED: 'voar' })).toThrow(
      /HTTP_CONTRACT_DISABLED: função desconhecida/,
    );
  });

  it('ERP_ADAPTER=ixc needs IXC_URL and an id:hash IXC_TOKEN; optional ids enable functions', () => {
    expect(() => loadConfig({ ERP_ADAPTER: 'ixc' })).toThrow(
      /IXC_URL: obrigatória[\s\S]*IXC_TOKEN: obrigatória/,
    );
    expect(() =>
      loadConfig({
        ERP_ADAPTER: 'ixc',
        IXC_URL: 'https://ixc.example.com/webservice/v1',
        IXC_TOKEN: 'semdoispontos',
      }),
    ).toThrow(/IXC_TOKEN: deve ser o token/);
    expect(() =>
      loadConfig({
        ERP_ADAPTER: 'ixc',
        IXC_URL: 'https://x.example.com',
        IXC_TOKEN: '7:abc',
        IXC_CONTA_ID: 'banco',
      }),
    ).toThrow(/IXC_CONTA_ID/);
    const c = loadConfig({
      ERP_ADAPTER: 'ixc',
      IXC_URL: 'https://ixc.example.com/webservice/v1',
      IXC_TOKEN: '7:abc',
      IXC_CHAMADO_ASSUNTO_ID: '12',
    });
    expect(c.erp.ixc).toMatchObject({
      url: 'https://ixc.example.com/webservice/v1',
      token: '7:abc',
      chamadoAssuntoId: '12',
      contaId: null,
      notaFiscalPdf: false,
    });
  });

  it('bounds the outbound timeouts, retries and circuit breaker', () => {
    const c = loadConfig({});
    expect(c.erp).toMatchObject({
      timeoutMs: 5000,
      retries: 2,
      circuitFailures: 5,
      circuitOpenMs: 15_000,
      logLevel: 'info',
    });
    expect(() => loadConfig({ ERP_TIMEOUT_MS: '50' })).toThrow(/ERP_TIMEOUT_MS/);
    expect(() => loadConfig({ ERP_RETRIES: '9' })).toThrow(/ERP_RETRIES/);
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
  });

  it('reads the boleto PDF render threads: unset or empty is automatic, 0–8 otherwise', () => {
    expect(loadConfig({}).boleto.pdfWorkers).toBeNull();
    expect(loadConfig({ BOLETO_PDF_WORKERS: '' }).boleto.pdfWorkers).toBeNull();
    expect(loadConfig({ BOLETO_PDF_WORKERS: '0' }).boleto.pdfWorkers).toBe(0);
    expect(() => loadConfig({ BOLETO_PDF_WORKERS: '9' })).toThrow(/BOLETO_PDF_WORKERS/);
  });
});

describe('config: CRM adapters', () => {
  it('defaults to the demo CRM, with no variables at all', () => {
    const c = loadConfig({});
    expect(c.crm.adapter).toBe('demo');
    expect(c.crm).toMatchObject({ perfexWon: null, perfexRest: null, vtiger: null, gestorClientesMax: null });
  });

  it('names each variable a chosen CRM needs', () => {
    expect(() => loadConfig({ CRM_ADAPTER: 'perfex-won' })).toThrow(/PERFEX_URL: obrigatória/);
    expect(() => loadConfig({ CRM_ADAPTER: 'perfex-won' })).toThrow(/PERFEX_WON_TOKEN: obrigatória/);
    expect(() => loadConfig({ CRM_ADAPTER: 'perfex-rest', PERFEX_URL: 'https://crm.x' })).toThrow(
      /PERFEX_REST_TOKEN: obrigatória/,
    );
    for (const v of ['VTIGER_URL', 'VTIGER_USERNAME', 'VTIGER_ACCESS_KEY', 'VTIGER_DOCUMENT_FIELD'])
      expect(() => loadConfig({ CRM_ADAPTER: 'vtiger' })).toThrow(new RegExp(`${v}: obrigatória`));
    expect(() => loadConfig({ CRM_ADAPTER: 'gestor-clientes-max' })).toThrow(
      /GESTOR_CLIENTES_API_KEY: obrigatória/,
    );
    expect(() => loadConfig({ CRM_ADAPTER: 'salesforce' })).toThrow(/CRM_ADAPTER/);
  });

  it('names a wrong value', () => {
    const won = { CRM_ADAPTER: 'perfex-won', PERFEX_URL: 'https://crm.x', PERFEX_WON_TOKEN: 't' };
    expect(() => loadConfig({ ...won, PERFEX_URL: 'crm.x' })).toThrow(/PERFEX_URL/);
    expect(() => loadConfig({ ...won, PERFEX_COUNTRY_ID: 'Brasil' })).toThrow(/PERFEX_COUNTRY_ID/);
    expect(() => loadConfig({ ...won, PERFEX_WON_TOKEN: 'a b' })).toThrow(/PERFEX_WON_TOKEN/);
    const rest = { CRM_ADAPTER: 'perfex-rest', PERFEX_URL: 'https://crm.x', PERFEX_REST_TOKEN: 't' };
    expect(() => loadConfig({ ...rest, PERFEX_REST_MODULE: 'outro' })).toThrow(/PERFEX_REST_MODULE/);
    expect(() => loadConfig({ ...rest, PERFEX_REST_API_VERSION: '1' })).toThrow(/PERFEX_REST_API_VERSION/);
    expect(() => loadConfig({ ...rest, PERFEX_REST_VAT_FIELD: 'CPF/CNPJ' })).toThrow(/PERFEX_REST_VAT_FIELD/);
    expect(() => loadConfig({ CRM_ADAPTER: 'vtiger', VTIGER_MODULE: 'Leads' })).toThrow(/VTIGER_MODULE/);
    expect(() => loadConfig({ CRM_TIMEOUT_MS: '10' })).toThrow(/CRM_TIMEOUT_MS/);
  });

  it('builds each adapter block only for the adapter chosen', () => {
    const c = loadConfig({
      CRM_ADAPTER: 'vtiger',
      VTIGER_URL: 'https://crm.x',
      VTIGER_USERNAME: 'totem',
      VTIGER_ACCESS_KEY: 'Ab12Cd34Ef56Gh78',
      VTIGER_DOCUMENT_FIELD: 'cf_853',
      PERFEX_URL: 'https://perfex.x',
      PERFEX_WON_TOKEN: 't',
    });
    expect(c.crm.vtiger).toEqual({
      url: 'https://crm.x',
      username: 'totem',
      accessKey: 'Ab12Cd34Ef56Gh78',
      module: 'Contacts',
      documentField: 'cf_853',
    });
    expect(c.crm.perfexWon).toBeNull();
    const g = loadConfig({ CRM_ADAPTER: 'gestor-clientes-max', GESTOR_CLIENTES_API_KEY: 'gck_x' });
    expect(g.crm.gestorClientesMax).toEqual({
      url: 'https://agenda.anthonymax.com/api',
      apiKey: 'gck_x',
      scanMaxPages: 50,
    });
    const p = loadConfig({ CRM_ADAPTER: 'perfex-rest', PERFEX_URL: 'https://crm.x', PERFEX_REST_TOKEN: 't' });
    expect(p.crm.perfexRest).toMatchObject({
      module: 'themesic',
      apiVersion: 'v1',
      countryId: 32,
      vatField: null,
    });
    expect(loadConfig({ CRM_ADAPTER: 'none' }).crm.adapter).toBe('none');
  });
});

describe('config: lookup limits (issue #8)', () => {
  it('has whole-server budgets by default, and reads them', () => {
    expect(loadConfig({}).lookup).toMatchObject({
      globalMaxPerMinute: 60,
      globalMaxFailures: 10,
      kioskIdsPerMinute: 10,
      trustedProxies: 0,
    });
    expect(
      loadConfig({
        LOOKUP_GLOBAL_MAX_PER_MINUTE: '120',
        LOOKUP_GLOBAL_MAX_FAILURES: '20',
        KIOSK_ID_MAX_PER_MINUTE: '4',
      }).lookup,
    ).toMatchObject({ globalMaxPerMinute: 120, globalMaxFailures: 20, kioskIdsPerMinute: 4 });
  });

  it('TRUST_PROXY is a number of trusted hops; true/false still work', () => {
    const hops = (v: string) => loadConfig({ TRUST_PROXY: v }).lookup.trustedProxies;
    expect([hops('0'), hops('false'), hops('1'), hops('true'), hops('2')]).toEqual([0, 0, 1, 1, 2]);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '-1' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY/);
  });
});
