import type { ReactNode } from 'react';
import { KioskGuard } from '@/components/kiosk/kiosk-guard';

export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <div className="kiosk">
      <KioskGuard />
      {children}
    </div>
  );
}
