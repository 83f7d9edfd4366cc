'use client';

import { useState } from 'react';
import { Keyboard, KeyboardField } from '@/components/keyboard';
import { PrintDocument } from '@/components/print/print-document';
import { ConfirmStatus } from '@/components/servicos/confirm-status';
import { useConfirmedAction } from '@/components/servicos/use-confirmed-action';
import { Button, LinkButton } from '@/components/ui/button';
import { abrirChamadoAction } from '@/lib/actions/chamado';
import type { ChamadoAberto, ChamadoMotivo } from '@/lib/services/chamado';
import { CH } from './texts';

export interface ChamadoFormProps {
  token: string;
  motivos: { id: ChamadoMotivo; label: string }[];
  planos: { id: string; nome: string }[];
  /** Longest message the ERP gets (the server cuts nothing: it refuses longer). */
  mensagemMax: number;
}

const choice = (selected: boolean) =>
  `min-h-20 rounded-2xl border-4 px-6 text-left text-2xl font-bold ${
    selected ? 'border-brand bg-panel-2' : 'border-line bg-panel'
  }`;

/** Reason, plan, optional message → review → one confirmed request → the protocol and its printed receipt. */
export function ChamadoForm({ token, motivos, planos, mensagemMax }: ChamadoFormProps) {
  const [motivo, setMotivo] = useState<ChamadoMotivo | null>(null);
  const [planoId, setPlanoId] = useState<string | null>(planos.length === 1 ? (planos[0]?.id ?? null) : null);
  const [mensagem, setMensagem] = useState('');
  const [review, setReview] = useState(false);
  const [typing, setTyping] = useState(false);
  const [aviso, setAviso] = useState<string | null>(null);
  const { state, run } = useConfirmedAction<ChamadoAberto>(CH.erroRede);

  if (state.stage === 'done') {
    return (
      <section
        role="status"
        className="flex flex-col gap-6 rounded-3xl border-4 border-ok bg-panel p-8"
        data-testid="chamado-aberto"
      >
        <h2 className="text-4xl font-bold">{CH.okTitle}</h2>
        <p className="text-2xl">{CH.protocolo}</p>
        <p className="font-mono text-5xl font-bold tracking-wider" data-testid="chamado-protocolo">
          {state.data.protocolo}
        </p>
        <p className="text-2xl text-muted">{CH.okTexto}</p>
        <PrintDocument
          url={`/api/comprovante/chamado?c=${encodeURIComponent(token)}`}
          label={CH.imprimir}
          preparing={CH.preparando}
          retireTitle={CH.retireTitle}
          retireText={CH.retireText}
          testId="chamado-imprimir"
        />
        <LinkButton href="/cliente" variant="secondary" className="self-start" data-testid="chamado-inicio">
          {CH.inicio}
        </LinkButton>
      </section>
    );
  }

  const motivoLabel = motivos.find((m) => m.id === motivo)?.label ?? '';
  const planoNome = planos.find((p) => p.id === planoId)?.nome ?? CH.planoNenhum;

  if (review && motivo) {
    return (
      <section
        className="flex flex-col gap-6 rounded-3xl border-2 border-line bg-panel p-8"
        data-testid="chamado-revisao"
      >
        <h2 className="text-3xl font-bold">{CH.revisarTitle}</h2>
        <dl className="flex flex-col gap-3 text-2xl">
          <div>
            <dt className="text-muted">{CH.assunto}</dt>
            <dd className="font-bold">{motivoLabel}</dd>
          </div>
          {planos.length > 0 ? (
            <div>
              <dt className="text-muted">{CH.plano}</dt>
              <dd className="font-bold">{planoNome}</dd>
            </div>
          ) : null}
          <div>
            <dt className="text-muted">{CH.mensagem}</dt>
            <dd className="break-words">{mensagem.trim() || CH.semMensagem}</dd>
          </div>
        </dl>
        <div className="flex flex-wrap gap-4">
          <Button
            onClick={() => void run(() => abrirChamadoAction({ motivo, planoId, mensagem }, token))}
            disabled={state.stage === 'sending'}
            data-testid="chamado-confirmar"
          >
            {CH.confirmar}
          </Button>
          <Button
            variant="ghost"
            onClick={() => setReview(false)}
            disabled={state.stage === 'sending'}
            data-testid="chamado-alterar"
          >
            {CH.alterar}
          </Button>
        </div>
        <ConfirmStatus state={state} sending={CH.enviando} errorTestId="chamado-erro" />
      </section>
    );
  }

  return (
    <div className="flex flex-col gap-8">
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-3 text-3xl font-bold">{CH.motivoTitle}</legend>
        <div className="grid gap-4 sm:grid-cols-2" data-testid="chamado-motivos">
          {motivos.map((m) => (
            <button
              key={m.id}
              type="button"
              aria-pressed={motivo === m.id}
              className={choice(motivo === m.id)}
              onClick={() => {
                setMotivo(m.id);
                setAviso(null);
              }}
              data-motivo={m.id}
            >
              {m.label}
            </button>
          ))}
        </div>
      </fieldset>
      {planos.length > 1 ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-3 text-3xl font-bold">{CH.planoTitle}</legend>
          <div className="grid gap-4 sm:grid-cols-2" data-testid="chamado-planos">
            {[...planos, { id: '', nome: CH.planoNenhum }].map((p) => (
              <button
                key={p.id || 'nenhum'}
                type="button"
                aria-pressed={(planoId ?? '') === p.id}
                className={choice((planoId ?? '') === p.id)}
                onClick={() => setPlanoId(p.id || null)}
                data-plano={p.id || 'nenhum'}
              >
                {p.nome}
              </button>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-col gap-4">
        <KeyboardField
          id="mensagem"
          label={CH.mensagemTitle}
          value={mensagem}
          active={typing}
          onActivate={() => setTyping(true)}
          hint={CH.mensagemHint}
        />
        {typing ? (
          <Keyboard
            layout="texto"
            value={mensagem}
            onChange={setMensagem}
            maxLength={mensagemMax}
            fieldLabel={CH.mensagemTitle}
          />
        ) : null}
      </div>
      {aviso ? (
        <p role="alert" className="text-2xl text-danger" data-testid="chamado-aviso">
          {aviso}
        </p>
      ) : null}
      <Button
        className="self-start"
        onClick={() => (motivo ? setReview(true) : setAviso(CH.escolhaMotivo))}
        data-testid="chamado-continuar"
      >
        {CH.revisar}
      </Button>
    </div>
  );
}
