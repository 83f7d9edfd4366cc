'use client';

import Link from 'next/link';
import { startTransition, useActionState } from 'react';
import { filtrarAuditoriaAction } from '@/lib/actions/desk/auditoria';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

export interface AuditFilterValues {
  de: string;
  ate: string;
  totem: string;
  usuario: string;
  acao: string;
  documento: string;
  resultado: string;
}

export function AuditFilterForm({
  values,
  totens,
  usuarios,
}: {
  values: AuditFilterValues;
  totens: { id: string; label: string }[];
  usuarios: string[];
}) {
  const [state, action, pending] = useActionState(filtrarAuditoriaAction, null);
  const field = (name: keyof AuditFilterValues, label: string, input: React.ReactNode) => (
    <label className="flex flex-col gap-1" key={name}>
      <span className={deskLabel}>{label}</span>
      {input}
    </label>
  );
  return (
    <form
      // Submitted by hand, not through `action`: React resets a form after its action, and the filters typed
      // must stay on screen with their results.
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="flex flex-wrap items-end gap-2"
      data-testid="audit-filter"
      aria-label={DT.auditoria.filtros}
    >
      {field(
        'de',
        DT.auditoria.de,
        <input type="date" name="de" defaultValue={values.de} className={deskInput} data-testid="f-de" />,
      )}
      {field(
        'ate',
        DT.auditoria.ate,
        <input type="date" name="ate" defaultValue={values.ate} className={deskInput} data-testid="f-ate" />,
      )}
      {field(
        'totem',
        DT.auditoria.totem,
        <select name="totem" defaultValue={values.totem} className={deskInput} data-testid="f-totem">
          <option value="">{DT.auditoria.todos}</option>
          {totens.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>,
      )}
      {field(
        'usuario',
        DT.auditoria.usuario,
        <select name="usuario" defaultValue={values.usuario} className={deskInput} data-testid="f-usuario">
          <option value="">{DT.auditoria.todos}</option>
          {usuarios.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>,
      )}
      {field(
        'acao',
        DT.auditoria.acao,
        <input
          name="acao"
          defaultValue={values.acao}
          className={`${deskInput} w-48 font-mono`}
          data-testid="f-acao"
        />,
      )}
      {field(
        'documento',
        DT.auditoria.documento,
        <input
          name="documento"
          defaultValue={values.documento}
          autoComplete="off"
          className={`${deskInput} w-44 font-mono`}
          data-testid="f-documento"
        />,
      )}
      {field(
        'resultado',
        DT.auditoria.resultado,
        <select
          name="resultado"
          defaultValue={values.resultado}
          className={deskInput}
          data-testid="f-resultado"
        >
          <option value="">{DT.auditoria.todos}</option>
          {(['ok', 'recusado', 'erro'] as const).map((r) => (
            <option key={r} value={r}>
              {DT.auditoria.resultados[r]}
            </option>
          ))}
        </select>,
      )}
      <button type="submit" className={deskButton('primary')} disabled={pending} data-testid="f-submit">
        {DT.auditoria.filtrar}
      </button>
      <Link href="/balcao/auditoria" className={deskButton('ghost')} prefetch={false}>
        {DT.auditoria.limpar}
      </Link>
      <p role="alert" className="basis-full text-danger" data-testid="f-error">
        {state && !state.ok ? (state.fieldErrors?.documento ? DT.auditoria.docInvalido : state.message) : ''}
      </p>
    </form>
  );
}
