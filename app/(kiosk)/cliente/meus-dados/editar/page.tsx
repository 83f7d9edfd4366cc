import { redirect } from 'next/navigation';
import { Aviso } from '@/components/cadastro/aviso';
import { EditarForm } from '@/components/cadastro/editar-form';
import { CT } from '@/components/cadastro/texts';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { getCep } from '@/lib/cep';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { cadastroDeps } from '@/lib/services/cadastro-deps';
import { lerCadastro, type CadastroLido } from '@/lib/services/cadastro-leitura';
import { formParaTela } from '@/lib/services/cadastro-tela';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { lerProva } from '@/lib/session/cadastro-prova';

export const dynamic = 'force-dynamic';

/** The edit form, review and result: only after the ownership proof made in this session. */
export default async function EditarPage() {
  const session = await requireKioskSessionOrRedirect();
  if (!(await lerProva(session))) redirect('/cliente/meus-dados/confirmar');
  let cadastro: CadastroLido | null = null;
  let erro: string | null = null;
  try {
    cadastro = await lerCadastro(session.documento, await cadastroDeps());
  } catch (error) {
    if (!isDomainError(error)) throw error;
    erro = messageFor(error.code);
  }
  const form = cadastro ? formParaTela(cadastro, getCep()) : null;

  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-editar">
      {form && form.campos.length > 0 ? (
        <EditarForm form={form} />
      ) : (
        <>
          <Aviso
            tone="danger"
            title={CT.ver.erroTitle}
            text={erro ?? (cadastro ? CT.ver.naoEditavel : CT.ver.naoEncontrado)}
            testId="meus-dados-erro"
          />
          <div>
            <LinkButton href="/cliente/meus-dados" variant="secondary">
              {CT.ver.voltar}
            </LinkButton>
          </div>
        </>
      )}
    </Screen>
  );
}
