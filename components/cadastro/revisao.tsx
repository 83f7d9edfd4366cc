'use client';

import { Button } from '@/components/ui/button';
import type { LinhaRevisao } from '@/lib/services/cadastro';
import { formatCepParcial, formatFoneParcial } from './format';
import { CT } from './texts';

export function mostrarValor(campo: LinhaRevisao['campo'], v: string): string {
  if (campo === 'cep' && /^\d{8}$/.test(v)) return formatCepParcial(v);
  if ((campo === 'celular' || campo === 'telefone') && /^\d{10,11}$/.test(v)) return formatFoneParcial(v);
  return v;
}

const destinos = (d: LinhaRevisao['destinos']) => d.map((s) => CT.sistemas[s]).join(' e ');

/** Old (masked) → new, and where each change goes, before anything is written. */
export function Revisao({
  linhas,
  busy,
  aviso,
  onCorrigir,
  onSalvar,
}: {
  linhas: LinhaRevisao[];
  busy: boolean;
  aviso: string | null;
  onCorrigir: () => void;
  onSalvar: () => void;
}) {
  return (
    <section className="flex flex-col gap-6" aria-labelledby="revisao-title" data-testid="revisao">
      <h1 id="revisao-title" className="text-4xl font-bold">
        {CT.revisao.title}
      </h1>
      <ul className="flex flex-col gap-4">
        {linhas.map((l) => (
          <li
            key={l.campo}
            className="flex flex-col gap-2 rounded-2xl border-2 border-line bg-panel p-5"
            data-testid={`revisao-${l.campo}`}
          >
            <p className="text-xl font-semibold text-muted">{CT.campos[l.campo]}</p>
            <p className="flex flex-wrap items-baseline gap-3 text-2xl">
              <span className="sr-only">{CT.revisao.antes}:</span>
              <span className="text-muted line-through">
                {l.antes ? mostrarValor(l.campo, l.antes) : CT.ver.vazio}
              </span>
              <span aria-hidden="true">→</span>
              <span className="sr-only">{CT.revisao.depois}:</span>
              <span className="font-bold" data-testid="depois">
                {l.depois === '' ? CT.ver.vazio : mostrarValor(l.campo, l.depois)}
              </span>
            </p>
            <p className="text-lg text-muted">{CT.revisao.destino(destinos(l.destinos))}</p>
          </li>
        ))}
      </ul>
      <p role="alert" className="min-h-8 text-2xl font-semibold text-danger">
        {aviso ?? ''}
      </p>
      <div className="grid grid-cols-2 gap-4">
        <Button variant="secondary" onClick={onCorrigir} disabled={busy}>
          {CT.revisao.corrigir}
        </Button>
        <Button onClick={onSalvar} disabled={busy} data-testid="salvar">
          {busy ? CT.revisao.salvando : CT.revisao.salvar}
        </Button>
      </div>
    </section>
  );
}
