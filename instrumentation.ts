/** Runs once when the server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // First: from now on every request carries its socket address (for the security log) and a chunked body
    // a byte counter (for the body limit): lib/http/request-stamps.
    const { stampRequests } = await import('./lib/http/request-stamps');
    stampRequests();
    const { checkConfigAtStartup } = await import('./lib/startup');
    checkConfigAtStartup();
    // Connect and migrate the store now (a newer schema or an unusable SQLite file stops the server here).
    const { openStoreAtStartup } = await import('./lib/store/runtime');
    await openStoreAtStartup();
    // In the background: the server answers at once; the first print finds the renderer warm.
    void import('./lib/pdf/warm')
      .then(({ warmBoletoRenderer }) => warmBoletoRenderer())
      .then((r) =>
        'error' in r
          ? console.warn(`[totem] aquecimento da impressão falhou: ${r.error}`)
          : console.info(`[totem] impressão pronta em ${r.ms} ms (${r.workers} threads)`),
      );
  }
}
