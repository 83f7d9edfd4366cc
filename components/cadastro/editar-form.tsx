'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState, useTransition } from 'react';
import { Keyboard, KeyboardField, useKeyboardForm, type KeyboardFieldSpec } from '@/components/keyboard';
import { useHydrated } from '@/components/kiosk/use-hydrated';
import { Button, LinkButton } from '@/components/ui/button';
import { buscarCepAction, revisarCadastroAction, salvarCadastroAction } from '@/lib/actions/cadastro';
import type { ActionResult } from '@/lib/actions/result';
import { messageFor } from '@/lib/domain/errors';
import type { LinhaRevisao, ResultadoEdicao } from '@/lib/services/cadastro';
import { CAMPO_SCHEMAS, MAX_LENGTH, type CampoEditavel } from '@/lib/services/cadastro-schema';
import type { FormTela } from '@/lib/services/cadastro-tela';
import { formatCepParcial, formatFoneParcial, novoEditId } from './format';
import { Resultado } from './resultado';
import { Revisao } from './revisao';
import { UfPicker } from './uf-picker';
import { useCepLookup } from './use-cep-lookup';
import { CT } from './texts';

type Erros = Partial<Record<CampoEditavel, string>>;
type Etapa =
  | { nome: 'form' }
  | { nome: 'revisao'; linhas: LinhaRevisao[]; patch: Record<string, string>; editId: string }
  | { nome: 'resultado'; resultado: ResultadoEdicao };

const LAYOUT: Record<CampoEditavel, KeyboardFieldSpec['layout']> = {
  nome: 'texto',
  celular: 'numerico',
  telefone: 'numerico',
  email: 'email',
  cep: 'numerico',
  logradouro: 'texto',
  numero: 'texto',
  complemento: 'texto',
  bairro: 'texto',
  cidade: 'texto',
  uf: 'texto',
};

function mostrar(campo: CampoEditavel, v: string): string {
  if (campo === 'celular' || campo === 'telefone') return formatFoneParcial(v);
  if (campo === 'cep') return formatCepParcial(v);
  return v;
}

/**
 * Form → review (old → new) → result, in this component's state only: the idle reset and "Sair" leave the page
 * and the state goes with it. Validation here is the same zod schema the server applies again.
 */
