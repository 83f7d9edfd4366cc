'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useActionState, useEffect } from 'react';
import { editarCadastroBalcaoAction } from '@/lib/actions/desk/cadastro';
import type { CampoEditavel } from '@/lib/services/cadastro-schema';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

export interface CampoParaEditar {
  campo: CampoEditavel;
  label: string;
  value: string;
  /** Which systems receive this field (CRM, ERP). */
  destinos: string;
}

/**
 * Staff edit on the customer's behalf: values in clear (staff checked an ID), only the fields that changed
 * are sent, and the result per system is shown after saving; the page then re-reads both systems.
 */
export function CadastroEdit({
  customerRef,
  editId,
  campos,
}: {
  customerRef: string;
  editId: string;
  campos: CampoParaEditar[];
}) {
  const router = useRouter();
  const [state, dispatch, pending] = useActionState(editarCadastroBalcaoAction, null);
  const edicao = state?.ok ? state.data.edicao : null;
  const nextEditId = state?.ok ? state.data.proximoEditId : editId;
  useEffect(() => {
    if (edicao?.status === 'concluido') router.refresh();
  }, [edicao, router]);
  const fieldErrors: Partial<Record<string, string>> =
    edicao?.status === 'invalido' ? edicao.fieldErrors : {};

  return (
    <form
      // By hand, not `action`: React would reset the fields after the action, and staff fix a refused value in
      // place. Unchanged fields stay out of the request: a value the systems hold but the rules would refuse
      // today (an old address with a symbol, an empty required field) must not block changing a phone.
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        for (const c of campos) if (form.get(c.campo) === c.value) form.delete(c.campo);
        startTransition(() => dispatch(form));
      }}
      className="flex flex-col gap-3"
      data-testid="cadastro-edit"
      noValidate
    >
      <p className="text-muted">{DT.edicao.aviso}</p>
      <input type="hidden" name="ref" value={customerRef} />
      <input type="hidden" name="editId" value={nextEditId} />
      {/* Keyed by the values read: after a save the page re-reads both systems and the fields show them. */}
      <div
        key={campos.map((c) => c.value).join('\u0000')}
        className="grid grid-cols-2 gap-3 lg:grid-cols-3 2xl:grid-cols-4"
      >
        {campos.map((c) => {
          const error = fieldErrors[c.campo];
          const hintId = `dest-${c.campo}`;
          return (
            <label key={c.campo} className="flex flex-col gap-1">
              <span className={deskLabel}>{c.label}</span>
              <input
                name={c.campo}
                defaultValue={c.value}
                autoComplete="off"
                className={`${deskInput} ${error ? 'border-danger' : ''}`}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `erro-${c.campo} ${hintId}` : hintId}
                data-testid={`edit-${c.campo}`}
              />
              <span id={hintId} className="text-xs text-muted">
                {c.destinos}
              </span>
              {error ? (
                <span id={`erro-${c.campo}`} className="text-danger" data-testid={`edit-erro-${c.campo}`}>
                  {error}
                </span>
              ) : null}
            </label>
          );
        })}
      </div>
      <div>
        <button type="submit" className={deskButton('primary')} disabled={pending} data-testid="edit-submit">
          {DT.edicao.salvar}
        </button>
      </div>
      <div role="status" aria-live="polite" data-testid="edit-result">
        {state && !state.ok ? <p className="text-danger">{state.message}</p> : null}
        {edicao?.status === 'sem-alteracoes' ? <p>{DT.edicao.semAlteracoes}</p> : null}
        {edicao?.status === 'invalido' ? <p className="text-danger">{DT.edicao.invalido}</p> : null}
        {edicao?.status === 'concluido' ? (
          <div>
            <p className={edicao.resultado.completo ? 'text-ok' : 'text-danger'}>
              {edicao.resultado.completo ? DT.edicao.completo : DT.edicao.parcial}
            </p>
            <ul>
              {edicao.resultado.sistemas.map((s) => (
                <li key={s.sistema} data-testid={`edit-sistema-${s.sistema}`} data-estado={s.estado}>
                  {DT.edicao.sistemas[s.sistema]} ({s.adapterId}): {DT.edicao.estado[s.estado]}
                  {s.mensagem ? ` — ${s.mensagem}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </form>
  );
}
