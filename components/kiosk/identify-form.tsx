'use client';

import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { useCallback, useEffect, useState, useTransition } from 'react';
import { formatDocumentoParcial, isValidCpf, parseDocumento } from '@/lib/br';
import { identificarAction } from '@/lib/actions/kiosk';
import type { ActionResult } from '@/lib/actions/result';
import { Button, LinkButton } from '@/components/ui/button';
import { MessageScreen } from '@/components/ui/screen';
import { AccessibilityToggle } from './accessibility';
import { Keypad, type KeypadMode } from './keypad';
import { T } from './texts';
import { useHydrated } from './use-hydrated';

const MAX_CHARS = 14;
/** Letters only ever appear in the first 12 characters of an alphanumeric CNPJ (IN RFB 2.229/2024). */
const LETTER_POSITIONS = 12;

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** Local check before any ERP call: length and check digits. Returns the message, or null when valid. */
function localError(typed: string): string | null {
  if (typed.length !== 11 && typed.length !== 14) return T.identify.incomplete;
  const parsed = parseDocumento(typed);
  if (parsed.ok) return null;
  if (parsed.reason === 'tamanho' || parsed.reason === 'vazio') return T.identify.incomplete;
  return typed.length === 11 ? T.identify.invalidCpf : T.identify.invalidCnpj;
}

/**
 * 11 digits forming a valid CPF: the keypad stops there (a 12th digit used to turn the CPF silently into a
 * CNPJ mask) and "Continuar" is highlighted. A numeric CNPJ whose first 11 digits happen to be a valid CPF
 * (≈ 1 in 100) is still typeable: "É um CNPJ? Continuar digitando" lifts the stop.
 */
function isCompleteCpf(typed: string): boolean {
  return /^\d{11}$/.test(typed) && isValidCpf(typed);
}

