/**
 * The desk's dense, mouse- and keyboard-first sizes (the kiosk's touch primitives are 64 px high; a desk row is
 * 36 px). Same palette and focus ring as the kiosk.
 */
type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-brand text-brand-ink hover:brightness-110',
  secondary: 'bg-panel-2 text-white border border-line hover:bg-line',
  danger: 'bg-danger text-ink hover:brightness-110',
  ghost: 'bg-transparent text-white border border-line hover:bg-panel-2',
};

export function deskButton(variant: Variant = 'secondary', extra = ''): string {
  return [
    'inline-flex h-9 items-center justify-center gap-2 rounded-md px-3 text-sm font-semibold whitespace-nowrap',
    'disabled:cursor-not-allowed disabled:opacity-50',
    VARIANTS[variant],
    extra,
  ].join(' ');
}

export const deskInput =
  'h-9 rounded-md border border-line bg-ink px-3 text-sm text-white placeholder:text-muted focus-visible:outline-2';

export const deskLabel = 'text-xs font-semibold uppercase tracking-wide text-muted';
