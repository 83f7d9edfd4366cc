import { messageFor, type ErrorCode } from '@/lib/domain/errors';

/**
 * What proxy.ts answers to a request it refuses before Next sees it (malformed percent-encoding, a body larger
 * than the kiosk ever sends): JSON like the API routes for API calls and server actions, else a small pt-BR page
 * in the kiosk's colours that goes back to the start by itself (no script: it runs under the CSP with none).
 */

/**
 * The largest request body the app accepts. The kiosk's biggest is a form of a few hundred bytes (an
 * identification is ~20); next.config.mjs gives server actions the same limit.
 */
export const MAX_BODY_BYTES = 16 * 1024;

export const REFUSAL_TEXTS = {
  PEDIDO_INVALIDO: 'Endereço inválido',
  PEDIDO_GRANDE_DEMAIS: 'Pedido não aceito',
  home: 'Voltar ao início',
} as const;

type RefusalCode = 'PEDIDO_INVALIDO' | 'PEDIDO_GRANDE_DEMAIS';

/** Seconds before the refusal page returns to the attract screen by itself. */
const BACK_HOME_SECONDS = 15;

export function wantsJson(pathname: string, headers: Headers): boolean {
  if (pathname === '/api' || pathname.startsWith('/api/')) return true;
  if (headers.has('next-action')) return true;
  return !(headers.get('accept') ?? '').includes('text/html');
}

export function refusalBody(code: RefusalCode, json: boolean): { body: string; contentType: string } {
  const message = messageFor(code satisfies ErrorCode);
  if (json) {
    return {
      body: JSON.stringify({ ok: false, code, message, retryable: false }),
      contentType: 'application/json; charset=utf-8',
    };
  }
  const title = REFUSAL_TEXTS[code];
  const html = `<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${BACK_HOME_SECONDS};url=/"><title>${title}</title>
<style>
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;background:#0b1220;color:#fff;
font-family:system-ui,sans-serif;text-align:center;user-select:none}
main{max-width:48rem;margin:2rem;padding:2.5rem;border:2px solid #2c3a57;border-radius:1.5rem;background:#131c2e}
h1{font-size:2.5rem;margin:0 0 1.5rem}p{font-size:1.5rem;color:#c3cce0;margin:0 0 2rem}
a{display:inline-block;min-height:64px;line-height:64px;padding:0 2rem;border-radius:1rem;background:#ffd166;
color:#1a1300;font-size:1.5rem;font-weight:700;text-decoration:none}
</style></head>
<body><main data-testid="screen-refused"><h1>${title}</h1><p>${message}</p><a href="/">${REFUSAL_TEXTS.home}</a></main></body></html>`;
  return { body: html, contentType: 'text/html; charset=utf-8' };
}

/**
 * Whether a body sent without Content-Length (Transfer-Encoding: chunked) is longer than `limit` bytes. Reads
 * only until the count passes the limit, then cancels: nothing beyond `limit` plus one chunk is held. (The
 * copy Next hands proxy.ts is cut at `proxyClientMaxBodySize`: proxy.ts also asks the socket's byte counter.)
 */
export async function bodyLongerThan(body: ReadableStream<Uint8Array>, limit: number): Promise<boolean> {
  const reader = body.getReader();
  let seen = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      seen += value.byteLength;
      if (seen > limit) {
        await reader.cancel().catch(() => undefined);
        return true;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/** Whether a path's percent-encoding decodes (Next's router answers a bare 500 when it does not). */
export function isWellEncoded(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
