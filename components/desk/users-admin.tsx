'use client';

import { useActionState, useState, useTransition } from 'react';
import {
  alterarPerfilAction,
  alterarStatusUsuarioAction,
  criarUsuarioAction,
  redefinirSenhaAction,
  type TemporaryPassword,
} from '@/lib/actions/desk/admin';
import { STAFF_ROLES, type StaffRole } from '@/lib/staff/roles';
import { DT } from './texts';
import { deskButton, deskInput, deskLabel } from './ui';

/** What the page passes down: never the password hash. */
export interface StaffUserRow {
  id: string;
  username: string;
  nome: string;
  role: StaffRole;
  disabled: boolean;
  mustChangePassword: boolean;
}

function TempPassword({ value }: { value: TemporaryPassword }) {
  return (
    <div role="status" className="rounded-md border border-brand bg-panel-2 p-3" data-testid="temp-password">
      <p>{DT.usuarios.senhaGerada(value.username)}</p>
      <p className="mt-1 font-mono text-lg select-all" data-testid="temp-password-value">
        {value.temporaryPassword}
      </p>
    </div>
  );
}

function NewUserForm() {
  const [state, action, pending] = useActionState(criarUsuarioAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" data-testid="new-user-form">
      <label className="flex flex-col gap-1">
        <span className={deskLabel}>{DT.usuarios.username}</span>
        <input name="username" required autoComplete="off" className={deskInput} data-testid="new-username" />
      </label>
      <label className="flex flex-col gap-1">
        <span className={deskLabel}>{DT.usuarios.nome}</span>
        <input
          name="nome"
          required
          autoComplete="off"
          className={`${deskInput} w-64`}
          data-testid="new-nome"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className={deskLabel}>{DT.usuarios.perfil}</span>
        <select name="role" className={deskInput} defaultValue="atendente" data-testid="new-role">
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {DT.roles[r]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={deskButton('primary')} disabled={pending} data-testid="new-submit">
        {DT.usuarios.criar}
      </button>
      <div className="basis-full" aria-live="polite">
        {state?.ok ? <TempPassword value={state.data} /> : null}
        {state && !state.ok ? (
          <p role="alert" className="text-danger" data-testid="new-error">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}

function UserRow({ user, self }: { user: StaffUserRow; self: boolean }) {
  const [role, setRole] = useState<StaffRole>(user.role);
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string>('');
  const [temp, setTemp] = useState<TemporaryPassword | null>(null);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const r = await fn();
      setMessage(r.ok ? DT.usuarios.feito : (r.message ?? DT.acoes.erroGenerico));
    });
  return (
    <tr className="border-t border-line" data-testid="user-row" data-username={user.username}>
      <td className="px-2 py-1 font-mono">
        {user.username} {self ? <span className="text-muted">{DT.usuarios.voce}</span> : null}
      </td>
      <td className="px-2 py-1">{user.nome}</td>
      <td className="px-2 py-1">
        <div className="flex gap-1">
          <select
            aria-label={`${DT.usuarios.perfil} de ${user.username}`}
            value={role}
            onChange={(e) => setRole(e.target.value as StaffRole)}
            disabled={self || pending}
            className={deskInput}
            data-testid="user-role"
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {DT.roles[r]}
              </option>
            ))}
          </select>
          {role !== user.role ? (
            <button
              type="button"
              className={deskButton('primary')}
              disabled={pending}
              onClick={() => run(() => alterarPerfilAction(user.id, role))}
              data-testid="user-role-save"
            >
              {DT.usuarios.salvarPerfil}
            </button>
          ) : null}
        </div>
      </td>
      <td className="px-2 py-1">
        {user.disabled ? DT.usuarios.desativado : DT.usuarios.ativo}
        {user.mustChangePassword ? <span className="text-muted"> · {DT.usuarios.trocaPendente}</span> : null}
      </td>
      <td className="px-2 py-1">
        <div className="flex flex-wrap items-center gap-1">
          <button
            type="button"
            className={deskButton()}
            disabled={pending}
            onClick={() => {
              if (!window.confirm(DT.usuarios.confirmarRedefinir(user.username))) return;
              start(async () => {
                const r = await redefinirSenhaAction(user.id);
                if (r.ok) setTemp(r.data);
                setMessage(r.ok ? '' : r.message);
              });
            }}
            data-testid="user-reset"
          >
            {DT.usuarios.redefinir}
          </button>
          {!self ? (
            <button
              type="button"
              className={deskButton(user.disabled ? 'secondary' : 'danger')}
              disabled={pending}
              onClick={() => {
                if (!user.disabled && !window.confirm(DT.usuarios.confirmarDesativar(user.username))) return;
                run(() => alterarStatusUsuarioAction(user.id, !user.disabled));
              }}
              data-testid="user-toggle"
            >
              {user.disabled ? DT.usuarios.ativar : DT.usuarios.desativar}
            </button>
          ) : null}
          <span role="status" className="text-muted">
            {message}
          </span>
        </div>
        {temp ? <TempPassword value={temp} /> : null}
      </td>
    </tr>
  );
}

export function UsersAdmin({ users, selfId }: { users: StaffUserRow[]; selfId: string }) {
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="novo-title" className="rounded-lg border border-line bg-panel p-4">
        <h2 id="novo-title" className="mb-2 text-base font-bold">
          {DT.usuarios.novo}
        </h2>
        <NewUserForm />
      </section>
      <table className="w-full rounded-lg border border-line bg-panel" data-testid="users">
        <thead>
          <tr>
            {[
              DT.usuarios.username,
              DT.usuarios.nome,
              DT.usuarios.perfil,
              DT.usuarios.status,
              DT.usuarios.acoes,
            ].map((h) => (
              <th
                key={h}
                scope="col"
                className="px-2 py-1 text-left text-xs font-semibold tracking-wide text-muted uppercase"
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={`${u.id}:${u.role}:${u.disabled}`} user={u} self={u.id === selfId} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
