import { Path, Svg, View } from '@react-pdf/renderer';
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

const HEIGHT_MODULES = ITF_HEIGHT_MM / ITF_MODULE_MM;

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
 * The ITF barcode of the 44-digit code as vector bars (one filled path), with its quiet zones included.
 * `vertical` turns it along the paper feed (80 mm paper cannot fit 103 mm across): bars become horizontal
 * and the code reads top to bottom.
 */
export function ItfBarcode({ codigoBarras, vertical = false }: { codigoBarras: string; vertical?: boolean }) {
  const runs = barRuns(itfModules(codigoBarras));
  const h = HEIGHT_MODULES.toFixed(3);
  const d = runs
    .map(([at, width]) => (vertical ? `M0 ${at}h${h}v${width}h-${h}Z` : `M${at} 0h${width}v${h}h-${width}Z`))
    .join('');
  const long = mm(ITF_LENGTH_MM);
  const short = mm(ITF_HEIGHT_MM);
  const quiet = mm(ITF_QUIET_MM);
  return (
    <View style={vertical ? { paddingVertical: quiet } : { paddingHorizontal: quiet }}>
      <Svg
        width={vertical ? short : long}
        height={vertical ? long : short}
        viewBox={vertical ? `0 0 ${h} ${ITF_MODULES}` : `0 0 ${ITF_MODULES} ${h}`}
      >
        <Path d={d} fill="#000000" />
      </Svg>
    </View>
  );
}

/** QR quiet zone: 4 modules (ISO/IEC 18004). */
const QR_QUIET_MODULES = 4;

/**
 * A QR code as vector squares (one filled path, horizontal runs merged), error correction M, including its
 * quiet zone. `sizeMm` is the symbol without the quiet zone.
 */
export function QrCode({ text, sizeMm }: { text: string; sizeMm: number }) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < n && modules.get(row, end)) end++;
      d += `M${col} ${row}h${end - col}v1h-${end - col}Z`;
      col = end;
    }
  }
  const size = mm(sizeMm);
  return (
    <View style={{ padding: (size / n) * QR_QUIET_MODULES }}>
      <Svg width={size} height={size} viewBox={`0 0 ${n} ${n}`}>
        <Path d={d} fill="#000000" />
      </Svg>
    </View>
  );
}
