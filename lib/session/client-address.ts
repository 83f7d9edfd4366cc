/**
 * The client's address, as far as the server can trust it. Next's server puts the socket's address in
 * X-Forwarded-For only when the request has none, and proxy.ts drops a client-sent one unless a reverse proxy is
 * trusted; so with `trustedProxies` = 0 the header holds the socket address. Behind N trusted proxies, each
 * appending the address it saw (nginx: `$proxy_add_x_forwarded_for`), the entry N places from the right is the
 * one the outermost trusted proxy wrote; everything left of it is whatever the client sent.
 */
const ADDRESS_RE = /^[0-9A-Fa-f:.]{2,45}$/;

/**
 * The socket's address, stamped by the server itself on every request (lib/http/request-stamps), overwriting a
 * client-sent header of the same name. Unlike X-Forwarded-For it is the same in proxy.ts and in the app.
 */
export const PEER_ADDRESS_HEADER = 'x-totem-peer-address';

export function clientAddress(forwardedFor: string | null, trustedProxies: number): string | null {
  if (!forwardedFor) return null;
  const entries = forwardedFor.split(',').map((e) => e.trim());
  const entry = entries[entries.length - Math.max(1, trustedProxies)];
  // Not an IP (a client that got past every proxy, or garbage): nothing to key on or to log.
  return entry && ADDRESS_RE.test(entry) ? entry : null;
}

/**
 * The address to log and limit by for a request: without a trusted proxy the socket's (the stamped header),
 * behind `trustedProxies` proxies the X-Forwarded-For entry the outermost trusted one wrote.
 */
export function requestAddress(
  headers: { get(name: string): string | null },
  trustedProxies: number,
): string | null {
  if (trustedProxies > 0) return clientAddress(headers.get('x-forwarded-for'), trustedProxies);
  const peer = headers.get(PEER_ADDRESS_HEADER)?.trim() ?? '';
  return ADDRESS_RE.test(peer) ? peer : null;
}
