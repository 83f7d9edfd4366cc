'use client';

import { ConfirmStatus } from '@/components/servicos/confirm-status';
import { useConfirmedAction } from '@/components/servicos/use-confirmed-action';
import { Button } from '@/components/ui/button';
import { enviarBoletoEmailAction } from '@/lib/actions/email';
import { FT } from './texts';

/** "Enviar por e-mail" on the fatura screen: to the registered address only, shown masked. */
export function EmailBoleto({ faturaId, destino }: { faturaId: string; destino: string }) {
  const { state, run } = useConfirmedAction<{ destino: string }>(FT.email.erroRede);
  return (
    <div className="flex flex-col gap-3" data-testid="email-boleto">
      {state.stage === 'done' ? (
        <p
          role="status"
          className="rounded-2xl border-4 border-ok bg-panel p-5 text-2xl"
          data-testid="email-enviado"
        >
          {FT.email.enviado(state.data.destino)}
        </p>
      ) : (
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => void run(() => enviarBoletoEmailAction(faturaId))}
          disabled={state.stage === 'sending'}
          data-testid="email-enviar"
        >
          {FT.email.enviar(destino)}
        </Button>
      )}
      <ConfirmStatus state={state} sending={FT.email.enviando} errorTestId="email-erro" />
    </div>
  );
}
