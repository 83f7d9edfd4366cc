'use client';

import { useActionState } from 'react';
import { liberarLoginAction } from '@/lib/actions/desk/logins';
import { DT } from './texts';
import { deskButton } from './ui';

export interface LoginLockNaTela {
  key: string;
  label: string;
  failures: number;
  retryAfterSeconds: number;
  podeLiberar: boolean;
}

const th = 'px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-muted';
const td = 'px-2 py-1 align-middle';

/** Supervisor: staff logins locked by wrong passwords, each with its own "Liberar"; the page re-reads after each. */
export function LoginLocks({ bloqueios }: { bloqueios: LoginLockNaTela[] }) {
  const [state, action, pending] = useActionState(liberarLoginAction, null);
  return (
    <form action={action} className="flex flex-col gap-2" data-testid="login-locks">
      <p className="text-muted">{DT.logins.texto}</p>
      {bloqueios.length === 0 ? (
        <p data-testid="login-locks-vazio">{DT.logins.vazio}</p>
      ) : (
        <table className="w-full">
          <thead>
            <tr>
              <th scope="col" className={th}>
                {DT.logins.bloqueio}
              </th>
              <th scope="col" className={th}>
                {DT.logins.tentativas}
              </th>
              <th scope="col" className={th}>
                {DT.logins.resta}
              </th>
              <th scope="col" className={th}>
                <span className="sr-only">{DT.logins.acoes}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {bloqueios.map((b) => (
              <tr key={b.key} className="border-t border-line" data-testid="login-lock" data-label={b.label}>
                <td className={td}>{b.label}</td>
                <td className={`${td} tabular-nums`}>{b.failures}</td>
                <td className={`${td} tabular-nums`} data-testid="login-lock-resta">
                  {DT.logins.tempo(b.retryAfterSeconds)}
                </td>
                <td className={`${td} text-right`}>
                  {b.podeLiberar ? (
                    <button
                      type="submit"
                      name="chave"
                      value={b.key}
                      className={deskButton('secondary')}
                      disabled={pending}
                      aria-label={DT.logins.liberarNome(b.label)}
                      data-testid="login-unlock"
                    >
                      {DT.logins.liberar}
                    </button>
                  ) : (
                    <span className="text-muted" data-testid="login-unlock-so-admin">
                      {DT.logins.soAdmin}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" data-testid="login-unlock-result">
        {state?.ok
          ? state.data.estavaBloqueado
            ? DT.logins.liberado(state.data.usuario)
            : DT.logins.jaLivre
          : ''}
      </p>
      <p role="alert" className="text-danger">
        {state && !state.ok ? state.message : ''}
      </p>
    </form>
  );
}
