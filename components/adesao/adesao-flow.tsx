'use client';

import { useState, useTransition } from 'react';
import { PrintDocument } from '@/components/print/print-document';
import { useConfirmedAction } from '@/components/servicos/use-confirmed-action';
import { Button, LinkButton } from '@/components/ui/button';
import { enviarAdesaoAction, enviarPedidoExistenteAction, revisarAdesaoAction } from '@/lib/actions/adesao';
import { formatDocumento } from '@/lib/br';
import type { CodigoNome } from '@/lib/domain/types';
import type { ProvaRecusada, ResultadoAdesao } from '@/lib/services/adesao';
import { ADESAO_CAMPOS, type DadosAdesao, type ErrosAdesao } from '@/lib/services/adesao-schema';
import { formatCepParcial, formatFoneParcial } from '@/components/cadastro/format';
import { AdesaoDados } from './adesao-dados';
import { AdesaoExistente } from './adesao-existente';
import { AD } from './texts';

export interface AdesaoFlowProps {
  empresa: string;
  produtos: CodigoNome[];
  vencimentos: CodigoNome[];
  origens: CodigoNome[];
  revendedores: CodigoNome[];
}

type Passo = 'plano' | 'vencimento' | 'dados' | 'conheceu' | 'revisao';

/** A wrong or incomplete ownership answer sent nothing: the same key may be sent again with another answer. */
const reutilizavel = (d: ResultadoAdesao | ProvaRecusada) =>
  d.status === 'prova-errada' || d.status === 'prova-formato';

const VAZIO = Object.fromEntries(ADESAO_CAMPOS.map((c) => [c, ''])) as DadosAdesao;

const choice = (selected: boolean) =>
  `min-h-20 rounded-2xl border-4 px-6 text-left text-2xl font-bold ${
    selected ? 'border-brand bg-panel-2' : 'border-line bg-panel'
  }`;

