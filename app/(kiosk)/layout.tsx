import type { ReactNode } from 'react';
import { AccessibilityMode } from '@/components/kiosk/accessibility';
import { KioskGuard } from '@/components/kiosk/kiosk-guard';

export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <div className="kiosk">
      <KioskGuard />
      <AccessibilityMode />
      {children}
    </div>
  );
}
