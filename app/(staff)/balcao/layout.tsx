import type { Viewport } from 'next';
import type { ReactNode } from 'react';

/** The desk is a desktop tool: zoom allowed (WCAG 1.4.4), unlike the kiosk's fixed scale. */
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  maximumScale: 5,
  userScalable: true,
};

export default function DeskLayout({ children }: { children: ReactNode }) {
  return <div className="desk text-sm">{children}</div>;
}
