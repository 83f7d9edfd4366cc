import type { ReactNode } from 'react';
import { IdleGuard } from '@/components/kiosk/idle-guard';
import { getConfig } from '@/lib/config';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';

export const dynamic = 'force-dynamic';

export default async function ClienteLayout({ children }: { children: ReactNode }) {
  await requireKioskSessionOrRedirect();
  const { kiosk } = getConfig();
  return (
    <>
      {children}
      <IdleGuard
        idleSeconds={kiosk.idleSeconds}
        faturaIdleSeconds={kiosk.faturaIdleSeconds}
        warningSeconds={kiosk.idleWarningSeconds}
      />
    </>
  );
}
