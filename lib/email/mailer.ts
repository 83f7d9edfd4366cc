import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';

/**
 * Outbound e-mail through the SMTP server in the configuration (nodemailer, one pooled transport per process).
 * Short timeouts: the customer is waiting at the totem.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

export type Mailer = (message: MailMessage) => Promise<{ messageId: string }>;

export function createMailer(email: NonNullable<AppConfig['email']>): Mailer {
  const transport: Transporter = nodemailer.createTransport({
    host: email.host,
    port: email.port,
    secure: email.secure,
    auth: email.auth ?? undefined,
    connectionTimeout: 8_000,
    greetingTimeout: 8_000,
    socketTimeout: 15_000,
  });
  return async (m) => {
    const info = (await transport.sendMail({ from: email.from, ...m })) as { messageId?: string };
    return { messageId: info.messageId ?? '' };
  };
}

const holder = () => processSingleton('mailer', (): { mailer?: Mailer } => ({}));

export function getMailer(email: NonNullable<AppConfig['email']>): Mailer {
  const h = holder();
  h.mailer ??= createMailer(email);
  return h.mailer;
}

/** Tests only: replace the process-wide mailer. */
export function setMailerForTests(mailer: Mailer | undefined): void {
  holder().mailer = mailer;
}
