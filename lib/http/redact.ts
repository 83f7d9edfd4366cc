import { redactText } from '@/lib/domain/redact';

/**
 * URLs fit for logs: credentials and secret-looking query parameters lose their value, personal data in path
 * and query is masked by the shared rule (lib/domain/redact).
 */
export { redactText };

const SECRET_PARAM_RE = /token|key|secret|senha|password|pass|auth|hash|session/i;

/** A URL fit for logs: secret parameters blanked, documents masked in path and query. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAM_RE.test(name)) parsed.searchParams.set(name, 'redacted');
  }
  return redactText(decodeURIComponent(parsed.toString()));
}
