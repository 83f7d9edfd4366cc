import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The scan proofs need Debian's poppler-utils (pdftoppm, pdftotext) and zbar-tools (zbarimg): an
 * independent decoder is the only real proof that a print scans (BOLETO-PIX.md §8). Missing tools fail the
 * run with a message saying what to install; nothing is skipped.
 */
export function requireTools(): void {
  const missing = ['pdftoppm', 'pdftotext', 'pdfinfo', 'pdffonts', 'zbarimg'].filter((tool) => {
    try {
      execFileSync('which', [tool], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    throw new Error(
      `Ferramentas ausentes: ${missing.join(', ')}. Instale com: apt-get install -y zbar-tools poppler-utils ` +
        '(o .ci/run já instala).',
    );
  }
}

export function scratchDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'totem-pdf-'));
}

/** Grey raster of page 1, as a PGM file (trivial to read) and a PNG (what zbarimg reads best). */
export async function rasterize(pdf: Buffer, dpi: number, dir: string, name: string): Promise<string> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const prefix = path.join(dir, `${name}-${dpi}`);
  await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', input, prefix]);
  return `${prefix}.png`;
}

/**
 * 1-bit raster of page 1 at `dpi`, no anti-aliasing — what a printer driver hands a thermal or laser head
 * (BOLETO-PIX.md §8). A PBM file, which zbarimg reads.
 */
export async function rasterizeMono(pdf: Buffer, dpi: number, dir: string, name: string): Promise<string> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const prefix = path.join(dir, `${name}-${dpi}-mono`);
  await run('pdftoppm', ['-r', String(dpi), '-mono', '-singlefile', input, prefix]);
  return `${prefix}.pbm`;
}

/** Every word pdftotext finds, with its box in millimetres from the page's top-left corner. */
export async function pdfWords(
  pdf: Buffer,
  dir: string,
  name: string,
): Promise<{ text: string; xMm: number; yMm: number; bottomMm: number }[]> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', input, '-']);
  const toMm = (pt: string) => (Number(pt) * 25.4) / 72;
  return [
    ...stdout.matchAll(
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((m) => ({
    text: m[4] ?? '',
    xMm: toMm(m[1] ?? '0'),
    yMm: toMm(m[2] ?? '0'),
    bottomMm: toMm(m[3] ?? '0'),
  }));
}

/** Page size in millimetres, as pdfinfo reports it. */
export async function pdfPageSizeMm(pdf: Buffer, dir: string, name: string): Promise<[number, number]> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const { stdout } = await run('pdfinfo', [input]);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  return [(Number(m?.[1]) * 25.4) / 72, (Number(m?.[2]) * 25.4) / 72];
}

export async function rasterizePgm(pdf: Buffer, dpi: number, dir: string, name: string): Promise<Pgm> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const prefix = path.join(dir, `${name}-${dpi}`);
  await run('pdftoppm', ['-r', String(dpi), '-gray', '-singlefile', input, prefix]);
  return readPgm(readFileSync(`${prefix}.pgm`));
}

/**
 * Every symbol zbarimg finds with only `symbology` enabled, as `TYPE:data` lines (the type proves which
 * decoder read it). zbarimg exits 4 when it finds nothing: that is an empty list, not an error.
 * ITF is limited to 44-digit symbols, as bank apps do: zbar's I2/5 decoder otherwise reports short
 * false positives in the QR's module columns (seen on the 80 mm receipt at 300 dpi).
 */
export async function zbar(png: string, symbology: 'i25' | 'qrcode'): Promise<string[]> {
  const config = symbology === 'i25' ? ['-Si25.enable', '-Si25.min-length=44'] : ['-Sqrcode.enable'];
  try {
    const { stdout } = await run('zbarimg', ['--nodbus', '-q', '-Sdisable', ...config, png]);
    return stdout.split('\n').filter((line) => line !== '');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 4) return [];
    throw error;
  }
}

export async function pdfText(pdf: Buffer, dir: string, name: string): Promise<string> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', input, '-']);
  return stdout;
}

/** The fonts the PDF uses, as pdffonts lists them: name and whether the font program is embedded. */
export async function pdfFonts(
  pdf: Buffer,
  dir: string,
  name: string,
): Promise<{ name: string; embedded: boolean }[]> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const { stdout } = await run('pdffonts', [input]);
  // Two header lines, then: name type encoding emb sub uni object ID (name has no spaces here).
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
    });
}

export async function pdfPages(pdf: Buffer, dir: string, name: string): Promise<number> {
  const input = path.join(dir, `${name}.pdf`);
  writeFileSync(input, pdf);
  const { stdout } = await run('pdfinfo', [input]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
}

export interface Pgm {
  width: number;
  height: number;
  /** One byte per pixel, 0 = black. */
  pixels: Uint8Array;
}

function readPgm(buf: Buffer): Pgm {
  // Binary PGM: "P5" width height maxval, each separated by whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buf.subarray(0, 64).toString('latin1'));
  if (!header?.[0]) throw new Error('PGM inválido');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return {
    width,
    height,
    pixels: new Uint8Array(buf.subarray(header[0].length, header[0].length + width * height)),
  };
}
