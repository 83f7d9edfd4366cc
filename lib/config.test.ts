import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('config', () => {
  it('runs on demo defaults with no variables at all', () => {
    const c = loadConfig({});
    expect(c.erpAdapter).toBe('demo');
    expect(c.kiosk).toEqual({ idleSeconds: 60, idleWarningSeconds: 15 });
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
    expect(loadConfig({}).boleto).toEqual({ layout: 'a4', pdfMaxBytes: 5 * 1024 * 1024, pdfWorkers: null });
    expect(loadConfig({ BOLETO_LAYOUT: '80mm', BOLETO_PDF_MAX_BYTES: '2000000' }).boleto).toEqual({
      layout: '80mm',
      pdfMaxBytes: 2_000_000,
      pdfWorkers: null,
    });
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
