import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config';
import { bodyLongerThan, isWellEncoded, MAX_BODY_BYTES, refusalBody, wantsJson } from '@/lib/http/refusal';
import { chunkedBodyBytes } from '@/lib/http/request-stamps';
import { getLookupPolicy, getRateCounters, reportKioskIdMint } from '@/lib/services/limiter';
import { requestAddress } from '@/lib/session/client-address';
import { KIOSK_COOKIE } from '@/lib/session/constants';
import { getKioskIdKey } from '@/lib/session/kiosk-cookie';
import { mintKioskId, verifyKioskId } from '@/lib/session/kiosk-id';
import { mintChecks } from '@/lib/session/rate-limit';

/**
 * Every request but static files passes here (an RSC navigation only when it is a server action):
 * - a path whose percent-encoding does not decode is answered 400, and a body larger than anything the kiosk
 *   sends 413 (pt-BR page or JSON, with the security headers): by its Content-Length before Next reads it, or,
 *   sent chunked, as soon as the count passes the limit;
 * - without a trusted reverse proxy, a client-sent X-Forwarded-For is dropped, so Next's server fills it with
 *   the socket's address and the rest of the app can log and limit by the real address;
 * - pages get a per-request CSP nonce (Next docs, "Content Security Policy"): scripts run only with the
 *   nonce; nothing may frame the app;
 * - a page load without a valid kiosk id gets a new signed one (lib/session/kiosk-id), within a budget per
 *   minute; never an action (a lookup without a valid id counts against the shared no-id bucket).
 */

function contentSecurityPolicy(nonce: string): string {
  const isDev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    // React style props and SVG presentation need inline styles; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function refuse(request: NextRequest, code: 'PEDIDO_INVALIDO' | 'PEDIDO_GRANDE_DEMAIS', status: number) {
  const { body, contentType } = refusalBody(code, wantsJson(request.nextUrl.pathname, request.headers));
  return new NextResponse(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString('base64')),
      // The rest of an oversized body is not worth reading.
      ...(status === 413 ? { Connection: 'close' } : {}),
    },
  });
}

export async function proxy(request: NextRequest) {
  const { lookup } = getConfig();
  const { pathname } = request.nextUrl;
  if (!isWellEncoded(pathname)) return refuse(request, 'PEDIDO_INVALIDO', 400);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
    return refuse(request, 'PEDIDO_GRANDE_DEMAIS', 413);
  }
  // A chunked body says no length up front. Our copy is cut by Next at 32 KB (next.config.mjs) — silently, so
  // after reading it the socket's byte counter (lib/http/request-stamps) says how long the body really was.
  // The app reads its own copy of a body that passes.
  if (!request.headers.has('content-length') && request.body) {
    const tooLong =
      (await bodyLongerThan(request.body, MAX_BODY_BYTES)) ||
      (chunkedBodyBytes(request.headers) ?? 0) > MAX_BODY_BYTES;
    if (tooLong) return refuse(request, 'PEDIDO_GRANDE_DEMAIS', 413);
  }

  const requestHeaders = new Headers(request.headers);
  if (lookup.trustedProxies === 0) requestHeaders.delete('x-forwarded-for');
  if (pathname.startsWith('/api/')) {
    // JSON and PDFs: no document, so no CSP; no kiosk id either (monitors poll /api/health).
    return NextResponse.next({ request: { headers: requestHeaders } });
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);

  const key = getKioskIdKey();
  if (request.method === 'GET' && !verifyKioskId(request.cookies.get(KIOSK_COOKIE)?.value, key)) {
    const address = requestAddress(request.headers, lookup.trustedProxies);
    // The mint budget lives in the store: with the database unreachable no id is minted (the page still
    // loads and says so; a lookup without an id counts in the shared bucket).
    const gate = await getRateCounters()
      .attempt(mintChecks(getLookupPolicy()), Date.now())
      .catch(() => null);
    if (gate) reportKioskIdMint(gate.allowed, { address });
    if (gate?.allowed) {
      response.cookies.set(KIOSK_COOKIE, mintKioskId(key), {
        httpOnly: true,
        sameSite: 'strict',
        path: '/',
        maxAge: 60 * 60 * 24 * 365,
        secure: request.nextUrl.protocol === 'https:',
      });
    }
  }
  return response;
}

// Literal sources: Next reads this object statically.
export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)',
      // A React Server Components payload (client-side navigation or router prefetch) is not a document: it
      // runs no script and is never framed, so the CSP is moot, and the kiosk cookie was set when the document
      // loaded. Skipping the proxy there saves about 4 % of the server's CPU per faturas listing (bench/erp).
      // A document prefetched by the browser (`Purpose: prefetch`) is a document: it gets the proxy.
      missing: [{ type: 'header', key: 'rsc' }],
    },
    // A server action always passes, even one that claims to be an RSC request.
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg|fonts/).*)',
      has: [{ type: 'header', key: 'next-action' }],
    },
  ],
};
