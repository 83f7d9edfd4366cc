import { Canvas, View } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { ITF_MODULES, itfModules } from '@/lib/boleto';

/** Millimetres → PDF points (1/72 in). */
export const mm = (value: number): number => (value * 72) / 25.4;

/**
 * FEBRABAN bar size (BOLETO-PIX.md §4): 405 modules in ≈ 103 mm, 13 mm high, quiet zones ≥ 5 mm. A module of
 * 0.254 mm (0.01 in) gives 102.87 mm, and whole pixels at 300 dpi (3 px) and almost whole at 203 dpi
 * (2.03 px), the resolution of thermal printers. Wide bars are 3 modules (3:1, from the ITF encoding).
 */
export const ITF_MODULE_MM = 0.254;
export const ITF_HEIGHT_MM = 13;
export const ITF_LENGTH_MM = ITF_MODULES * ITF_MODULE_MM;
/** 25 modules: above the 5 mm minimum, so a slightly misplaced print still leaves a clean margin. */
export const ITF_QUIET_MM = 6.35;

/**
 * A module width in whole printer dots: the nearest whole number of dots (at least one) to `nominalMm` at `dpi`.
 * Printer drivers rasterise to 1 bit without anti-aliasing; at 203 dpi a 0.254 mm module is 2.03 dots and the
 * bars come out 2 or 3 dots at random, which breaks the ITF's 3:1 ratio (zbar then fails). 2 dots = 0.250 mm
 * stays within the banks' tolerance. Without a dpi the nominal width is kept.
 */
export function snapToDots(nominalMm: number, dpi?: number): number {
  if (!dpi) return nominalMm;
  const dots = Math.max(1, Math.round((nominalMm * dpi) / 25.4));
  return (dots * 25.4) / dpi;
}

/** The ITF module for a printer: 0.254 mm snapped to its dots. */
export function itfModuleMm(dpi?: number): number {
  return snapToDots(ITF_MODULE_MM, dpi);
}

/**
 * The first printer-dot boundary at or after `points` (PDF points from the page's top-left corner). Bar edges
 * placed on dot boundaries fall on the same dots under any rasteriser; off the grid, a 1-bit driver that
 * inks every touched dot widens each bar by a dot and narrows each space by one (measured with
 * `pdftoppm -mono -r 203`: 3/7-dot bars and 1/5-dot spaces instead of 2/6).
 */
export function nextDotPt(points: number, dpi?: number): number {
  if (!dpi) return points;
  return (Math.ceil((points * dpi) / 72 - 1e-6) * 72) / dpi;
}

/** [x, y, width, height] in the unit of the caller. */
export type Box = [number, number, number, number];

/**
 * The slice of pdfkit that react-pdf's <Canvas> hands to `paint` (typed `any` upstream). Drawing filled
 * rectangles there writes one `re` operator each; an SVG <Path> of the same squares is parsed command by
 * command on every render and cost twice as much for a Pix QR (≈ 500 rectangles). The boxes are painted in
 * module units under one scale transform: short integer operands instead of six-decimal points, so less to
 * format, write and deflate.
 */
interface Painter {
  scale(xFactor: number, yFactor: number): Painter;
  rect(x: number, y: number, width: number, height: number): Painter;
  fill(color: string): Painter;
}

/**
 * `inset` (in box units, along x or y) pulls each box's edges in by a sliver: edges exactly on a dot boundary
 * then never touch the next dot through rounding, while a rasteriser sampling dot centres still fills them.
 */
function paintBoxes(
  boxes: readonly Box[],
  scaleX: number,
  scaleY: number,
  inset: { x: number; y: number } = { x: 0, y: 0 },
) {
  return (painter: Painter): null => {
    painter.scale(scaleX, scaleY);
    for (const [x, y, w, h] of boxes)
      painter.rect(x + inset.x, y + inset.y, w - 2 * inset.x, h - 2 * inset.y);
    painter.fill('#000000');
    return null;
  };
}

/** Runs of bars as [start, width] in modules. */
function barRuns(modules: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < modules.length) {
    if (modules[i] !== '1') {
      i++;
      continue;
    }
    let j = i;
    while (modules[j] === '1') j++;
    runs.push([i, j - i]);
    i = j;
  }
  return runs;
}

/**
 * The ITF barcode of the 44-digit code as vector bars, with its quiet zones included. `vertical` turns it
 * along the paper feed (80 mm paper cannot fit 103 mm across): bars become horizontal and the code reads
 * top to bottom.
 */
export function ItfBarcode({
  codigoBarras,
  vertical = false,
  dpi,
}: {
  codigoBarras: string;
  vertical?: boolean;
  /** The printer's resolution: modules are drawn in whole dots. */
  dpi?: number;
}) {
  // Bars in modules along the code and in bar heights across it (one unit = 13 mm).
  const boxes = barRuns(itfModules(codigoBarras)).map(([at, width]): Box =>
    vertical ? [0, at, 1, width] : [at, 0, width, 1],
  );
  const moduleMm = itfModuleMm(dpi);
  const long = mm(ITF_MODULES * moduleMm);
  const short = mm(ITF_HEIGHT_MM);
  const quiet = mm(ITF_QUIET_MM);
  // A tenth of a dot, in modules: only with a known printer (the caller places the bars on its dot grid).
  const inset = dpi ? 0.1 / ((moduleMm * dpi) / 25.4) : 0;
  return (
    <View style={vertical ? { paddingVertical: quiet } : { paddingHorizontal: quiet }}>
      <Canvas
        style={vertical ? { width: short, height: long } : { width: long, height: short }}
        paint={
          vertical
            ? paintBoxes(boxes, short, mm(moduleMm), { x: 0, y: inset })
            : paintBoxes(boxes, mm(moduleMm), short, { x: inset, y: 0 })
        }
      />
    </View>
  );
}

/** QR quiet zone: 4 modules (ISO/IEC 18004). */
const QR_QUIET_MODULES = 4;

/**
 * A QR code as vector squares (horizontal runs merged downwards), error correction M, including its quiet
 * zone. `sizeMm` is the symbol without the quiet zone.
 */
export function QrCode({ text, sizeMm, dpi }: { text: string; sizeMm: number; dpi?: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  // Whole printer dots per module too (the symbol may come out a little smaller or larger than asked).
  const size = mm(snapToDots(sizeMm / n, dpi) * n);
  return (
    <View style={{ padding: (size / n) * QR_QUIET_MODULES }}>
      <Canvas
        style={{ width: size, height: size }}
        paint={paintBoxes(
          qrBoxes(n, (row, col) => modules.get(row, col) === 1),
          size / n,
          size / n,
        )}
      />
    </View>
  );
}

/**
 * The dark modules as rectangles, in modules: runs along each row, merged downwards while the next row has
 * the same run (≈ 500 rectangles for a Pix QR of 49 × 49 instead of ≈ 1,200 squares).
 */
export function qrBoxes(n: number, dark: (row: number, col: number) => boolean): Box[] {
  const boxes: Box[] = [];
  // Open rectangles keyed by "start,end" of their run.
  let open = new Map<string, Box>();
  for (let row = 0; row <= n; row++) {
    const next = new Map<string, Box>();
    let col = 0;
    while (row < n && col < n) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < n && dark(row, end)) end++;
      const key = `${col},${end}`;
      next.set(key, open.get(key) ?? [col, row, end - col, 0]);
      open.delete(key);
      col = end;
    }
    for (const box of open.values()) boxes.push([box[0], box[1], box[2], row - box[1]]);
    open = next;
  }
  return boxes;
}
