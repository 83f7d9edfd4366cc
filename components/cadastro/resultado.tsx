'use client';

import { LinkButton } from '@/components/ui/button';
import type { CampoGravado, GravacaoSistema, ResultadoEdicao } from '@/lib/services/cadastro';
import { mostrarValor } from './revisao';
import { CT } from './texts';

function conferencia(c: CampoGravado, estado: GravacaoSistema['estado']): string {
  const gravou = estado === 'salvo' || estado === 'divergente';
  if (c.confere === true) return CT.resultado.confere;
  if (c.confere === false) return gravou ? CT.resultado.difere : CT.resultado.semAlteracao;
  return gravou ? CT.resultado.semConferir : CT.resultado.naoLido;
}

/** What each system holds now, said plainly: saved, saved differently, not saved, or not confirmed. */
export function Resultado({ resultado }: { resultado: ResultadoEdicao }) {
  const algum = resultado.sistemas.some((s) => s.estado === 'salvo' || s.estado === 'divergente');
  const titulo = resultado.completo
    ? CT.resultado.completo
    : algum
      ? CT.resultado.parcial
      : CT.resultado.nenhum;
  return (
    <section className="flex flex-col gap-6" aria-labelledby="resultado-title" data-testid="resultado">
      <h1
        id="resultado-title"
        className="text-4xl font-bold"
        data-testid="resultado-titulo"
        data-completo={resultado.completo ? 'true' : 'false'}
      >
        {titulo}
      </h1>
      {resultado.sistemas.map((s) => {
        const ok = s.estado === 'salvo';
        return (
          <article
            key={s.sistema}
            className={`flex flex-col gap-3 rounded-3xl border-4 p-6 ${ok ? 'border-ok bg-panel' : 'border-danger bg-danger-bg'}`}
            data-testid={`resultado-${s.sistema}`}
            data-estado={s.estado}
          >
            <h2 className="text-3xl font-bold">
              {CT.sistemas[s.sistema]}: {CT.resultado.estado[s.estado]}
            </h2>
            {!ok ? (
              <p className="text-2xl" role="alert">
                {CT.resultado.explica[s.estado]}
              </p>
            ) : (
              <p className="text-xl text-muted">{CT.resultado.explica.salvo}</p>
            )}
            <ul className="flex flex-col gap-2 text-xl">
              {s.campos.map((c) => (
                <li key={c.campo} data-testid={`gravado-${s.sistema}-${c.campo}`}>
                  <span className="text-muted">{CT.campos[c.campo]}: </span>
                  <span className="font-semibold">
                    {c.gravado !== null
                      ? mostrarValor(c.campo, c.gravado)
                      : c.confere === null
                        ? '—'
                        : CT.ver.vazio}
                  </span>{' '}
                  <span className="text-muted">({conferencia(c, s.estado)})</span>
                </li>
              ))}
            </ul>
          </article>
        );
      })}
      <div className="flex flex-wrap gap-4">
        <LinkButton href="/cliente/meus-dados" data-testid="ver-meus-dados">
          {CT.resultado.meusDados}
        </LinkButton>
        <LinkButton href="/cliente" variant="secondary">
          {CT.resultado.inicio}
        </LinkButton>
      </div>
    </section>
  );
}
