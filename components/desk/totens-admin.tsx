'use client';

import { useState, useTransition } from 'react';
import { alterarStatusTotemAction, renomearTotemAction } from '@/lib/actions/desk/totens';
import { DT } from './texts';
import { deskButton, deskInput } from './ui';

export interface TotemRow {
  id: string;
  name: string;
  storeName: string;
  enabled: boolean;
  lastSeen: string;
}

function Row({ totem }: { totem: TotemRow }) {
  const [name, setName] = useState(totem.name);
  const [loja, setLoja] = useState(totem.storeName);
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState('');
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const r = await fn();
      setMsg(r.ok ? DT.totens.feito : (r.message ?? DT.acoes.erroGenerico));
    });
  return (
    <tr className="border-t border-line" data-testid="totem-row">
      <td className="px-2 py-1">
        <input
          aria-label={`${DT.totens.nome} (${totem.id})`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={80}
          className={`${deskInput} w-56`}
        />
        <div className="font-mono text-xs text-muted">{totem.id}</div>
      </td>
      <td className="px-2 py-1">
        <input
          aria-label={`${DT.totens.loja} (${totem.id})`}
          value={loja}
          onChange={(e) => setLoja(e.target.value)}
          maxLength={80}
          className={`${deskInput} w-48`}
        />
      </td>
      <td className="px-2 py-1 tabular-nums">{totem.lastSeen}</td>
      <td className="px-2 py-1">{totem.enabled ? DT.totens.ativo : DT.totens.desativado}</td>
      <td className="px-2 py-1">
        <div className="flex items-center gap-1">
          <button
            type="button"
            className={deskButton('primary')}
            disabled={pending || name.trim() === ''}
            onClick={() => run(() => renomearTotemAction(totem.id, name, loja))}
          >
            {DT.totens.salvar}
          </button>
          <button
            type="button"
            className={deskButton(totem.enabled ? 'danger' : 'secondary')}
            disabled={pending}
            onClick={() => run(() => alterarStatusTotemAction(totem.id, !totem.enabled))}
          >
            {totem.enabled ? DT.totens.desativar : DT.totens.ativar}
          </button>
          <span role="status" className="text-muted">
            {msg}
          </span>
        </div>
      </td>
    </tr>
  );
}

export function TotensAdmin({ totens }: { totens: TotemRow[] }) {
  if (totens.length === 0) return <p data-testid="totens-vazio">{DT.totens.vazio}</p>;
  return (
    <table className="w-full rounded-lg border border-line bg-panel" data-testid="totens">
      <thead>
        <tr>
          {[DT.totens.nome, DT.totens.loja, DT.totens.visto, DT.totens.status, DT.totens.acoes].map((h) => (
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
        {totens.map((t) => (
          <Row key={`${t.id}:${t.enabled}`} totem={t} />
        ))}
      </tbody>
    </table>
  );
}
