import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { T } from '@/components/kiosk/texts';
import { FaturaDetalhe } from '@/components/faturas/fatura-detalhe';
import { DeskPreview } from '@/components/print/desk-preview';
import { PrintActions } from '@/components/print/print-actions';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { getErp } from '@/lib/erp/registry';
import { createLogger } from '@/lib/http';
import { pdfDoBancoPermitido } from '@/lib/pdf/pdf-do-banco';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
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
  const pdfId = encodeURIComponent(avaliada.fatura.id);
  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-fatura">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <LinkButton href="/cliente" variant="ghost" data-testid="back-to-faturas">
          ← {FT.fatura.back}
        </LinkButton>
        {avaliada.boleto.ok || pdfDoBanco ? (
          <DeskPreview
            src={avaliada.boleto.ok ? `/api/boleto/${pdfId}` : `/api/boleto/${pdfId}/banco`}
            filename={`boleto-${avaliada.fatura.codeFatura ?? avaliada.fatura.id}.pdf`}
          />
        ) : null}
      </div>
      <PrintActions faturaId={avaliada.fatura.id} boletoOk={avaliada.boleto.ok} pdfDoBanco={pdfDoBanco} />
      <FaturaDetalhe avaliada={avaliada} />
    </Screen>
  );
}
