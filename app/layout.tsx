import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Totem de autoatendimento',
  description: 'Faturas, boleto e Pix por CPF ou CNPJ',
  robots: { index: false, follow: false },
};

/**
 * Zoom stays allowed (WCAG 1.4.4; axe `meta-viewport`): staff and desk users may need it. The totem does not
 * rely on the meta tag to stop pinch zoom — its Chromium runs with --disable-pinch (README, "Instalação").
 */
export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b1220',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pt-BR">
      <body className="font-sans antialiased">{children}</body>
    </html>
  );
}
