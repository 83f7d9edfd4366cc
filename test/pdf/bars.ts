import { itfModules } from '@/lib/boleto';
import type { Pgm } from './tools';

/**
 * Measures the printed ITF on a raster, independently of the PDF code: finds the row (or column, for the
 * barcode turned along the feed) whose black/white runs classify as exactly the expected narrow/wide
 * sequence, then measures length, height, module widths and the blank margins on both sides.
 */
export interface ItfMeasure {
  vertical: boolean;
  lengthMm: number;
  heightMm: number;
  narrowBarMm: number;
  wideBarMm: number;
  quietBeforeMm: number;
  quietAfterMm: number;
}

type Run = { black: boolean; start: number; length: number };

function runsOf(read: (i: number) => number, n: number): Run[] {
  const runs: Run[] = [];
  let start = 0;
  let black = read(0) < 128;
  for (let i = 1; i <= n; i++) {
    const b = i < n ? read(i) < 128 : !black;
    if (b !== black) {
      runs.push({ black, start, length: i - start });
      start = i;
      black = b;
    }
  }
  return runs;
}

/** Expected runs of the code: 1 = narrow, 3 = wide (modules). */
function expectedRuns(codigoBarras: string): number[] {
  const modules = itfModules(codigoBarras);
  const out: number[] = [];
  let i = 0;
  while (i < modules.length) {
    let j = i;
    while (modules[j] === modules[i]) j++;
    out.push(j - i);
    i = j;
  }
  return out;
}

interface LineMatch {
  first: Run;
  last: Run;
  before: number;
  after: number;
  narrow: number[];
  wide: number[];
}

function matchLine(runs: Run[], expected: number[], modulePx: number, total: number): LineMatch | null {
  for (let i = 0; i + expected.length <= runs.length; i++) {
    const first = runs[i];
    if (!first?.black) continue;
    const narrow: number[] = [];
    const wide: number[] = [];
    let ok = true;
    for (let k = 0; k < expected.length && ok; k++) {
      const run = runs[i + k];
      if (!run) {
        ok = false;
        break;
      }
      const isWide = run.length > 2 * modulePx;
      if (run.length > 4.5 * modulePx || isWide !== (expected[k] === 3)) ok = false;
      else if (run.black) (isWide ? wide : narrow).push(run.length);
    }
    if (!ok) continue;
    const last = runs[i + expected.length - 1];
    if (!last) continue;
    const prev = runs[i - 1];
    const next = runs[i + expected.length];
    return {
      first,
      last,
      before: prev ? prev.length : first.start,
      after: next ? next.length : total - (last.start + last.length),
      narrow,
      wide,
    };
  }
  return null;
}

const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export function measureItf(img: Pgm, dpi: number, codigoBarras: string): ItfMeasure | null {
  const expected = expectedRuns(codigoBarras);
  const modulePx = (0.254 / 25.4) * dpi;
  const pxToMm = (px: number) => (px / dpi) * 25.4;
  for (const vertical of [false, true]) {
    const lines = vertical ? img.width : img.height;
    const along = vertical ? img.height : img.width;
    const read = (line: number) => (i: number) =>
      img.pixels[vertical ? i * img.width + line : line * img.width + i] ?? 255;
    let hits: LineMatch[] = [];
    let best: LineMatch[] = [];
    for (let line = 0; line < lines; line++) {
      const m = matchLine(runsOf(read(line), along), expected, modulePx, along);
      if (m) hits.push(m);
      else {
        if (hits.length > best.length) best = hits;
        hits = [];
      }
    }
    if (hits.length > best.length) best = hits;
    const mid = best[Math.floor(best.length / 2)];
    if (!mid) continue;
    return {
      vertical,
      lengthMm: pxToMm(mid.last.start + mid.last.length - mid.first.start),
      heightMm: pxToMm(best.length),
      narrowBarMm: pxToMm(avg(mid.narrow)),
      wideBarMm: pxToMm(avg(mid.wide)),
      quietBeforeMm: pxToMm(Math.min(...best.map((m) => m.before))),
      quietAfterMm: pxToMm(Math.min(...best.map((m) => m.after))),
    };
  }
  return null;
}
