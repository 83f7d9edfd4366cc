import type { ReactNode } from 'react';
import { KioskProviders } from '@/components/kiosk/kiosk-providers';

export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <div className="kiosk">
      <KioskProviders>{children}</KioskProviders>
    </div>
  );
}
