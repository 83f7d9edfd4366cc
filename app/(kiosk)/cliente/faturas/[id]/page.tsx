import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { T } from '@/components/kiosk/texts';
import { EmailBoleto } from '@/components/faturas/email-boleto';
import { FaturaPagamento } from '@/components/faturas/fatura-detalhe';
import { PrintActions } from '@/components/print/print-actions';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { getErp } from '@/lib/erp/registry';
import { createLogger } from '@/lib/http';
import { pdfDoBancoPermitido } from '@/lib/pdf/pdf-do-banco';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { emailMascaradoParaTela } from '@/lib/services/boleto-email';
import { getFaturaDoCliente } from '@/lib/services/faturas';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { FT } from '@/components/faturas/texts';

export const dynamic = 'force-dynamic';

const log = createLogger({ name: 'fatura' });

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * One fatura on the totem: amounts, then Pix and boleto (in landscape the Pix in a column of its own); the
 * actions (back, print) in a bar at the foot of the screen, beside the Pix in landscape. The totem prints
 * silently and never offers to view or download the PDF: that is the staff desk's (app/(staff)/), chosen by
 * login, never by screen width.
 */
export default async function FaturaPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireKioskSessionOrRedirect();
  const { id } = await params;
  let avaliada: FaturaAvaliada | null = null;
  let erro: string | null = null;
  try {
    avaliada = await getFaturaDoCliente(session, safeDecode(id));
  } catch (error) {
    // The same pt-BR screen as the list for an ERP failure, and one JSON log line (no stack trace).
    if (!isDomainError(error)) throw error;
    log.warn({ route: 'fatura', code: error.code, details: error.details }, 'fatura indisponível');
    erro = messageFor(error.code);
  }
  if (erro !== null) {
    return (
      <Screen header={<CustomerHeader session={session} />} testId="screen-fatura">
        <section
          className="flex flex-col items-center gap-6 rounded-3xl border-4 border-danger bg-danger-bg p-10 text-center"
          data-testid="faturas-erro"
        >
          <h1 className="text-4xl font-bold">{FT.fatura.erpErrorTitle}</h1>
          <p role="alert" className="text-2xl text-muted">
            {erro}
          </p>
          <div className="flex flex-wrap justify-center gap-4">
            <LinkButton href={`/cliente/faturas/${encodeURIComponent(safeDecode(id))}`}>
              {T.identify.tryAgain}
            </LinkButton>
            <LinkButton href="/cliente" variant="secondary" data-testid="back-to-faturas">
              ← {FT.fatura.back}
            </LinkButton>
          </div>
        </section>
      </Screen>
    );
  }
  if (!avaliada) notFound();
  const pdfDoBanco = pdfDoBancoPermitido(avaliada, getErp());
  const emailDestino = avaliada.boleto.ok || pdfDoBanco ? await emailMascaradoParaTela(session) : null;
  return (
    <Screen
      header={<CustomerHeader session={session} />}
      testId="screen-fatura"
      wide
      barBesideAside
      actionBar={
        <>
          <LinkButton
            href="/cliente"
            variant="secondary"
            data-testid="back-to-faturas"
            className="min-h-28 text-3xl landscape:min-h-20 landscape:w-1/3 landscape:shrink-0 landscape:px-4 landscape:text-center landscape:text-2xl"
          >
            ← {FT.fatura.back}
          </LinkButton>
          <PrintActions faturaId={avaliada.fatura.id} boletoOk={avaliada.boleto.ok} pdfDoBanco={pdfDoBanco} />
        </>
      }
    >
      <FaturaPagamento avaliada={avaliada} pdfDoBanco={pdfDoBanco}>
        {emailDestino ? <EmailBoleto faturaId={avaliada.fatura.id} destino={emailDestino} /> : null}
      </FaturaPagamento>
    </Screen>
  );
}
