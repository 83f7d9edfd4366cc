import { redirect } from 'next/navigation';
import { Aviso } from '@/components/cadastro/aviso';
import { ProvaForm } from '@/components/cadastro/prova-form';
import { CT } from '@/components/cadastro/texts';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { messageFor } from '@/lib/domain/errors';
import { cadastroDeps } from '@/lib/services/cadastro-deps';
import { lerCadastro } from '@/lib/services/cadastro-leitura';
import { bloqueioDaProva, tipoDeProva } from '@/lib/services/cadastro-prova';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { lerProva } from '@/lib/session/cadastro-prova';

export const dynamic = 'force-dynamic';

/** The ownership proof: the question depends on what the systems hold (mobile, else birthday). */
export default async function ConfirmarPage() {
  const session = await requireKioskSessionOrRedirect();
  if (await lerProva(session)) redirect('/cliente/meus-dados/editar');
  const deps = await cadastroDeps();
  const cadastro = await lerCadastro(session.documento, deps);
  const bloqueio = await bloqueioDaProva(session.documento, deps);
  const tipo = cadastro ? tipoDeProva(cadastro) : null;

  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-prova">
      {bloqueio.bloqueado ? (
        <Aviso
          tone="danger"
          title={CT.ver.bloqueadoTitle}
          text={`${messageFor('CADASTRO_BLOQUEADO')} ${CT.ver.bloqueadoTempo(Math.ceil(bloqueio.retryAfterSeconds / 60))}`}
          testId="edicao-bloqueada"
        />
      ) : tipo === null ? (
        <Aviso title={CT.ver.semProvaTitle} text={messageFor('CADASTRO_SEM_PROVA')} testId="sem-prova" />
      ) : (
        <ProvaForm tipo={tipo} />
      )}
      {bloqueio.bloqueado || tipo === null ? (
        <div>
          <LinkButton href="/cliente/meus-dados" variant="secondary">
            {CT.ver.voltar}
          </LinkButton>
        </div>
      ) : null}
    </Screen>
  );
}
