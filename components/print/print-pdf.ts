import { PT } from './texts';

export type PdfFetch = { ok: true; blob: Blob } | { ok: false; message: string; code?: string };

async function isPdf(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(0, 5).arrayBuffer());
  return String.fromCharCode(...head) === '%PDF-';
}

/**
 * Fetches a boleto PDF from the totem's own routes. Anything but a PDF (the routes answer JSON in pt-BR when
 * the boleto is refused, the session ended or the ERP is down) comes back as the message to show.
 */
export async function fetchPdf(url: string): Promise<PdfFetch> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
  } catch {
    return { ok: false, message: PT.erroRede };
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.ok && type.startsWith('application/pdf')) {
    const blob = await response.blob();
    // The server checked it already; a proxy or captive portal in between could still answer with HTML.
    return (await isPdf(blob)) ? { ok: true, blob } : { ok: false, message: PT.erroPdf };
  }
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') {
      const code = 'code' in body && typeof body.code === 'string' ? body.code : undefined;
      return { ok: false, message: body.message, code };
    }
  } catch {
    // not JSON either
  }
  return { ok: false, message: PT.erroGenerico };
}

/** Chromium's PDF viewer paints shortly after the frame's load event; printing before it gives a blank page. */
const VIEWER_SETTLE_MS = 400;
const LOAD_TIMEOUT_MS = 15_000;

let frame: HTMLIFrameElement | null = null;
let frameUrl: string | null = null;

/**
 * Prints a PDF without leaving the page: a hidden iframe loads it from a blob: URL (allowed by the CSP's
 * frame-src; no X-Frame-Options involved) and its window prints. With Chromium started with
 * `--kiosk --kiosk-printing` this goes straight to the default printer, with no dialog.
 */
export function printPdfBlob(blob: Blob): Promise<void> {
  disposePrintFrame();
  const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
  const iframe = document.createElement('iframe');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.dataset.testid = 'print-frame';
  // Laid out at 1 px and transparent rather than display:none: the setup tested with Chromium 156
  // --kiosk-printing (e2e/print.spec.ts).
  iframe.style.cssText =
    'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none;';
  frame = iframe;
  frameUrl = url;
  return new Promise<void>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error('o PDF não carregou')), LOAD_TIMEOUT_MS);
    iframe.addEventListener(
      'load',
      () => {
        window.setTimeout(() => {
          window.clearTimeout(timer);
          try {
            const win = iframe.contentWindow;
            if (!win) throw new Error('sem janela de impressão');
            win.focus();
            win.print();
            resolve();
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, VIEWER_SETTLE_MS);
      },
      { once: true },
    );
    iframe.src = url;
    document.body.appendChild(iframe);
  });
}

/** Removes the hidden frame and frees its blob (on leaving the screen). */
export function disposePrintFrame(): void {
  frame?.remove();
  if (frameUrl) URL.revokeObjectURL(frameUrl);
  frame = null;
  frameUrl = null;
}
