import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { SMTP_HTTP_PORT } from './env';

/** Orientations every service flow is shot in (e2e/artifacts/<name>/). */
export const ORIENTATIONS = [
  { name: 'retrato', width: 1080, height: 1920 },
  { name: 'paisagem', width: 1920, height: 1080 },
] as const;

/**
 * Server-action POSTs whose arguments contain `marker` (each confirm tap that leaves the browser; the idle
 * guard's keep-alive is an action too, and is not counted).
 */
export function countActions(page: Page, marker: string): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action'] && (r.postData() ?? '').includes(marker)) n += 1;
  });
  return () => n;
}

/**
 * The next server-action request reaches the server and is processed, but its answer never reaches the
 * totem (a dropped connection): the customer sees an error and taps again with the same confirmation.
 */
export async function loseNextActionAnswer(page: Page, marker: string): Promise<void> {
  let lost = false;
  await page.route('**/*', async (route) => {
    const req = route.request();
    if (
      !lost &&
      req.method() === 'POST' &&
      req.headers()['next-action'] &&
      (req.postData() ?? '').includes(marker)
    ) {
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
      return;
    }
    await route.fallback();
  });
}

/** Text of a PDF answer (pdftotext, an independent reader). */
interface PdfAnswer {
  status(): number;
  headers(): Record<string, string>;
  body(): Promise<Buffer>;
}

export async function pdfText(response: PdfAnswer): Promise<string> {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const dir = join(tmpdir(), 'totem-e2e');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `doc-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, await response.body());
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

export async function shot(page: Page, orientation: string, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/${orientation}/${name}.png`, fullPage: true });
}

export interface SentMail {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; base64: string }[];
}

/** What reached the e2e mail server (test/email/main.ts). */
export async function sentMails(request: APIRequestContext): Promise<SentMail[]> {
  return (await (await request.get(`http://127.0.0.1:${SMTP_HTTP_PORT}/messages`)).json()) as SentMail[];
}