export function IdentifyForm({
  sessionExpired,
  databaseDown = false,
  initialWaitSeconds = 0,
}: {
  sessionExpired: boolean;
  /** The previous page could not reach the store (lib/services/session-page). */
  databaseDown?: boolean;
  /** A kiosk still blocked by the lookup limit shows its countdown at once, before anyone types. */
  initialWaitSeconds?: number;
}) {
  const [typed, setTyped] = useState('');
  const [mode, setMode] = useState<KeypadMode>('digits');
  const [message, setMessage] = useState<string | null>(
    databaseDown ? T.identify.databaseDown : sessionExpired ? T.identify.sessionExpired : null,
  );
  const [failure, setFailure] = useState<Failure | null>(
    initialWaitSeconds > 0 ? { ok: false, code: 'LIMITE_CONSULTAS', message: '' } : null,
  );
  const [wait, setWait] = useState(initialWaitSeconds);
  const [cnpjWanted, setCnpjWanted] = useState(false);
  const cpfStop = !cnpjWanted && isCompleteCpf(typed);

  const [busy, startTransition] = useTransition();
  const hydrated = useHydrated();

  const lookup = useCallback(
    (documento: string) =>
      startTransition(async () => {
        let result: ActionResult<never>;
        try {
          result = await identificarAction(documento);
        } catch (error) {
          // Success: the action redirected to /cliente with the faturas in its answer; Next is already showing
          // them and settles the call with its redirect marker, which is not a failure.
          if (isRedirectError(error)) return;
          setFailure({ ok: false, code: 'ERRO_INTERNO', message: T.common.help });
          return;
        }
        if (result.ok) return;
        if (result.code === 'DOCUMENTO_INVALIDO') {
          setMessage(result.message);
        } else {
          if (result.code === 'LIMITE_CONSULTAS') setWait(result.retryAfterSeconds ?? 30);
          setFailure(result);
        }
      }),
    [],
  );

  const reset = useCallback(() => {
    setTyped('');
    setCnpjWanted(false);
    setMode('digits');
    setMessage(null);
    setFailure(null);
  }, []);

  useEffect(() => {
    if (wait <= 0) return;
    const t = setTimeout(() => {
      setWait((w) => w - 1);
      if (wait === 1) reset();
    }, 1000);
    return () => clearTimeout(t);
  }, [wait, reset]);

  const add = useCallback(
    (c: string) => {
      setMessage(null);
      setTyped((prev) => {
        if (prev.length >= MAX_CHARS) return prev;
        if (!cnpjWanted && isCompleteCpf(prev)) {
          setMessage(T.identify.cpfComplete);
          return prev;
        }
        if (/[A-Z]/.test(c) && prev.length >= LETTER_POSITIONS) {
          setMessage(T.identify.lettersOnlyStart);
          return prev;
        }
        return prev + c;
      });
    },
    [cnpjWanted],
  );
  const backspace = useCallback(() => {
    setMessage(null);
    setTyped((prev) => {
      if (prev.length <= 11) setCnpjWanted(false);
      return prev.slice(0, -1);
    });
  }, []);
  const submit = useCallback(() => {
    if (busy) return;
    const error = localError(typed);
    if (error) {
      setMessage(error);
      return;
    }
    lookup(typed);
  }, [busy, typed, lookup]);

  // A physical keyboard (staff desk, accessibility) works too.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (failure || e.ctrlKey || e.metaKey || e.altKey) return;
      if (/^[0-9]$/.test(e.key)) add(e.key);
      else if (/^[a-zA-Z]$/.test(e.key)) add(e.key.toUpperCase());
      else if (e.key === 'Backspace') backspace();
      else if (e.key === 'Enter') submit();
      else if (e.key === 'Escape') reset();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [add, backspace, submit, reset, failure]);

  if (failure?.code === 'CLIENTE_NAO_ENCONTRADO' || failure?.code === 'CLIENTE_SEM_FATURAS') {
    const semFaturas = failure.code === 'CLIENTE_SEM_FATURAS';
    return (
      <MessageScreen
        testId={semFaturas ? 'screen-sem-faturas' : 'screen-not-found'}
        title={semFaturas ? T.identify.semFaturasTitle : T.identify.notFoundTitle}
        text={semFaturas ? T.identify.semFaturasText : T.identify.notFoundText}
        actions={
          <>
            <Button onClick={reset}>{T.identify.tryAnother}</Button>
            <LinkButton href="/" variant="secondary">
              {T.common.home}
            </LinkButton>
          </>
        }
      />
    );
  }
  if (failure?.code === 'LIMITE_CONSULTAS') {
    return (
      <MessageScreen
        testId="screen-rate-limited"
        title={T.identify.limitedTitle}
        text={T.identify.limitedText(Math.max(wait, 1))}
        actions={
          <LinkButton href="/" variant="secondary">
            {T.common.home}
          </LinkButton>
        }
      />
    );
  }
  if (failure) {
    return (
      <MessageScreen
        testId="screen-erp-down"
        tone="danger"
        title={T.identify.erpErrorTitle(failure.code)}
        text={failure.message}
        actions={
          <>
            <Button
              onClick={() => {
                setFailure(null);
                lookup(typed);
              }}
            >
              {T.identify.tryAgain}
            </Button>
            <LinkButton href="/" variant="secondary">
              {T.common.home}
            </LinkButton>
          </>
        }
      />
    );
  }

  const display = formatDocumentoParcial(typed);
  return (
    // Portrait: one column. Short landscape panels: the field, its messages and the buttons on the left, the
    // keypad on the right, so nothing needs a scroll (the rows around them take the slack and centre both).
    <main className="mx-auto flex min-h-dvh w-full max-w-3xl flex-col justify-center gap-6 px-6 py-8 tall:max-w-4xl tall:gap-8 short:grid short:max-w-7xl short:grid-cols-2 short:grid-rows-[1fr_auto_auto_auto_auto_auto_1fr] short:gap-x-12 short:gap-y-4 short:py-4">
      <div className="flex items-center justify-between gap-4 short:col-start-1 short:row-start-2 short:flex-col short:items-start">
        <h1 className="text-4xl font-bold">{T.identify.title}</h1>
        <div className="flex shrink-0 flex-wrap justify-end gap-3">
          <AccessibilityToggle />
          <LinkButton href="/" variant="ghost" className="text-xl">
            {T.identify.back}
          </LinkButton>
        </div>
      </div>
      <p className="text-xl text-muted short:col-start-1 short:row-start-3">{T.identify.hint}</p>
      <output
        aria-live="polite"
        aria-label={T.identify.placeholder}
        data-testid="documento-display"
        className="flex min-h-24 items-center justify-center rounded-2xl border-4 border-line bg-white px-6 font-mono text-5xl font-bold tracking-wider text-ink short:col-start-1 short:row-start-4"
      >
        {display || <span className="text-3xl font-normal text-slate-600">{T.identify.placeholder}</span>}
      </output>
      <p
        role="alert"
        data-testid="identify-message"
        className="min-h-9 text-2xl font-semibold text-danger short:col-start-1 short:row-start-5"
      >
        {message ?? ''}
      </p>
      <div className="short:col-start-2 short:row-start-1 short:row-end-8 short:self-center">
        <Keypad
          mode={mode}
          lettersEnabled={typed.length < LETTER_POSITIONS}
          disabled={busy || !hydrated}
          charsDisabled={cpfStop}
          onChar={add}
          onBackspace={backspace}
          onMode={setMode}
        />
      </div>
      <div className="flex flex-col gap-6 tall:gap-8 short:col-start-1 short:row-start-6 short:gap-4">
        {cpfStop ? (
          <Button
            variant="ghost"
            className="self-center text-xl"
            onClick={() => {
              setCnpjWanted(true);
              setMessage(null);
            }}
            data-testid="cnpj-unlock"
          >
            {T.identify.typeCnpj}
          </Button>
        ) : null}
        <div className="grid grid-cols-2 gap-4">
          <Button
            variant="secondary"
            onClick={reset}
            disabled={busy || typed === ''}
            className="min-h-20 tall:min-h-28 text-3xl"
          >
            {T.identify.clear}
          </Button>
          <Button
            onClick={submit}
            disabled={busy || typed === ''}
            data-testid="confirm"
            data-ready={cpfStop ? 'true' : undefined}
            className={`min-h-20 tall:min-h-28 text-3xl ${
              cpfStop ? 'ring-8 ring-ok ring-offset-4 ring-offset-ink motion-safe:animate-pulse' : ''
            }`}
          >
            {busy ? T.identify.checking : T.identify.confirm}
          </Button>
        </div>
      </div>
    </main>
  );
}
