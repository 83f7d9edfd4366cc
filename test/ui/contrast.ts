import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * WCAG contrast of the colours the kiosk really paints: the Tailwind theme tokens as app/globals.css declares
 * them, resolved from the utility classes a component renders. For tests only.
 */

const GLOBALS_CSS = fileURLToPath(new URL('../../app/globals.css', import.meta.url));

export type Palette = ReadonlyMap<string, string>;

/** `--color-*` declarations inside the CSS block that starts at `opening` (e.g. `@theme {`). */
function colorsIn(css: string, opening: string): Map<string, string> {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`bloco "${opening}" ausente em app/globals.css`);
  const end = css.indexOf('}', start);
  const colors = new Map<string, string>();
  for (const m of css.slice(start, end).matchAll(/--color-([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) {
    if (m[1] && m[2]) colors.set(m[1], m[2].toLowerCase());
  }
  return colors;
}

/**
 * The theme's colours, plus Tailwind's white/black. With `override` (the opening of a rule such as the
 * high-contrast mode's), its `--color-*` values replace the theme's.
 */
export function themePalette(override?: string): Palette {
  const css = readFileSync(GLOBALS_CSS, 'utf8');
  const palette = new Map([['white', '#ffffff'], ['black', '#000000'], ...colorsIn(css, '@theme {')]);
  if (override) for (const [k, v] of colorsIn(css, override)) palette.set(k, v);
  return palette;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.x contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

export interface PaintedColors {
  background: string | null;
  border: string | null;
  text: string | null;
  pressedBackground: string | null;
  pressedText: string | null;
}

/** The colours a class list paints, at rest and pressed (`active:`), by theme token. */
export function paintedColors(className: string, palette: Palette): PaintedColors {
  const found: PaintedColors = {
    background: null,
    border: null,
    text: null,
    pressedBackground: null,
    pressedText: null,
  };
  for (const cls of className.split(/\s+/)) {
    const m = /^(active:)?(bg|border|text)-([\w-]+)$/.exec(cls);
    const color = m?.[3] ? palette.get(m[3]) : undefined;
    if (!m || !color) continue;
    const pressed = m[1] === 'active:';
    if (m[2] === 'bg') found[pressed ? 'pressedBackground' : 'background'] = color;
    else if (m[2] === 'text') found[pressed ? 'pressedText' : 'text'] = color;
    else if (!pressed) found.border = color;
  }
  return found;
}

/** Every `<button>`'s class attribute in server-rendered markup. */
export function buttonClasses(html: string): string[] {
  return [...html.matchAll(/<button\b[^>]*\bclass="([^"]*)"/g)].map((m) => m[1] ?? '');
}
