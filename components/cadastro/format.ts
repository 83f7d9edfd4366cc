/** Display masks while typing (the value itself stays digits only). */
export function formatFoneParcial(digits: string): string {
  const d = digits.replace(/\D/g, '');
  if (d.length <= 2) return d.length > 0 ? `(${d}` : '';
  const ddd = d.slice(0, 2);
  const rest = d.slice(2);
  const split = rest.length > 8 ? 5 : 4;
  return rest.length > split ? `(${ddd}) ${rest.slice(0, split)}-${rest.slice(split)}` : `(${ddd}) ${rest}`;
}

export function formatCepParcial(digits: string): string {
  const d = digits.replace(/\D/g, '');
  return d.length > 5 ? `${d.slice(0, 5)}-${d.slice(5)}` : d;
}

/** A v4 UUID from getRandomValues, which (unlike randomUUID) also exists on plain-http desk pages. */
export function novoEditId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
