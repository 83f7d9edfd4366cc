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
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET: precisa ter pelo menos 32/);
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
    expect(loadConfig({}).boleto).toEqual({ layout: 'a4', pdfMaxBytes: 5 * 1024 * 1024 });
    expect(loadConfig({ BOLETO_LAYOUT: '80mm', BOLETO_PDF_MAX_BYTES: '2000000' }).boleto).toEqual({
      layout: '80mm',
      pdfMaxBytes: 2_000_000,
    });
  });

  it('names BOLETO_LAYOUT and BOLETO_PDF_MAX_BYTES when they are wrong', () => {
    expect(() => loadConfig({ BOLETO_LAYOUT: '58mm' })).toThrow(/BOLETO_LAYOUT/);
    expect(() => loadConfig({ BOLETO_PDF_MAX_BYTES: '10' })).toThrow(/BOLETO_PDF_MAX_BYTES/);
  });
});
