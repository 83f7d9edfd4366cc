/**
 * Personal data and secrets never reach the logs (LGPD). CPF/CNPJ become `[doc…NN]` (last two check digits
 * kept so support can tell two customers apart), and secret-looking query parameters lose their value.
 */

// CPF, masked or not: 529.982.247-25 / 52998224725.
const CPF_RE = /(?<![0-9A-Za-z])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![0-9A-Za-z])/g;
// CNPJ, numeric or alphanumeric, masked or not: 11.222.333/0001-81 / 12ABC34501DE35.
const CNPJ_RE =
  /(?<![0-9A-Za-z])[0-9A-Z]{2}\.?[0-9A-Z]{3}\.?[0-9A-Z]{3}\/?[0-9A-Z]{4}-?\d{2}(?![0-9A-Za-z])/g;
// `sessionName` is Vtiger's session id, sent in the query string of every read.
const SECRET_PARAM_RE = /token|key|secret|senha|password|pass|auth|hash|session/i;

function maskDocumento(match: string): string {
  return `[doc…${match.slice(-2)}]`;
}

/** Masks every CPF/CNPJ-shaped token in free text. */
export function redactText(text: string): string {
  return text.replace(CNPJ_RE, maskDocumento).replace(CPF_RE, maskDocumento);
}

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
