'use client';

import { T } from '@/components/kiosk/texts';
import { LinkButton } from '@/components/ui/button';
import { MessageScreen } from '@/components/ui/screen';

/** Unexpected errors: a plain pt-BR screen with a way back; the details stay in the server log. */
export default function KioskError() {
  return (
    <MessageScreen
      tone="danger"
      testId="screen-error"
      title="Algo deu errado"
      text={T.common.help}
      actions={<LinkButton href="/">{T.common.home}</LinkButton>}
    />
  );
}
