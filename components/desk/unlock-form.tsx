'use client';

import { useActionState } from 'react';
import { desbloquearDocumentoAction } from '@/lib/actions/desk/auditoria';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

export function UnlockForm() {
  const [state, action, pending] = useActionState(desbloquearDocumentoAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" data-testid="unlock-form">
      <p className="basis-full text-muted">{DT.desbloqueio.texto}</p>
      <label className="flex flex-col gap-1">
        <span className={deskLabel}>{DT.desbloqueio.documento}</span>
        <input
          name="documento"
          required
          autoComplete="off"
          className={`${deskInput} w-56 font-mono`}
          data-testid="unlock-documento"
        />
      </label>
      <button
        type="submit"
        className={deskButton('secondary')}
        disabled={pending}
        data-testid="unlock-submit"
      >
        {DT.desbloqueio.submit}
      </button>
      <p role="status" className="basis-full" data-testid="unlock-result">
        {state?.ok ? DT.desbloqueio.liberado(state.data.estavamBloqueados) : ''}
      </p>
      <p role="alert" className="basis-full text-danger">
        {state && !state.ok ? state.message : ''}
      </p>
    </form>
  );
}
