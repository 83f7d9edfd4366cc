import { notFound } from 'next/navigation';
import { ChamadoForm } from '@/components/chamado/chamado-form';
import { CH } from '@/components/chamado/texts';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import {
  CHAMADO_ALVO,
  CHAMADO_MENSAGEM_MAX,
  CHAMADO_MOTIVOS,
  chamadoDisponivel,
  planosParaChamado,
  type ChamadoMotivo,
} from '@/lib/services/chamado';
import { mintConfirmacao } from '@/lib/services/confirmacao';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';

export const dynamic = 'force-dynamic';

/** "Abrir chamado": the confirmation key for this screen is minted here; one ticket per key. */
export default async function ChamadoPage() {
  const session = await requireKioskSessionOrRedirect();
  if (!chamadoDisponivel()) notFound();
  const planos = await planosParaChamado(session);
  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-chamado">
      <LinkButton href="/cliente" variant="ghost" className="self-start" data-testid="voltar-inicio">
        ← {CH.back}
      </LinkButton>
      <h1 className="text-4xl font-bold">{CH.title}</h1>
      <ChamadoForm
        token={mintConfirmacao(session, 'kiosk.chamado', CHAMADO_ALVO)}
        motivos={(Object.keys(CHAMADO_MOTIVOS) as ChamadoMotivo[]).map((id) => ({
          id,
          label: CHAMADO_MOTIVOS[id],
        }))}
        planos={planos.map((p) => ({ id: p.id, nome: p.nome }))}
        mensagemMax={CHAMADO_MENSAGEM_MAX}
      />
    </Screen>
  );
}
