import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Types a document on the on-screen keypad, switching to letters for an alphanumeric CNPJ. */
export async function typeOnKeypad(page: Page, documento: string): Promise<void> {
  let letters = false;
  for (const c of documento.replace(/[^0-9A-Za-z]/g, '').toUpperCase()) {
    const isLetter = /[A-Z]/.test(c);
    if (isLetter !== letters) {
      await page.locator(`[data-key="mode-${isLetter ? 'letters' : 'digits'}"]`).click();
      letters = isLetter;
    }
    await page.locator(`[data-key="${c}"]`).click();
  }
}

/** From the attract screen: touch to start, type the document, confirm. */
export async function identify(page: Page, documento: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('attract').click();
  await expect(page.getByTestId('keypad-digits')).toBeVisible();
  await typeOnKeypad(page, documento);
  await page.getByTestId('confirm').click();
}

/** Decodes a barcode or QR on screen with zbarimg (an independent reader), from an element screenshot. */
export async function decodeOnScreen(locator: Locator, symbology: 'i25' | 'qrcode'): Promise<string> {
  const dir = join(tmpdir(), 'totem-e2e');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${symbology}-${Date.now()}-${Math.random().toString(36).slice(2)}.png`);
  writeFileSync(file, await locator.screenshot());
  return execFileSync('zbarimg', ['--raw', '-q', '-Sdisable', `-S${symbology}.enable`, file], {
    encoding: 'utf8',
  }).trim();
}

/** Reads one top-level EMV field of a Pix payload (for asserting amounts). */
export function pixField(payload: string, id: string): string | null {
  let i = 0;
  while (i + 4 <= payload.length) {
    const tag = payload.slice(i, i + 2);
    const len = Number(payload.slice(i + 2, i + 4));
    const value = payload.slice(i + 4, i + 4 + len);
    if (tag === id) return value;
    i += 4 + len;
  }
  return null;
}

/**
 * Headless Chromium has no printer and its renderer sometimes crashes on print() (e2e/print.spec.ts prints for
 * real, headed under Xvfb). In the headless specs the print frame's print() only counts (`printed`): they are
 * about what the screen does around a print; what reaches paper is print.spec's. Call before the first goto.
 */
export async function stubPrinter(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const desc = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        const win = desc?.get?.call(this) as Window | null;
        if (!win || this.dataset.testid !== 'print-frame') return win;
        const counter = window as unknown as { printed?: number };
        return {
          focus: () => undefined,
          print: () => {
            counter.printed = (counter.printed ?? 0) + 1;
          },
        };
      },
    });
  });
}

export const printed = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { printed?: number }).printed ?? 0);