function Escolha({
  title,
  itens,
  selecionado,
  onEscolher,
  testId,
}: {
  title: string;
  itens: CodigoNome[];
  selecionado: string | null;
  onEscolher: (code: string) => void;
  testId: string;
}) {
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-3 text-3xl font-bold">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2" data-testid={testId}>
        {itens.map((i) => (
          <button
            key={i.code}
            type="button"
            aria-pressed={selecionado === i.code}
            className={choice(selecionado === i.code)}
            onClick={() => onEscolher(i.code)}
            data-code={i.code}
          >
            {i.name}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Plan → due day → data and address → how they heard of us / the seller (when the ERP lists them) → review
 * with the LGPD text → one confirmed send → the protocol and its printed receipt. A document that already is a
 * customer is offered the existing-customer order. All state lives in this component: the idle reset leaves
 * the page and takes it along.
 */
export function AdesaoFlow({ empresa, produtos, vencimentos, origens, revendedores }: AdesaoFlowProps) {
  const [passo, setPasso] = useState<Passo>('plano');
  const [produtoId, setProdutoId] = useState<string | null>(null);
  const [vencimentoId, setVencimentoId] = useState<string | null>(null);
  const [origemId, setOrigemId] = useState<string | null>(null);
  const [revendedorId, setRevendedorId] = useState<string | null>(null);
  const [dados, setDados] = useState<DadosAdesao>(VAZIO);
  const [errosServidor, setErrosServidor] = useState<ErrosAdesao>({});
  const [confirmacao, setConfirmacao] = useState<string | null>(null);
  const [consentimento, setConsentimento] = useState(false);
  const [aviso, setAviso] = useState<string | null>(null);
  const [revisando, startRevisao] = useTransition();
  const envio = useConfirmedAction<ResultadoAdesao>(AD.erroRede);
  const existente = useConfirmedAction<ResultadoAdesao | ProvaRecusada>(AD.erroRede, reutilizavel);

  const temConheceu = origens.length > 0 || revendedores.length > 0;
  const nome = (l: CodigoNome[], id: string | null) => l.find((x) => x.code === id)?.name ?? '';
  const input = () => ({ produtoId, vencimentoId, origemId, revendedorId, dados, consentimento: true });

  const revisar = (d: DadosAdesao) => {
    setDados(d);
    setAviso(null);
    startRevisao(async () => {
      try {
        const r = await revisarAdesaoAction({ dados: d });
        if (!r.ok) return setAviso(r.message);
        if (r.data.status === 'invalido') {
          setErrosServidor(r.data.fieldErrors);
          setPasso('dados');
          return;
        }
        setConfirmacao(r.data.confirmacao);
        setConsentimento(false);
        setPasso('revisao');
      } catch {
        setAviso(AD.erroRede);
      }
    });
  };

  // ——— results ———
  const final =
    existente.state.stage === 'done'
      ? existente.state.data
      : envio.state.stage === 'done'
        ? envio.state.data
        : null;
  if (final?.status === 'enviado') {
    const alvo = final.tipo === 'pedido-cliente-existente' ? 'existente' : 'novo';
    const token =
      alvo === 'existente' && envio.state.stage === 'done' && envio.state.data.status === 'cliente-existente'
        ? (envio.state.data.confirmacao ?? '')
        : (confirmacao ?? '');
    return (
      <section
        role="status"
        className="flex flex-col gap-6 rounded-3xl border-4 border-ok bg-panel p-8"
        data-testid="adesao-enviada"
      >
        <h2 className="text-4xl font-bold">{AD.okTitle[final.tipo]}</h2>
        <p className="text-2xl">{final.protocoloDoTotem ? AD.protocoloDoTotem : AD.protocolo}</p>
        <p className="font-mono text-5xl font-bold tracking-wider" data-testid="adesao-protocolo">
          {final.protocolo}
        </p>
        <p className="text-2xl text-muted">{AD.okTexto}</p>
        <PrintDocument
          url={`/api/comprovante/adesao?c=${encodeURIComponent(token)}&t=${alvo}`}
          label={AD.imprimir}
          preparing={AD.preparando}
          retireTitle={AD.retireTitle}
          retireText={AD.retireText}
          testId="adesao-imprimir"
          home="/"
        />
        <LinkButton href="/" variant="secondary" className="self-start" data-testid="adesao-concluir">
          {AD.concluir}
        </LinkButton>
      </section>
    );
  }
  if (final?.status === 'balcao') {
    return (
      <section
        className="flex flex-col gap-6 rounded-3xl border-4 border-danger bg-danger-bg p-8"
        data-testid="adesao-balcao"
      >
        <h2 className="text-4xl font-bold">{AD.balcaoTitle}</h2>
        <p role="alert" className="text-2xl">
          {AD.balcaoTexto}
        </p>
        <LinkButton href="/" variant="secondary" className="self-start">
          {AD.inicio}
        </LinkButton>
      </section>
    );
  }
  if (envio.state.stage === 'done' && envio.state.data.status === 'cliente-existente') {
    return (
      <AdesaoExistente
        oferta={envio.state.data}
        plano={nome(produtos, produtoId)}
        state={existente.state}
        enviar={(token, resposta) =>
          void existente.run(() => enviarPedidoExistenteAction(input(), token, resposta))
        }
      />
    );
  }

  // ——— steps ———
  const total = temConheceu ? 5 : 4;
  const numero = { plano: 1, vencimento: 2, dados: 3, conheceu: 4, revisao: total }[passo];
  const cabecalho = (
    <p className="text-xl font-semibold text-muted" data-testid="adesao-passo">
      {AD.passo(numero, total)}
    </p>
  );
  const rodape = (voltar: (() => void) | null, continuar: (() => void) | null, pode = true) => (
    <div className="flex flex-wrap gap-4">
      {voltar ? (
        <Button variant="secondary" onClick={voltar} data-testid="adesao-voltar">
          {AD.voltar}
        </Button>
      ) : (
        <LinkButton href="/" variant="secondary" data-testid="adesao-cancelar">
          {AD.cancelar}
        </LinkButton>
      )}
      {continuar ? (
        <Button onClick={continuar} disabled={!pode} data-testid="adesao-continuar">
          {AD.continuar}
        </Button>
      ) : null}
    </div>
  );

  if (passo === 'plano') {
    return (
      <div className="flex flex-col gap-8">
        {cabecalho}
        <Escolha
          title={AD.planoTitle}
          itens={produtos}
          selecionado={produtoId}
          onEscolher={setProdutoId}
          testId="adesao-planos"
        />
        {rodape(null, () => setPasso('vencimento'), produtoId !== null)}
      </div>
    );
  }
  if (passo === 'vencimento') {
    return (
      <div className="flex flex-col gap-8">
        {cabecalho}
        <Escolha
          title={AD.vencimentoTitle}
          itens={vencimentos.map((v) => ({ code: v.code, name: AD.vencimentoDia(v.name) }))}
          selecionado={vencimentoId}
          onEscolher={setVencimentoId}
          testId="adesao-vencimentos"
        />
        {rodape(
          () => setPasso('plano'),
          () => setPasso('dados'),
          vencimentoId !== null,
        )}
      </div>
    );
  }
  if (passo === 'dados') {
    return (
      <div className="flex flex-col gap-4">
        {cabecalho}
        {aviso ? (
          <p role="alert" className="text-2xl text-danger" data-testid="adesao-erro">
            {aviso}
          </p>
        ) : null}
        <AdesaoDados
          inicial={dados}
          erros={errosServidor}
          busy={revisando}
          onVoltar={(d) => {
            setDados(d);
            setPasso('vencimento');
          }}
          onContinuar={(d) => {
            setErrosServidor({});
            if (temConheceu) {
              setDados(d);
              setPasso('conheceu');
            } else revisar(d);
          }}
        />
      </div>
    );
  }
  if (passo === 'conheceu') {
    return (
      <div className="flex flex-col gap-8">
        {cabecalho}
        {origens.length > 0 ? (
          <Escolha
            title={AD.origemTitle}
            itens={origens}
            selecionado={origemId}
            onEscolher={setOrigemId}
            testId="adesao-origens"
          />
        ) : null}
        {revendedores.length > 0 ? (
          <Escolha
            title={AD.revendedorTitle}
            itens={[...revendedores, { code: '', name: AD.revendedorNenhum }]}
            selecionado={revendedorId ?? ''}
            onEscolher={(code) => setRevendedorId(code || null)}
            testId="adesao-revendedores"
          />
        ) : null}
        {aviso ? (
          <p role="alert" className="text-2xl text-danger" data-testid="adesao-erro">
            {aviso}
          </p>
        ) : null}
        {rodape(
          () => setPasso('dados'),
          () => revisar(dados),
          !revisando,
        )}
      </div>
    );
  }

  // revisão
  const sending = envio.state.stage === 'sending';
  const linhas: [string, string][] = [
    [AD.revisarCampo.plano, nome(produtos, produtoId)],
    [AD.revisarCampo.vencimento, AD.vencimentoDia(nome(vencimentos, vencimentoId))],
    [AD.campos.nome, dados.nome],
    [AD.campos.documento, formatDocumento(dados.documento)],
    [AD.campos.celular, formatFoneParcial(dados.celular)],
    [AD.campos.email, dados.email],
    [
      AD.revisarCampo.endereco,
      [
        `${dados.logradouro}, ${dados.numero}`,
        dados.complemento,
        dados.bairro,
        `${dados.cidade}/${dados.uf}`,
        formatCepParcial(dados.cep),
      ]
        .filter((p) => p.trim() !== '')
        .join(' — '),
    ],
    ...(origemId ? [[AD.revisarCampo.origem, nome(origens, origemId)] as [string, string]] : []),
    ...(revendedorId
      ? [[AD.revisarCampo.revendedor, nome(revendedores, revendedorId)] as [string, string]]
      : []),
  ];
  return (
    <section
      className="flex flex-col gap-6 rounded-3xl border-2 border-line bg-panel p-8"
      data-testid="adesao-revisao"
    >
      {cabecalho}
      <h2 className="text-3xl font-bold">{AD.revisarTitle}</h2>
      <dl className="grid gap-3 text-2xl sm:grid-cols-2">
        {linhas.map(([label, valor]) => (
          <div key={label} className="min-w-0">
            <dt className="text-muted">{label}</dt>
            <dd className="font-bold break-words">{valor}</dd>
          </div>
        ))}
      </dl>
      <div
        className="flex flex-col gap-4 rounded-2xl border-2 border-line bg-panel-2 p-6"
        data-testid="adesao-lgpd"
      >
        <h3 className="text-2xl font-bold">{AD.lgpdTitle}</h3>
        <p className="text-xl leading-relaxed">{AD.lgpdTexto(empresa)}</p>
        <button
          type="button"
          role="checkbox"
          aria-checked={consentimento}
          className={choice(consentimento)}
          onClick={() => {
            setConsentimento((v) => !v);
            setAviso(null);
          }}
          data-testid="adesao-consentimento"
        >
          <span className="flex items-center gap-4">
            {/* Drawn, not a glyph: the kiosk has no symbol font. */}
            <span
              aria-hidden="true"
              className={`inline-flex size-10 shrink-0 items-center justify-center rounded-lg border-4 ${
                consentimento ? 'border-brand' : 'border-line'
              }`}
            >
              {consentimento ? <span className="size-5 rounded-sm bg-brand" /> : null}
            </span>
            {AD.lgpdAceite}
          </span>
        </button>
      </div>
      <div className="flex flex-wrap gap-4">
        <Button
          onClick={() => {
            if (!consentimento) return setAviso(AD.lgpdFalta);
            if (!confirmacao) return;
            void envio.run(() => enviarAdesaoAction(input(), confirmacao));
          }}
          disabled={sending}
          data-testid="adesao-enviar"
        >
          {AD.enviar}
        </Button>
        <Button
          variant="ghost"
          onClick={() => setPasso('dados')}
          disabled={sending}
          data-testid="adesao-alterar"
        >
          {AD.alterar}
        </Button>
      </div>
      <p aria-live="polite" className="text-xl text-muted">
        {sending ? AD.enviando : ''}
      </p>
      {aviso ? (
        <p role="alert" className="text-2xl text-danger" data-testid="adesao-aviso-envio">
          {aviso}
        </p>
      ) : null}
      {envio.state.stage === 'error' ? (
        <p
          role="alert"
          data-testid="adesao-erro"
          className="rounded-2xl border-4 border-danger bg-danger-bg p-5 text-2xl"
        >
          {envio.state.message}
        </p>
      ) : null}
    </section>
  );
}