export function EditarForm({ form }: { form: FormTela }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const campos = form.campos.map((c) => c.campo);
  const porCampo = useMemo(() => new Map(form.campos.map((c) => [c.campo, c])), [form.campos]);
  const specs = useMemo(
    () =>
      Object.fromEntries(
        form.campos.map(({ campo: c }) => [
          c,
          { label: CT.campos[c], layout: LAYOUT[c], maxLength: MAX_LENGTH[c] },
        ]),
      ) as Record<CampoEditavel, KeyboardFieldSpec>,
    [form.campos],
  );
  const inicial = useMemo(
    () => Object.fromEntries(form.campos.map((c) => [c.campo, c.inicial])) as Record<CampoEditavel, string>,
    [form.campos],
  );
  const primeiro = campos[0] ?? 'celular';
  const kb = useKeyboardForm<CampoEditavel>(specs, inicial, primeiro);
  const [erros, setErros] = useState<Erros>({});
  const [aviso, setAviso] = useState<string | null>(null);
  const [etapa, setEtapa] = useState<Etapa>({ nome: 'form' });
  const [busy, startTransition] = useTransition();

  const falhaDaAcao = useCallback(
    (r: Extract<ActionResult<unknown>, { ok: false }>) => {
      if (r.code === 'SESSAO_EXPIRADA') router.replace('/identificar?expirada=1');
      else if (r.code === 'CADASTRO_PROVA_NECESSARIA') router.replace('/cliente/meus-dados/confirmar');
      else setAviso(r.message);
    },
    [router],
  );

  /** Personal fields: blank keeps the current value. Others: any change from the starting value. */
  const patchAtual = useCallback((): Record<string, string> => {
    const patch: Record<string, string> = {};
    for (const c of form.campos) {
      const v = kb.values[c.campo];
      if (c.pessoal ? v.trim() !== '' : v !== c.inicial) patch[c.campo] = v;
    }
    return patch;
  }, [form.campos, kb.values]);

  const validar = (patch: Record<string, string>): Erros => {
    const e: Erros = {};
    for (const [campo, v] of Object.entries(patch) as [CampoEditavel, string][]) {
      const r = CAMPO_SCHEMAS[campo].safeParse(v);
      if (!r.success) e[campo] = r.error.issues[0]?.message ?? CT.editar.corrija;
    }
    return e;
  };

  const cep = useCepLookup(buscarCepAction, {
    onEncontrado: (e) => {
      kb.setValues((prev) => {
        const next = { ...prev };
        for (const [campo, valor] of [
          ['logradouro', e.logradouro],
          ['bairro', e.bairro],
          ['cidade', e.cidade],
          ['uf', e.uf],
        ] as const) {
          if (porCampo.has(campo)) next[campo] = valor;
        }
        return next;
      });
      setErros((prev) => ({
        ...prev,
        logradouro: undefined,
        bairro: undefined,
        cidade: undefined,
        uf: undefined,
      }));
      kb.setActive(
        e.logradouro === '' && porCampo.has('logradouro')
          ? 'logradouro'
          : porCampo.has('numero')
            ? 'numero'
            : 'cep',
      );
    },
    onSemEndereco: () => {
      if (porCampo.has('logradouro')) kb.setActive('logradouro');
    },
    onFalha: falhaDaAcao,
  });

  const mudar = (campo: CampoEditavel, v: string) => {
    kb.set(campo, v);
    setAviso(null);
    // An error already shown is re-checked as the person corrects it.
    if (erros[campo]) {
      const r = CAMPO_SCHEMAS[campo].safeParse(v);
      setErros((prev) => ({ ...prev, [campo]: r.success ? undefined : r.error.issues[0]?.message }));
    }
    if (campo === 'cep' && form.cepHabilitado) cep.aoDigitar(v);
  };

  const revisar = () => {
    const patch = patchAtual();
    const e = validar(patch);
    setErros(e);
    const primeiroErro = campos.find((c) => e[c]);
    if (primeiroErro) {
      setAviso(CT.editar.corrija);
      kb.setActive(primeiroErro);
      return;
    }
    if (Object.keys(patch).length === 0) {
      setAviso(CT.editar.semAlteracoes);
      return;
    }
    startTransition(async () => {
      try {
        const r = await revisarCadastroAction(patch);
        if (!r.ok) return falhaDaAcao(r);
        if (r.data.status === 'invalido') {
          setErros(r.data.fieldErrors);
          setAviso(CT.editar.corrija);
        } else if (r.data.status === 'sem-alteracoes') {
          setAviso(CT.editar.semAlteracoes);
        } else {
          setEtapa({ nome: 'revisao', linhas: r.data.linhas, patch, editId: novoEditId() });
        }
      } catch {
        setAviso(messageFor('ERRO_INTERNO'));
      }
    });
  };

  const salvar = (patch: Record<string, string>, editId: string) => {
    setAviso(null);
    startTransition(async () => {
      try {
        const r = await salvarCadastroAction({ patch, editId });
        if (!r.ok) return falhaDaAcao(r);
        if (r.data.status === 'concluido') setEtapa({ nome: 'resultado', resultado: r.data.resultado });
        else if (r.data.status === 'invalido') {
          setErros(r.data.fieldErrors);
          setAviso(CT.editar.corrija);
          setEtapa({ nome: 'form' });
        } else {
          setAviso(CT.editar.semAlteracoes);
          setEtapa({ nome: 'form' });
        }
      } catch {
        // The same edit id may be sent again safely: the server writes it at most once.
        setAviso(messageFor('ERRO_INTERNO'));
      }
    });
  };

  if (etapa.nome === 'resultado') return <Resultado resultado={etapa.resultado} />;
  if (etapa.nome === 'revisao') {
    return (
      <Revisao
        linhas={etapa.linhas}
        busy={busy}
        aviso={aviso}
        onCorrigir={() => {
          setAviso(null);
          setEtapa({ nome: 'form' });
        }}
        onSalvar={() => salvar(etapa.patch, etapa.editId)}
      />
    );
  }

  const ativo = kb.active;
  return (
    <section className="flex flex-col gap-4" aria-labelledby="editar-title" data-testid="editar-form">
      <h1 id="editar-title" className="text-4xl font-bold">
        {CT.editar.title}
      </h1>
      <p className="text-xl text-muted">{CT.editar.hint}</p>
      <p role="alert" className="min-h-8 text-2xl font-semibold text-danger" data-testid="editar-aviso">
        {aviso ?? ''}
      </p>
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        {form.campos.map((c) => (
          <div
            key={c.campo}
            className={
              c.campo === 'logradouro' || c.campo === 'email' || c.campo === 'nome' ? 'sm:col-span-2' : ''
            }
          >
            <KeyboardField
              id={c.campo}
              label={CT.campos[c.campo]}
              value={mostrar(c.campo, kb.values[c.campo])}
              placeholder={c.pessoal ? (c.atualMascarado ?? '') : undefined}
              active={ativo === c.campo}
              onActivate={() => kb.setActive(c.campo)}
              error={erros[c.campo]}
              hint={
                c.pessoal
                  ? c.atualMascarado
                    ? CT.editar.atual(c.atualMascarado)
                    : CT.editar.atualVazio
                  : undefined
              }
            />
            {c.campo === 'cep' && form.cepHabilitado ? (
              <div className="mb-2 flex flex-wrap items-center gap-4">
                <Button
                  variant="secondary"
                  className="min-h-14 text-xl"
                  disabled={busy || cep.pending || kb.values.cep.length !== 8}
                  onClick={() => cep.buscarCep(kb.values.cep)}
                  data-testid="buscar-cep"
                >
                  {CT.editar.buscarCep}
                </Button>
                <p aria-live="polite" className="text-lg text-muted" data-testid="cep-status">
                  {cep.mensagem ?? ''}
                </p>
              </div>
            ) : null}
          </div>
        ))}
      </div>
      <div className="sticky bottom-0 z-10 flex flex-col gap-3 border-t-2 border-line bg-ink pt-3 pb-2">
        {ativo === 'uf' ? (
          <UfPicker value={kb.values.uf} onPick={(uf) => mudar('uf', uf)} disabled={!hydrated} />
        ) : (
          <Keyboard
            key={ativo}
            {...kb.keyboard}
            onChange={(v) => mudar(ativo, v)}
            disabled={!hydrated}
            onEnter={revisar}
          />
        )}
        <div className="grid grid-cols-2 gap-4">
          <LinkButton href="/cliente/meus-dados" variant="secondary">
            {CT.editar.cancelar}
          </LinkButton>
          <Button onClick={revisar} disabled={busy || !hydrated} data-testid="revisar">
            {busy ? CT.editar.revisando : CT.editar.revisar}
          </Button>
        </div>
      </div>
    </section>
  );
}
