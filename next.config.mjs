/** @type {import('next').NextConfig} */
const nextConfig = {
  // A private build folder lets several builds (a developer's, a benchmark's) coexist in one checkout.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // No gzip from the app: a totem's browser talks to it over loopback, where compressing every response only
  // burns CPU (zlib was a top cost in a /cliente profile). Behind a reverse proxy, the proxy compresses.
  compress: false,
  reactStrictMode: true,
  // @react-pdf/renderer and pino run on the server only; bundling them gains nothing and breaks pino's workers.
  // libsql loads its native binary (@libsql/<platform>) at run time and pg has an optional native binding:
  // both must be required from node_modules, not bundled. Kysely too: one copy for the instrumentation and the
  // app layers (they share one store), and its frames keep their node_modules path in CPU profiles, so
  // bench/erp.ts (BENCH_PROFILE=1) can tell the store's share of the server's time.
  serverExternalPackages: ['@react-pdf/renderer', 'pino', 'kysely', 'libsql', 'pg', 'nodemailer'],
  experimental: {
    // Issue #8: the kiosk sends bodies of a few hundred bytes at most (an identification is ~20). proxy.ts
    // answers 413 to a larger Content-Length (MAX_BODY_BYTES in lib/http/refusal.ts), and to a chunked body
    // as soon as it has counted more; Next buffers a chunked body only up to 32 KB (its default was 10 MB per
    // request, the rest is read and dropped), and server actions refuse anything over 16 KB (default 1 MB).
    proxyClientMaxBodySize: '32kb',
    serverActions: { bodySizeLimit: '16kb' },
  },
  async headers() {
    // The Content-Security-Policy carries a per-request nonce and is set in proxy.ts.
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
