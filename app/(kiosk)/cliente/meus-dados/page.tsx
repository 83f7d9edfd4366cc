import { DadosLista } from '@/components/cadastro/dados-lista';
import { Aviso } from '@/components/cadastro/aviso';
import { CT } from '@/components/cadastro/texts';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { cadastroDeps } from '@/lib/services/cadastro-deps';
import { camposEditaveis, lerCadastro, type CadastroLido } from '@/lib/services/cadastro-leitura';
import { bloqueioDaProva, tipoDeProva } from '@/lib/services/cadastro-prova';
import { linhasParaTela } from '@/lib/services/cadastro-tela';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { lerProva } from '@/lib/session/cadastro-prova';

export const dynamic = 'force-dynamic';

/** "Meus dados": the registration, masked, and the way to change it (after the ownership proof). */
export default async function MeusDadosPage() {
  const session = await requireKioskSessionOrRedirect();
  const deps = await cadastroDeps();
  let cadastro: CadastroLido | null = null;
  let erro: string | null = null;
  try {
    cadastro = await lerCadastro(session.documento, deps);
    if (!cadastro) erro = CT.ver.naoEncontrado;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    erro = messageFor(error.code);
  }

  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-meus-dados">
      <h1 className="text-4xl font-bold">{CT.ver.title}</h1>
      {erro !== null || !cadastro ? (
        <Aviso
          tone="danger"
          title={CT.ver.erroTitle}
          text={erro ?? CT.ver.naoEncontrado}
          testId="meus-dados-erro"
        />
      ) : (
        <Conteudo cadastro={cadastro} provado={(await lerProva(session)) !== null} deps={deps} />
      )}
      <div className="flex flex-wrap gap-4">
        <LinkButton href="/cliente" variant="secondary" data-testid="voltar">
          {CT.ver.voltar}
        </LinkButton>
      </div>
    </Screen>
  );
}

async function Conteudo({
  cadastro,
  provado,
  deps,
}: {
  cadastro: CadastroLido;
  provado: boolean;
  deps: Awaited<ReturnType<typeof cadastroDeps>>;
}) {
  const linhas = linhasParaTela(cadastro).map((l) => ({
    ...l,
    label:
      l.id === 'documento'
        ? CT.ver.documento
        : l.id === 'nome'
          ? cadastro.tipo === 'J'
            ? CT.ver.nomePj
            : CT.ver.nomePf
          : CT.campos[l.id],
  }));
  const crmFora = cadastro.fontes.find((f) => f.sistema === 'crm' && f.estado === 'erro');
  const editaveis = camposEditaveis(cadastro);
  const bloqueio = await bloqueioDaProva(cadastro.documento, deps);
  const prova = tipoDeProva(cadastro);

  return (
    <>
      <DadosLista linhas={linhas} />
      <p className="text-xl text-muted">{CT.ver.maskedNote}</p>
      {crmFora ? (
        <p className="text-xl text-danger" data-testid="crm-fora">
          {CT.ver.parcial(CT.sistemas.crm.toLowerCase())}
        </p>
      ) : null}
      {editaveis.length === 0 ? (
        <Aviso title={CT.ver.semProvaTitle} text={CT.ver.naoEditavel} testId="nao-editavel" />
      ) : bloqueio.bloqueado ? (
        <Aviso
          tone="danger"
          title={CT.ver.bloqueadoTitle}
          text={`${messageFor('CADASTRO_BLOQUEADO')} ${CT.ver.bloqueadoTempo(Math.ceil(bloqueio.retryAfterSeconds / 60))}`}
          testId="edicao-bloqueada"
        />
      ) : !provado && prova === null ? (
        <Aviso title={CT.ver.semProvaTitle} text={messageFor('CADASTRO_SEM_PROVA')} testId="sem-prova" />
      ) : (
        <div>
          <LinkButton
            href={provado ? '/cliente/meus-dados/editar' : '/cliente/meus-dados/confirmar'}
            data-testid="alterar"
          >
            {CT.ver.alterar}
          </LinkButton>
        </div>
      )}
    </>
  );
}
