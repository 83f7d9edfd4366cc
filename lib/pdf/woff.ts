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
const CMAP = tagOf('cmap');

function tableChecksum(data: Buffer): number {
  const padded = Buffer.alloc((data.length + 3) & ~3);
  data.copy(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Code point → glyph id of a cmap's format 4 subtable (Windows Unicode BMP, or Unicode). */
function readFormat4(cmap: Buffer): Map<number, number> {
  const records = cmap.readUInt16BE(2);
  for (let r = 0; r < records; r++) {
    const offset = cmap.readUInt32BE(8 + r * 8);
    if (cmap.readUInt16BE(offset) !== 4) continue;
    const segments = cmap.readUInt16BE(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    const map = new Map<number, number>();
    for (let i = 0; i < segments; i++) {
      const start = cmap.readUInt16BE(starts + i * 2);
      const end = cmap.readUInt16BE(ends + i * 2);
      const delta = cmap.readUInt16BE(deltas + i * 2);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + i * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        const raw =
          rangeOffset === 0 ? c : cmap.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + 2 * (c - start));
        if (rangeOffset !== 0 && raw === 0) continue;
        const glyph = (raw + delta) & 0xffff;
        if (glyph !== 0) map.set(c, glyph);
      }
    }
    return map;
  }
  throw new Error('fonte sem cmap formato 4');
}

/**
 * The cmap with a format 12 (Windows, full Unicode) subtable added that also maps each alias to the glyph of
 * its target. fontkit prefers that subtable; the original ones stay as they were. Used to give U+000A (the
 * line break inside a paragraph) the space glyph: a code point no face has would make react-pdf run it in
 * its Helvetica fallback, which costs a separate text run and the parsing of Helvetica's metrics per PDF.
 */
function cmapWithAliases(cmap: Buffer, aliases: ReadonlyMap<number, number>): Buffer {
  const map = readFormat4(cmap);
  for (const [alias, target] of aliases) {
    const glyph = map.get(target);
    if (glyph !== undefined) map.set(alias, glyph);
  }
  const groups: [number, number, number][] = [];
  for (const [c, g] of [...map].sort((a, b) => a[0] - b[0])) {
    const last = groups.at(-1);
    if (last && c === last[1] + 1 && g === last[2] + (c - last[0])) last[1] = c;
    else groups.push([c, c, g]);
  }
  const records = cmap.readUInt16BE(2);
  const header = 4 + (records + 1) * 8;
  const shift = header - (4 + records * 8); // the old subtables move down by one record
  const body = cmap.subarray(4 + records * 8);
  const format12 = Buffer.alloc(16 + groups.length * 12);
  format12.writeUInt16BE(12, 0);
  format12.writeUInt32BE(format12.length, 4);
  format12.writeUInt32BE(groups.length, 12);
  groups.forEach(([start, end, glyph], i) => {
    format12.writeUInt32BE(start, 16 + i * 12);
    format12.writeUInt32BE(end, 20 + i * 12);
    format12.writeUInt32BE(glyph, 24 + i * 12);
  });
  const out = Buffer.alloc(header + body.length + format12.length);
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(records + 1, 2);
  for (let r = 0; r < records; r++) {
    out.writeUInt16BE(cmap.readUInt16BE(4 + r * 8), 4 + r * 8);
    out.writeUInt16BE(cmap.readUInt16BE(6 + r * 8), 6 + r * 8);
    out.writeUInt32BE(cmap.readUInt32BE(8 + r * 8) + shift, 8 + r * 8);
  }
  // Records sorted by platform then encoding: (3, 10) goes after (3, 1).
  out.writeUInt16BE(3, 4 + records * 8);
  out.writeUInt16BE(10, 6 + records * 8);
  out.writeUInt32BE(header + body.length, 8 + records * 8);
  body.copy(out, header);
  format12.copy(out, header + body.length);
  return out;
}

/**
 * `dropTables` leaves tables out of the result: the boleto drops the OpenType layout tables (GSUB, GPOS,
 * GDEF) because fontkit's shaping through them was the largest single cost of a render (≈ 12 %), and text
 * made of precomposed Latin glyphs, digits and a monospace code needs no ligatures, marks or kerning.
 */
export function woffToSfnt(
  woff: Buffer,
  dropTables: readonly string[] = [],
  cmapAliases: ReadonlyMap<number, number> = new Map(),
): Buffer {
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
    const tag = woff.readUInt32BE(at);
    if (tag === CMAP && cmapAliases.size > 0) {
      const cmap = cmapWithAliases(data, cmapAliases);
      tables.push({ tag, checksum: tableChecksum(cmap), data: cmap });
    } else tables.push({ tag, checksum: woff.readUInt32BE(at + 16), data });
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
