'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { T } from './texts';
import { useKioskReset } from './use-kiosk-reset';

/** "Sair": the same full reset as the idle timeout, at any time. */
export function ExitButton() {
  const reset = useKioskReset();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="danger"
      disabled={busy}
      data-testid="exit"
      onClick={() => {
        setBusy(true);
        void reset();
      }}
    >
      {T.common.exit}
    </Button>
  );
}
