'use client';

import { useActionState } from 'react';
import { trocarSenhaAction } from '@/lib/actions/desk/auth';
import type { PasswordProblem } from '@/lib/staff/password';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

function problemText(p: string): string {
  if (p === 'diferentes') return DT.password.mismatch;
  return p in DT.password.problems ? DT.password.problems[p as PasswordProblem] : '';
}

export function PasswordForm() {
  const [state, action, pending] = useActionState(trocarSenhaAction, null);
  const error = state && !state.ok ? state : null;
  const problems = state && 'problems' in state ? (state.problems ?? []) : [];
  return (
    <form action={action} className="flex w-[28rem] flex-col gap-3" data-testid="password-form">
      <p className="text-muted" id="password-rules">
        {DT.password.rules}
      </p>
      {(
        [
          ['current', DT.password.current, 'current-password'],
          ['next', DT.password.next, 'new-password'],
          ['confirm', DT.password.confirm, 'new-password'],
        ] as const
      ).map(([name, label, auto]) => (
        <label key={name} className="flex flex-col gap-1">
          <span className={deskLabel}>{label}</span>
          <input
            name={name}
            type="password"
            autoComplete={auto}
            required
            className={deskInput}
            data-testid={`password-${name}`}
            aria-describedby="password-rules password-error"
          />
        </label>
      ))}
      <div id="password-error" role="alert" className="text-danger" data-testid="password-error">
        {error ? <p>{error.message}</p> : null}
        {problems.length > 0 ? (
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{problemText(p)}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="submit"
        className={deskButton('primary')}
        disabled={pending}
        data-testid="password-submit"
      >
        {DT.password.submit}
      </button>
    </form>
  );
}
