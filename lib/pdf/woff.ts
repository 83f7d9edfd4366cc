import { inflateSync } from 'node:zlib';

/**
 * WOFF 1.0 → plain sfnt (TrueType/OpenType) bytes. fontkit 2.0.4, which @react-pdf/renderer uses, misreads
 * some glyphs of the @fontsource WOFF and WOFF2 files (RangeError "Offset is outside the bounds of the
 * DataView" while subsetting ':' or ' '); the same tables repacked as a TTF subset fine. The format is small:
 * a 44-byte header, a 20-byte directory entry per table, each table zlib-compressed unless that saves
 * nothing (W3C WOFF File Format 1.0, §4–5).
 */
const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface TableEntry {
  tag: number;
  checksum: number;
  data: Buffer;
}

const tagOf = (tag: string) => Buffer.from(tag, 'latin1').readUInt32BE(0);

/**
 * `dropTables` leaves tables out of the result: the boleto drops the OpenType layout tables (GSUB, GPOS,
 * GDEF) because fontkit's shaping through them was the largest single cost of a render (≈ 12 %), and text
 * made of precomposed Latin glyphs, digits and a monospace code needs no ligatures, marks or kerning.
 */
export function woffToSfnt(woff: Buffer, dropTables: readonly string[] = []): Buffer {
  const drop = new Set(dropTables.map(tagOf));
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) {
    throw new Error('não é um arquivo WOFF 1.0');
  }
  const flavor = woff.readUInt32BE(4);
  const tables: TableEntry[] = [];
  for (let i = 0; i < woff.readUInt16BE(12); i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    if (drop.has(woff.readUInt32BE(at))) continue;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error('tabela WOFF com tamanho inconsistente');
    tables.push({ tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data });
  }

  const numTables = tables.length;
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  const headerLength = SFNT_HEADER + SFNT_ENTRY * numTables;
  const padded = (n: number) => (n + 3) & ~3;
  const out = Buffer.alloc(tables.reduce((size, t) => size + padded(t.data.length), headerLength));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * SFNT_ENTRY - searchRange, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}
