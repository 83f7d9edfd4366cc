'use client';

import { useActionState } from 'react';
import { desbloquearConsultasAction } from '@/lib/actions/desk/auditoria';
import { DT } from './texts';
import { deskButton } from './ui';

export interface BloqueioNaTela {
  key: string;
  label: string;
  retryAfterSeconds: number;
}

const th = 'px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-muted';
const td = 'px-2 py-1 align-middle';

/** Supervisor: the lookup limits refusing now, each with its own "Liberar"; the page re-reads after each. */
export function LookupLocks({ bloqueios }: { bloqueios: BloqueioNaTela[] }) {
  const [state, action, pending] = useActionState(desbloquearConsultasAction, null);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="lookup-locks">
      <p className="text-muted">{DT.consultas.texto}</p>
      {bloqueios.length === 0 ? (
        <p data-testid="lookup-locks-vazio">{DT.consultas.vazio}</p>
      ) : (
        <table className="w-full">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {DT.consultas.bloqueio}
              </th>
              <th scope="col" className={th}>
                {DT.consultas.resta}
              </th>
              <th scope="col" className={th}>
                <span className="sr-only">{DT.consultas.acoes}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bloqueios.map((b) => (
              <tr key={b.key} className="border-t border-line" data-testid="lookup-lock" data-label={b.label}>
                <td className={td}>{b.label}</td>
                <td className={`${td} tabular-nums`}>{DT.consultas.tempo(b.retryAfterSeconds)}</td>
                <td className={`${td} text-right`}>
                  <button
                    type="submit"
                    name="chave"
                    value={b.key}
                    className={deskButton('secondary')}
                    disabled={pending}
                    aria-label={DT.consultas.liberarNome(b.label)}
                    data-testid="lookup-unlock"
                  >
                    {DT.consultas.liberar}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" data-testid="lookup-unlock-result">
        {state?.ok ? (state.data.estavaBloqueado ? DT.consultas.liberado : DT.consultas.jaLivre) : ''}
      </p>
      <p role="alert" className="text-danger">
        {state && !state.ok ? state.message : ''}
      </p>
    </form>
  );
}
