/**
 * The name the kiosk greets a customer by: a person by the first name; a company by its name without the legal
 * form ("Padaria Pão Quente Ltda" → "Padaria Pão Quente"), never by its first word ("Olá, Padaria!").
 */
const LEGAL_FORM =
  /(?:[\s,.-]+(?:ltda\.?|limitada|me|epp|eireli|s\/?\.?a\.?|sa|s\.a|cia\.?|companhia|mei|ss|slu|s\/s))+\s*$/i;

export function greetingName(nome: string, documento: string): string {
  const clean = nome.trim().replace(/\s+/g, ' ');
  if (documento.length === 11) return clean.split(' ')[0] ?? clean;
  const semForma = clean.replace(LEGAL_FORM, '').trim();
  return semForma === '' ? clean : semForma;
}
