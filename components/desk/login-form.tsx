'use client';

import { useActionState, useState } from 'react';
import { entrarAction } from '@/lib/actions/desk/auth';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

export function LoginForm({ notice }: { notice: string | null }) {
  const [state, action, pending] = useActionState(entrarAction, null);
  // Controlled: React resets a form after its action, and a wrong password should not cost the username.
  const [username, setUsername] = useState('');
  const error = state && !state.ok ? state : null;
  return (
    <form
      action={action}
      className="flex w-96 flex-col gap-3 rounded-lg border border-line bg-panel p-6"
      data-testid="login-form"
    >
      <h1 className="text-xl font-bold">{DT.login.title}</h1>
      {notice && !error ? (
        <p role="status" className="rounded-md border border-line bg-panel-2 p-2" data-testid="login-notice">
          {notice}
        </p>
      ) : null}
      <label className="flex flex-col gap-1">
        <span className={deskLabel}>{DT.login.username}</span>
        <input
          name="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          className={deskInput}
          data-testid="login-username"
          aria-describedby={error ? 'login-error' : undefined}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className={deskLabel}>{DT.login.password}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={deskInput}
          data-testid="login-password"
          aria-describedby={error ? 'login-error' : undefined}
        />
      </label>
      <p
        id="login-error"
        role="alert"
        aria-live="assertive"
        className="min-h-5 text-danger"
        data-testid="login-error"
      >
        {error
          ? `${error.message}${error.retryAfterSeconds ? ` ${DT.login.retryIn(error.retryAfterSeconds)}` : ''}`
          : ''}
      </p>
      <button type="submit" className={deskButton('primary')} disabled={pending} data-testid="login-submit">
        {DT.login.submit}
      </button>
    </form>
  );
}
