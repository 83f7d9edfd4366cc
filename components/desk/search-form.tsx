'use client';

import { startTransition, useActionState } from 'react';
import { buscarClienteAction } from '@/lib/actions/desk/clientes';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

/** CPF/CNPJ typed or pasted, any mask; Enter searches. */
export function SearchForm() {
  const [state, action, pending] = useActionState(buscarClienteAction, null);
  const error = state && !state.ok ? state : null;
  return (
    <form
      // By hand, not `action`: React would clear the field after a failed search, and staff fix a typo in place.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="flex flex-col gap-2"
      data-testid="search-form"
      role="search"
    >
      <label htmlFor="busca-documento" className={deskLabel}>
        {DT.busca.label}
      </label>
      <div className="flex gap-2">
        <input
          id="busca-documento"
          name="documento"
          autoFocus
          required
          maxLength={32}
          autoComplete="off"
          spellCheck={false}
          placeholder="000.000.000-00"
          className={`${deskInput} w-80 font-mono`}
          aria-describedby="busca-hint busca-erro"
          data-testid="search-input"
        />
        <button
          type="submit"
          className={deskButton('primary')}
          disabled={pending}
          data-testid="search-submit"
        >
          {DT.busca.submit}
        </button>
      </div>
      <p id="busca-hint" className="text-muted">
        {DT.busca.hint}
      </p>
      <p id="busca-erro" role="alert" className="min-h-5 text-danger" data-testid="search-error">
        {error?.message ?? ''}
      </p>
    </form>
  );
}
