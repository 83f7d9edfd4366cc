import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linhaFromCodigoBarras } from '@/lib/boleto';
import { DomainError } from '@/lib/domain/errors';
import { setMailerForTests } from '@/lib/email/mailer';
import { resetProcessSingleton } from '@/lib/process-singleton';
import type { KioskSession } from '@/lib/session/kiosk';
import { startSmtpSink, type SmtpSink } from '@/test/email/smtp-sink';
import { rasterize, requireTools, scratchDir, zbar } from '@/test/pdf/tools';
import { enviarBoletoPorEmail } from './boleto-email';

const maria: KioskSession = {
  sid: 's1',
  documento: '52998224725',
  clienteId: '1001',
  nome: 'Maria Aparecida',
};
const padaria: KioskSession = { sid: 's2', documento: '11222333000181', clienteId: '1002', nome: 'Padaria' };
const oficina: KioskSession = { sid: 's3', documento: '12ABC34501DE35', clienteId: '1003', nome: 'Oficina' };
const joao: KioskSession = { sid: 's4', documento: '11144477735', clienteId: '1004', nome: 'João' };
const ana: KioskSession = { sid: 's5', documento: '24681357928', clienteId: '1006', nome: 'Ana Paula' };

let sink: SmtpSink;
const saved = { ...process.env };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
}

beforeAll(async () => {
  requireTools();
  sink = await startSmtpSink();
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    EMAIL_FROM: 'Provedor <cobranca@provedor.example.com>',
    EMAIL_MAX_PER_CUSTOMER: '2',
    BOLETO_PDF_WORKERS: '0',
  });
  resetProcessSingleton('config');
  setMailerForTests(undefined);
});

afterAll(async () => {
  process.env = saved;
  resetProcessSingleton('config');
  setMailerForTests(undefined);
  await sink.close();
});

describe('boleto por e-mail, through a real SMTP server', () => {
  // Renders a boleto and rasterises it at 300 dpi: slow on a loaded 2-core machine.
  it(
    "goes to the ERP's registered address with the PDF (it scans), the linha digitável and the Pix",
    { timeout: 60_000 },
    async () => {
      const r = await enviarBoletoPorEmail(padaria, '70021');
      expect(r.destino).toBe('co***@paoquente.example.com');
      const m = sink.messages.at(-1);
      expect(m?.envelopeTo).toEqual(['contato@paoquente.example.com']);
      expect(m?.mail.from?.text).toContain('cobranca@provedor.example.com');
      expect(m?.mail.subject).toContain('70021');
      const text = m?.mail.text ?? '';
      expect(text).toMatch(/Linha digitável:\n[\d. ]{54}/);
      expect(text).toContain('Pix copia e cola:\n000201');
      const pdf = m?.mail.attachments[0];
      expect(pdf?.contentType).toBe('application/pdf');
      expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const png = await rasterize(pdf?.content ?? Buffer.alloc(0), 300, scratchDir(), 'email-boleto');
      const linha = (text.split('Linha digitável:\n')[1] ?? '').split('\n')[0]?.replace(/\D/g, '') ?? '';
      const [itf] = await zbar(png, 'i25');
      // The attachment's barcode is the same boleto as the linha digitável in the body.
      expect(linhaFromCodigoBarras((itf ?? '').replace(/^I2\/5:/, ''))).toBe(linha);
    },
  );

  it('at most EMAIL_MAX_PER_CUSTOMER sends, then LIMITE_EMAIL with the wait; other customers unaffected', async () => {
    await enviarBoletoPorEmail(maria, '70012');
    await enviarBoletoPorEmail(maria, '70013');
    const before = sink.messages.length;
    const e = await enviarBoletoPorEmail(maria, '70012').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('LIMITE_EMAIL');
    expect((e as DomainError).retryAfterSeconds).toBeGreaterThan(0);
    expect(sink.messages.length).toBe(before);
    expect(await codeOf(enviarBoletoPorEmail(padaria, '70021'))).toBe('ok');
  });

  it('no registered e-mail: refused, nothing sent; another customer’s fatura: not found', async () => {
    const before = sink.messages.length;
    expect(await codeOf(enviarBoletoPorEmail(oficina, '70031'))).toBe('EMAIL_NAO_CADASTRADO');
    expect(await codeOf(enviarBoletoPorEmail(joao, '70012'))).toBe('FATURA_NAO_ENCONTRADA');
    expect(sink.messages.length).toBe(before);
  });

  it("a mail server that refuses gives EMAIL_FALHOU; the retry sends the ERP's own PDF when there is no linha", async () => {
    sink.failNext(1);
    expect(await codeOf(enviarBoletoPorEmail(ana, '70061'))).toBe('EMAIL_FALHOU');
    expect(await codeOf(enviarBoletoPorEmail(ana, '70061'))).toBe('ok');
    const m = sink.messages.at(-1);
    expect(m?.envelopeTo).toEqual(['ana.ferreira@example.com']);
    expect(m?.mail.text).not.toContain('Linha digitável');
    expect(m?.mail.attachments[0]?.filename).toContain('-banco');
    expect(m?.mail.attachments[0]?.content.toString('latin1')).toContain('BOLETO EMITIDO PELO ERP');
  });
});
