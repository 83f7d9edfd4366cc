'use client';

import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { useRouter } from 'next/navigation';
import { useCallback, useState, useTransition } from 'react';
import { Keyboard } from '@/components/keyboard';
import { useHydrated } from '@/components/kiosk/use-hydrated';
import { Button, LinkButton } from '@/components/ui/button';
import { messageFor } from '@/lib/domain/errors';
import { provarTitularidadeAction } from '@/lib/actions/cadastro';
import type { TipoProva } from '@/lib/services/cadastro-prova';
import { Aviso } from './aviso';
import { CT } from './texts';

/** The 4-digit answer on the numeric keypad; a right answer redirects to the edit form (server action). */
export function ProvaForm({ tipo }: { tipo: TipoProva }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [resposta, setResposta] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [fim, setFim] = useState<{ title: string; text: string; testId: string } | null>(null);
  const [busy, startTransition] = useTransition();

  const enviar = useCallback(() => {
    if (resposta.length !== 4) {
      setMessage(CT.prova.incompleto);
      return;
    }
    startTransition(async () => {
      try {
        const r = await provarTitularidadeAction(resposta);
        if (!r.ok) {
          if (r.code === 'SESSAO_EXPIRADA') router.replace('/identificar?expirada=1');
          else setMessage(r.message);
          return;
        }
        const d = r.data;
        setResposta('');
        if (d.status === 'errada') setMessage(CT.prova.errada(d.tentativasRestantes));
        else if (d.status === 'formato') setMessage(CT.prova.incompleto);
        else if (d.status === 'bloqueado')
          setFim({
            title: CT.ver.bloqueadoTitle,
            text: messageFor('CADASTRO_BLOQUEADO'),
            testId: 'edicao-bloqueada',
          });
        else
          setFim({
            title: CT.ver.semProvaTitle,
            text: messageFor('CADASTRO_SEM_PROVA'),
            testId: 'sem-prova',
          });
      } catch (error) {
        // A right answer: the action redirected to the form and Next is already showing it.
        if (isRedirectError(error)) return;
        setMessage(messageFor('ERRO_INTERNO'));
      }
    });
  }, [resposta, router]);

  if (fim) {
    return (
      <>
        <Aviso tone="danger" title={fim.title} text={fim.text} testId={fim.testId} />
        <div>
          <LinkButton href="/cliente/meus-dados" variant="secondary">
            {CT.ver.voltar}
          </LinkButton>
        </div>
      </>
    );
  }

  const display =
    tipo === 'nascimento' && resposta.length > 2 ? `${resposta.slice(0, 2)}/${resposta.slice(2)}` : resposta;
  return (
    <section className="mx-auto flex w-full max-w-2xl flex-col gap-6" aria-labelledby="prova-title">
      <h1 id="prova-title" className="text-4xl font-bold">
        {CT.prova.title}
      </h1>
      <p className="text-2xl text-muted" id="prova-pergunta" data-testid="prova-pergunta" data-tipo={tipo}>
        {tipo === 'celular' ? CT.prova.celular : CT.prova.nascimento}
      </p>
      <output
        aria-live="polite"
        aria-label={CT.prova.display}
        aria-describedby="prova-pergunta"
        data-testid="prova-display"
        className="flex min-h-24 items-center justify-center rounded-2xl border-4 border-line bg-white px-6 font-mono text-5xl font-bold tracking-[0.4em] text-ink"
      >
        {display || (
          <span className="text-3xl font-normal tracking-normal text-slate-600">
            {tipo === 'celular' ? '____' : 'DD/MM'}
          </span>
        )}
      </output>
      <p role="alert" data-testid="prova-message" className="min-h-9 text-2xl font-semibold text-danger">
        {message ?? ''}
      </p>
      <Keyboard
        layout="numerico"
        value={resposta}
        onChange={(v) => {
          setMessage(null);
          setResposta(v);
        }}
        maxLength={4}
        fieldLabel={CT.prova.display}
        disabled={busy || !hydrated}
        onEnter={enviar}
      />
      <div className="grid grid-cols-2 gap-4">
        <LinkButton href="/cliente/meus-dados" variant="secondary">
          {CT.prova.cancelar}
        </LinkButton>
        <Button
          onClick={enviar}
          disabled={busy || !hydrated || resposta.length === 0}
          data-testid="prova-confirmar"
        >
          {busy ? CT.prova.conferindo : CT.prova.confirmar}
        </Button>
      </div>
    </section>
  );
}
