import { IdentifyForm } from '@/components/kiosk/identify-form';
import { IdleGuard } from '@/components/kiosk/idle-guard';
import { getConfig } from '@/lib/config';
import { lookupWaitSeconds } from '@/lib/services/limiter';

export const dynamic = 'force-dynamic';

export default async function IdentifyPage({
  searchParams,
}: {
  searchParams: Promise<{ expirada?: string; banco?: string }>;
}) {
  const { kiosk } = getConfig();
  const { expirada, banco } = await searchParams;
  return (
    <>
      <IdentifyForm
        sessionExpired={expirada === '1'}
        databaseDown={banco === '1'}
        initialWaitSeconds={await lookupWaitSeconds()}
      />
      <IdleGuard
        idleSeconds={kiosk.idleSeconds}
        warningSeconds={kiosk.idleWarningSeconds}
        keepAlive={false}
      />
    </>
  );
}
