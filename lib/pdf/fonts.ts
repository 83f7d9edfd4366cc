import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';
import { woffToSfnt } from './woff';

/**
 * The PDF fonts ship with the app (no network at print time): IBM Plex Sans for text and IBM Plex Mono (bold
 * only) for the linha digitável and the Pix copia-e-cola, whose fixed advance lets us wrap them ourselves.
 * Both are OFL-1.1, from the @fontsource packages; their "latin" subset covers Portuguese. Three faces, not
 * four: every embedded face costs ≈ 1 ms of subsetting per PDF.
 */
export const FONT_SANS = 'IBM Plex Sans';
export const FONT_MONO = 'IBM Plex Mono';
/** IBM Plex Mono advance width: 600 units per 1000-unit em, for every glyph. */
export const MONO_ADVANCE_EM = 0.6;

const FACES = [
  { family: FONT_SANS, pkg: 'ibm-plex-sans', weight: 400 },
  { family: FONT_SANS, pkg: 'ibm-plex-sans', weight: 700 },
  { family: FONT_MONO, pkg: 'ibm-plex-mono', weight: 700 },
] as const;

/** Left out of the embedded fonts: see woffToSfnt. */
const OPENTYPE_LAYOUT_TABLES = ['GSUB', 'GPOS', 'GDEF'];
/**
 * U+000A (a line break inside one paragraph: label + value, the wrapped Pix code) drawn with the space glyph,
 * so react-pdf keeps it in our face instead of a Helvetica fallback run (≈ 10 % of a render).
 */
const LINE_BREAK_AS_SPACE = new Map([[0x0a, 0x20]]);

let registered = false;

/**
 * A plain path from the working directory (the app root under `next start`, Vitest and the benchmark): bundlers
 * rewrite `import.meta.url`, webpack turns a templated `require.resolve` into a bundling context, and the
 * packages export only their CSS.
 */
function fontFile(pkg: string, weight: number): string {
  return path.join(
    process.cwd(),
    'node_modules',
    '@fontsource',
    pkg,
    'files',
    `${pkg}-latin-${weight}-normal.woff`,
  );
}

/** Registers the fonts once per process. Idempotent; throws if the font packages are not installed. */
export function registerPdfFonts(): void {
  if (registered) return;
  for (const face of FACES) {
    const ttf = woffToSfnt(
      readFileSync(fontFile(face.pkg, face.weight)),
      OPENTYPE_LAYOUT_TABLES,
      LINE_BREAK_AS_SPACE,
    );
    Font.register({
      family: face.family,
      src: `data:font/ttf;base64,${ttf.toString('base64')}`,
      fontWeight: face.weight,
    });
  }
  // Never hyphenate: a hyphen inserted into a code (Pix copia-e-cola, linha digitável) would be copied with it.
  // Long codes are split into lines by us, on a fixed monospace grid.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
