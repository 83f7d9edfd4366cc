/** EMV MPM TLV: `ID(2) LEN(2) VALUE`, lengths 00–99. */
export interface TlvField {
  id: string;
  value: string;
}

/** One TLV field. Throws RangeError when the value is longer than 99 characters. */
export function tlv(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`campo ${id} do Pix passa de 99 caracteres`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** Splits a TLV string into fields, or null when it is malformed (bad id/length or overrun). */
export function parseTlv(s: string): TlvField[] | null {
  const fields: TlvField[] = [];
  let i = 0;
  while (i < s.length) {
    const header = s.slice(i, i + 4);
    if (!/^\d{4}$/.test(header)) return null;
    const length = Number(header.slice(2));
    const value = s.slice(i + 4, i + 4 + length);
    if (value.length !== length) return null;
    fields.push({ id: header.slice(0, 2), value });
    i += 4 + length;
  }
  return fields;
}

/** Fields by id, or null when an id repeats (an ambiguous payload). */
export function tlvMap(fields: readonly TlvField[]): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const f of fields) {
    if (map.has(f.id)) return null;
    map.set(f.id, f.value);
  }
  return map;
}
