'use client';

import { useMemo, useState } from 'react';
import { formatCepParcial, formatFoneParcial } from '@/components/cadastro/format';
import { UfPicker } from '@/components/cadastro/uf-picker';
import { useCepLookup } from '@/components/cadastro/use-cep-lookup';
import { Keyboard, KeyboardField, useKeyboardForm, type KeyboardFieldSpec } from '@/components/keyboard';
import { useHydrated } from '@/components/kiosk/use-hydrated';
import { Button } from '@/components/ui/button';
import { buscarCepAdesaoAction } from '@/lib/actions/adesao';
import { formatDocumentoParcial } from '@/lib/br';
import {
  ADESAO_CAMPOS,
  ADESAO_MAX_LENGTH,
  erroDoCampo,
  type CampoAdesao,
  type DadosAdesao,
  type ErrosAdesao,
} from '@/lib/services/adesao-schema';
import { AD } from './texts';

const LAYOUT: Record<CampoAdesao, KeyboardFieldSpec['layout']> = {
  nome: 'texto',
  // Letters too: an alphanumeric CNPJ (IN RFB 2.229/2024) is typed on the same keyboard.
  documento: 'texto',
  celular: 'numerico',
  email: 'email',
  cep: 'numerico',
  logradouro: 'texto',
  numero: 'texto',
  complemento: 'texto',
  bairro: 'texto',
  cidade: 'texto',
  uf: 'texto',
};

const LARGOS: ReadonlySet<CampoAdesao> = new Set(['nome', 'email', 'logradouro']);

function mostrar(campo: CampoAdesao, v: string): string {
  if (campo === 'celular') return formatFoneParcial(v);
  if (campo === 'cep') return formatCepParcial(v);
  if (campo === 'documento') return formatDocumentoParcial(v);
  return v;
}

const SPECS = Object.fromEntries(
  ADESAO_CAMPOS.map((c) => [c, { label: AD.campos[c], layout: LAYOUT[c], maxLength: ADESAO_MAX_LENGTH[c] }]),
) as Record<CampoAdesao, KeyboardFieldSpec>;

/**
 * The person's data and the installation address on the on-screen keyboard: the same keyboard, field rules
 * (adesao-schema reuses "Meus dados"'), CEP lookup and UF picker as "Meus dados". The server checks it again.
 */
export function AdesaoDados({
  inicial,
  erros: errosDoServidor,
  busy,
  onVoltar,
  onContinuar,
}: {
  inicial: DadosAdesao;
  erros: ErrosAdesao;
  busy: boolean;
  onVoltar: (dados: DadosAdesao) => void;
  onContinuar: (dados: DadosAdesao) => void;
}) {
  const hydrated = useHydrated();
  const kb = useKeyboardForm<CampoAdesao>(SPECS, inicial, 'nome');
  const [erros, setErros] = useState<ErrosAdesao>(errosDoServidor);
  const [aviso, setAviso] = useState<string | null>(
    Object.keys(errosDoServidor).length > 0 ? AD.corrija : null,
  );
  const cep = useCepLookup(buscarCepAdesaoAction, {
    onEncontrado: (e) => {
      kb.setValues((prev) => ({
        ...prev,
        logradouro: e.logradouro,
        bairro: e.bairro,
        cidade: e.cidade,
        uf: e.uf,
      }));
      setErros((prev) => ({
        ...prev,
        logradouro: undefined,
        bairro: undefined,
        cidade: undefined,
        uf: undefined,
      }));
      kb.setActive(e.logradouro === '' ? 'logradouro' : 'numero');
    },
    onSemEndereco: () => kb.setActive('logradouro'),
    onFalha: (r) => setAviso(r.message),
  });

  const mudar = (campo: CampoAdesao, v: string) => {
    kb.set(campo, v);
    setAviso(null);
    // An error already shown is re-checked as the person corrects it.
    if (erros[campo]) setErros((prev) => ({ ...prev, [campo]: erroDoCampo(campo, v) }));
    if (campo === 'cep') cep.aoDigitar(v);
  };

  const continuar = () => {
    const e: ErrosAdesao = {};
    for (const c of ADESAO_CAMPOS) {
      const erro = erroDoCampo(c, kb.values[c]);
      if (erro) e[c] = erro;
    }
    setErros(e);
    const primeiro = ADESAO_CAMPOS.find((c) => e[c]);
    if (primeiro) {
      setAviso(AD.corrija);
      kb.setActive(primeiro);
      return;
    }
    onContinuar(kb.values);
  };

  const campos = useMemo(() => ADESAO_CAMPOS, []);
  const ativo = kb.active;
  return (
    <section className="flex flex-col gap-4" aria-labelledby="adesao-dados-title" data-testid="adesao-dados">
      <h2 id="adesao-dados-title" className="text-3xl font-bold">
        {AD.dadosTitle}
      </h2>
      <p className="text-xl text-muted">{AD.dadosHint}</p>
      <p role="alert" className="min-h-8 text-2xl font-semibold text-danger" data-testid="adesao-aviso">
        {aviso ?? ''}
      </p>
      <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
        {campos.map((c) => (
          <div key={c} className={LARGOS.has(c) ? 'sm:col-span-2' : ''}>
            <KeyboardField
              id={c}
              label={AD.campos[c]}
              value={mostrar(c, kb.values[c])}
              active={ativo === c}
              onActivate={() => kb.setActive(c)}
              error={erros[c]}
            />
            {c === 'cep' ? (
              <div className="mb-2 flex flex-wrap items-center gap-4">
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
            onEnter={continuar}
          />
        )}
        <div className="grid grid-cols-2 gap-4">
          <Button variant="secondary" onClick={() => onVoltar(kb.values)} data-testid="adesao-voltar">
            {AD.voltar}
          </Button>
          <Button onClick={continuar} disabled={busy || !hydrated} data-testid="adesao-continuar">
            {busy ? AD.revisando : AD.continuar}
          </Button>
        </div>
      </div>
    </section>
  );
}
