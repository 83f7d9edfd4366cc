// Where `npm start` listens. A totem's browser talks to its own server, so the default is the loopback only;
// serving other machines (a desk on the LAN, a reverse proxy on another host) is an explicit HOST=0.0.0.0.
export const DEFAULT_HOST = '127.0.0.1';

/** The `-H` value for `next start`. */
export function hostFrom(env) {
  const host = (env.HOST ?? '').trim();
  return host === '' ? DEFAULT_HOST : host;
}
