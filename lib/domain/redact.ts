/**
 * Personal data never reaches the logs (LGPD). CPF/CNPJ become `[doc…NN]` (last two check digits kept so
 * support can tell two customers apart), e-mails `[email]`, phones `[tel]`. Shared by lib/http (URLs, debug
 * excerpts) and DomainError (every `details` and `fieldErrors` text), so ERP, CRM and e-mail failures are masked
 * on one rule. Free text from a vendor can still carry names, which no pattern finds: adapters log a vendor's
 * message as a short class and a fingerprint (lib/crm/errors `vendorMessageSummary`), never its text.
 */

// Documents in any form a person or an ERP writes them: CPF as 11 digits with at most one separator (dot,
// dash, slash or space) between any two — 529.982.247-25, 52998224725, 529 982 247 25, 5299822472-5 — and CNPJ,
// numeric or alphanumeric in either case, masked or not: 11.222.333/0001-81, 12ABC34501DE35, 12.abc.345/01de-35.
// The CPF pattern also masks 11-digit phone numbers, which is as well.
const SEP = '[.\\-/ ]?';
const CPF_RE = new RegExp(`(?<![0-9A-Za-z])\\d(?:${SEP}\\d){10}(?![0-9A-Za-z])`, 'g');
const CNPJ_RE =
  /(?<![0-9A-Za-z])[0-9A-Za-z]{2}\.?[0-9A-Za-z]{3}\.?[0-9A-Za-z]{3}\/?[0-9A-Za-z]{4}-?\d{2}(?![0-9A-Za-z])/g;
// Contacts an ERP error page may echo: e-mails, and phones with an area code (10 or 11 digits).
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const PHONE_RE = /(?<![0-9A-Za-z])(?:\+?55[ .-]?)?\(?\d{2}\)?[ .-]?9?\d{4}[ .-]?\d{4}(?![0-9A-Za-z])/g;

function maskDocumento(match: string): string {
  return `[doc…${match.replace(/[^0-9A-Za-z]/g, '').slice(-2)}]`;
}

/** Masks every CPF/CNPJ-, e-mail- and phone-shaped token in free text. Names cannot be found this way. */
export function redactText(text: string): string {
  return text
    .replace(EMAIL_RE, '[email]')
    .replace(CNPJ_RE, maskDocumento)
    .replace(CPF_RE, maskDocumento)
    .replace(PHONE_RE, '[tel]');
}
