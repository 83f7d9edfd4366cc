/** Separators people and ERPs put in documents: dots, slash, hyphen and any whitespace (NBSP included). */
const SEPARATORS = /[\s./-]/g;

/**
 * Removes mask separators and upper-cases letters. Does not drop anything else: a stray character must
 * surface as an error, never vanish silently (an alphanumeric CNPJ dies if letters are stripped).
 */
export function stripDocumento(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

/** True when the string is one character repeated (e.g. `11111111111`), which passes the DV rules. */
export function isRepeated(value: string): boolean {
  return value.length > 0 && /^(.)\1*$/.test(value);
}
