'use client';

import type { ConfirmedState } from './use-confirmed-action';

/**
 * Under a confirm button: "Enviando…" announced while the one request runs, then the server's pt-BR refusal
 * as an alert. Shared by every confirmed kiosk request (chamado, desbloqueio, boleto por e-mail).
 */
export function ConfirmStatus<T>({
  state,
  sending,
  errorTestId,
}: {
  state: ConfirmedState<T>;
  sending: string;
  errorTestId: string;
}) {
  return (
    <>
      <p aria-live="polite" className="text-xl text-muted">
        {state.stage === 'sending' ? sending : ''}
      </p>
      {state.stage === 'error' ? (
        <p
          role="alert"
          data-testid={errorTestId}
          className="rounded-2xl border-4 border-danger bg-danger-bg p-5 text-2xl"
        >
          {state.message}
        </p>
      ) : null}
    </>
  );
}
