import { connection } from 'next/server';
import { IdleGuard } from '@/components/kiosk/idle-guard';
import { KioskGuard } from '@/components/kiosk/kiosk-guard';
import { T } from '@/components/kiosk/texts';
import { LinkButton } from '@/components/ui/button';
import { MessageScreen } from '@/components/ui/screen';
import { getConfig } from '@/lib/config';

/**
 * Rendered per request, not prerendered: a static page's scripts carry no nonce, so the CSP (proxy.ts) blocks
 * them and nothing would take an abandoned totem back to the start from here. Dynamic, Next puts the request's
 * nonce on them and the idle guard runs.
 */
export default async function NotFound() {
  await connection();
  const { kiosk } = getConfig();
  return (
    <>
      <KioskGuard />
      <MessageScreen
        testId="screen-page-not-found"
        title={T.common.pageNotFound}
        text={T.common.help}
        actions={<LinkButton href="/">{T.common.home}</LinkButton>}
      />
      <IdleGuard
        idleSeconds={kiosk.idleSeconds}
        warningSeconds={kiosk.idleWarningSeconds}
        keepAlive={false}
      />
    </>
  );
}
