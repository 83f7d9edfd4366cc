'use client';

import { useState } from 'react';
import { Keyboard } from '@/components/keyboard';
import { useHydrated } from '@/components/kiosk/use-hydrated';
import type { ConfirmedState } from '@/components/servicos/use-confirmed-action';
import { Button, LinkButton } from '@/components/ui/button';
import type { MotivoSemOferta, ProvaRecusada, ResultadoAdesao } from '@/lib/services/adesao';
import type { TipoProva } from '@/lib/services/cadastro-prova';
import { AD } from './texts';

type Oferta = Extract<ResultadoAdesao, { status: 'cliente-existente' }>;

function Fim({ title, text, testId }: { title: string; text: string; testId: string }) {
  return (
    <section
      className="flex flex-col gap-6 rounded-3xl border-4 border-danger bg-danger-bg p-8"
      data-testid={testId}
    >
      <h2 className="text-4xl font-bold">{title}</h2>
      <p role="alert" className="text-2xl">
        {text}
      </p>
      <LinkButton href="/" variant="secondary" className="self-start" data-testid="adesao-inicio">
        {AD.inicio}
      </LinkButton>
    </section>
  );
}

function semOferta(motivo: MotivoSemOferta | null) {
  if (motivo === 'bloqueado')
    return (
      <Fim title={AD.prova.bloqueadoTitle} text={AD.prova.bloqueadoTexto} testId="adesao-prova-bloqueada" />
    );
  if (motivo === 'sem-prova')
    return <Fim title={AD.prova.semProvaTitle} text={AD.prova.semProvaTexto} testId="adesao-sem-prova" />;
  return null;
}

/**
 * A document that already is a customer: the existing-customer order, sent only with the ownership proof of
 * "Meus dados" (4 digits on the numeric keypad, checked by the server with the send). A wrong answer keeps the
 * keypad with the attempts left; the lockout and "no way to prove" end at the counter.
 */
export function AdesaoExistente({
  oferta,
  plano,
  state,
  enviar,
}: {
  oferta: Oferta;
  plano: string;
  state: ConfirmedState<ResultadoAdesao | ProvaRecusada>;
  enviar: (token: string, resposta: string) => void;
}) {
  const hydrated = useHydrated();
  const [resposta, setResposta] = useState('');
  const [tecleiDepois, setTecleiDepois] = useState(false);
  const [local, setLocal] = useState<string | null>(null);
  const token = oferta.confirmacao;
  const prova: TipoProva | null = oferta.prova;

  const fim = semOferta(oferta.motivo);
  if (fim) return fim;
  const d = state.stage === 'done' ? state.data : null;
  if (d?.status === 'prova-bloqueada') return semOferta('bloqueado');
  if (d?.status === 'sem-prova') return semOferta('sem-prova');

  const sending = state.stage === 'sending';
  // A refused answer is cleared for the next try; after a lost answer the same one can be sent again.
  const recusada = d?.status === 'prova-errada' || d?.status === 'prova-formato';
  const mostrado = recusada && !tecleiDepois ? '' : resposta;
  const mensagem =
    local ??
    (tecleiDepois || sending
      ? null
      : d?.status === 'prova-errada'
        ? AD.prova.errada(d.tentativasRestantes)
        : d?.status === 'prova-formato'
          ? AD.prova.incompleto
          : state.stage === 'error'
            ? state.message
            : null);
  const confirmar = () => {
    if (!token) return;
    if (mostrado.length !== 4) return setLocal(AD.prova.incompleto);
    setLocal(null);
    setTecleiDepois(false);
    enviar(token, mostrado);
  };

  return (
    <section
      className="flex flex-col gap-6 rounded-3xl border-4 border-line bg-panel p-8"
      data-testid="adesao-existente"
    >
      <h2 className="text-4xl font-bold">{AD.existenteTitle}</h2>
      {token && prova ? (
        <>
          <p className="text-2xl">{AD.existenteTexto(plano)}</p>
          <p className="text-2xl font-semibold">{AD.prova.explica}</p>
          <p className="text-2xl text-muted" id="adesao-prova-pergunta" data-testid="adesao-prova-pergunta">
            {prova === 'celular' ? AD.prova.celular : AD.prova.nascimento}
          </p>
          <output
            aria-live="polite"
            aria-label={AD.prova.display}
            aria-describedby="adesao-prova-pergunta"
            data-testid="adesao-prova-display"
            className="flex min-h-24 items-center justify-center rounded-2xl border-4 border-line bg-white px-6 font-mono text-5xl font-bold tracking-[0.4em] text-ink"
          >
            {(prova === 'nascimento' && mostrado.length > 2
              ? `${mostrado.slice(0, 2)}/${mostrado.slice(2)}`
              : mostrado) || (
              <span className="text-3xl font-normal tracking-normal text-slate-600">
                {prova === 'celular' ? '____' : 'DD/MM'}
              </span>
            )}
          </output>
          <p
            role="alert"
            data-testid="adesao-prova-message"
            className="min-h-9 text-2xl font-semibold text-danger"
          >
            {mensagem ?? ''}
          </p>
          <Keyboard
            layout="numerico"
            value={mostrado}
            onChange={(v) => {
              setLocal(null);
              setTecleiDepois(true);
              setResposta(v);
            }}
            maxLength={4}
            fieldLabel={AD.prova.display}
            disabled={sending || !hydrated}
            onEnter={confirmar}
          />
          <Button
            className="self-start"
            onClick={confirmar}
            disabled={sending || !hydrated || mostrado.length === 0}
            data-testid="adesao-existente-enviar"
          >
            {AD.existenteEnviar}
          </Button>
          <p aria-live="polite" className="text-xl text-muted">
            {sending ? AD.prova.conferindo : ''}
          </p>
        </>
      ) : (
        <p className="text-2xl">{AD.existenteSemPedido}</p>
      )}
      <LinkButton href="/" variant="secondary" className="self-start" data-testid="adesao-inicio">
        {AD.inicio}
      </LinkButton>
    </section>
  );
}
