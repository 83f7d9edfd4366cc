import { notFound } from 'next/navigation';
import { AdesaoFlow } from '@/components/adesao/adesao-flow';
import { AD } from '@/components/adesao/texts';
import { AccessibilityToggle } from '@/components/kiosk/accessibility';
import { IdleGuard } from '@/components/kiosk/idle-guard';
import { LinkButton } from '@/components/ui/button';
import { MessageScreen, Screen } from '@/components/ui/screen';
import { getConfig } from '@/lib/config';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { createLogger } from '@/lib/http';
import { modoAdesao, opcoesAdesao, type OpcoesAdesao } from '@/lib/services/adesao';

export const dynamic = 'force-dynamic';

const log = createLogger({ name: 'adesao' });

/**
 * "Quero ser cliente", for people who are not customers: shown only when the ERP declares the lists and an
 * order or lead function. The ERP's lists are read here; an ERP failure is a pt-BR screen with a way back.
 */
export default async function QueroSerClientePage() {
  if (!modoAdesao()) notFound();
  const { business, kiosk } = getConfig();
  let opcoes: OpcoesAdesao | null = null;
  let erro: string | null = null;
  try {
    opcoes = await opcoesAdesao();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    log.warn({ route: 'quero-ser-cliente', code: error.code, details: error.details }, 'adesão indisponível');
    erro = messageFor(error.code);
  }
  const idle = (
    <IdleGuard idleSeconds={kiosk.idleSeconds} warningSeconds={kiosk.idleWarningSeconds} keepAlive={false} />
  );
  if (!opcoes) {
    return (
      <>
        <MessageScreen
          tone="danger"
          title={AD.erroTitle}
          text={erro ?? messageFor('ERRO_INTERNO')}
          testId="adesao-indisponivel"
          actions={
            <>
              <LinkButton href="/quero-ser-cliente">{AD.tentarDeNovo}</LinkButton>
              <LinkButton href="/" variant="secondary">
                {AD.inicio}
              </LinkButton>
            </>
          }
        />
        {idle}
      </>
    );
  }
  return (
    <>
      <Screen
        testId="screen-adesao"
        header={
          <>
            <h1 className="text-4xl font-bold">{AD.title}</h1>
            {/* "Acessibilidade" as on every customer screen; the kiosk layout drops it back at the start. */}
            <div className="flex shrink-0 flex-wrap justify-end gap-3">
              <AccessibilityToggle />
            </div>
          </>
        }
      >
        <AdesaoFlow empresa={business.name} {...opcoes} />
      </Screen>
      {idle}
    </>
  );
}
