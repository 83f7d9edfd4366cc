/**
 * One instance per server process. Next can load a module more than once (server actions, pages and route
 * handlers may be bundled into separate layers), so module-level `let x` state is not reliably shared: a session
 * opened by an action would be unknown to the page that reads it. State that must be process-wide (config with
 * its ephemeral secret, session registry, rate limits, adapters with their circuit breakers) lives here.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, unknown>;
  const sym = Symbol.for(`totem.${key}`);
  if (!(sym in store)) store[sym] = create();
  return store[sym] as T;
}

/** Tests only: forget a singleton so the next call creates it again. */
export function resetProcessSingleton(key: string): void {
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(`totem.${key}`)];
}
