import Link from 'next/link';
import type { ComponentProps, ReactNode } from 'react';

/**
 * Touch-sized actions (≥ 64 px high, well above the 48 px minimum) with visible focus; no hover-only cues.
 * One set of primitives for kiosk and desk.
 */
type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

const VARIANTS: Record<Variant, string> = {
  primary: 'bg-brand text-brand-ink active:brightness-90',
  secondary: 'bg-panel-2 text-white border-2 border-edge active:bg-brand active:text-brand-ink',
  danger: 'bg-danger text-ink active:brightness-90',
  ghost: 'bg-transparent text-white border-2 border-edge active:bg-brand active:text-brand-ink',
};

export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return [
    'inline-flex min-h-16 min-w-16 items-center justify-center gap-3 rounded-2xl px-8 text-2xl font-bold',
    'disabled:opacity-50 disabled:cursor-not-allowed select-none',
    VARIANTS[variant],
    extra,
  ].join(' ');
}

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ComponentProps<'button'> & { variant?: Variant }) {
  return <button type="button" className={buttonClass(variant, className)} {...props} />;
}

export function LinkButton({
  href,
  variant = 'primary',
  className = '',
  children,
  ...rest
}: {
  href: string;
  variant?: Variant;
  className?: string;
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <Link href={href} className={buttonClass(variant, className)} prefetch={false} {...rest}>
      {children}
    </Link>
  );
}
