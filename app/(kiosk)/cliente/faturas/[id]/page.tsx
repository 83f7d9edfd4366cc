import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { FaturaDetalhe } from '@/components/faturas/fatura-detalhe';
import { DeskPreview } from '@/components/print/desk-preview';
import { PrintActions } from '@/components/print/print-actions';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { getErp } from '@/lib/erp/registry';
import { pdfDoBancoPermitido } from '@/lib/pdf/pdf-do-banco';
import { getFaturaDoCliente } from '@/lib/services/faturas';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';
import { FT } from '@/components/faturas/texts';

export const dynamic = 'force-dynamic';

export default async function FaturaPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireKioskSessionOrRedirect();
  const { id } = await params;
  const avaliada = await getFaturaDoCliente(session, decodeURIComponent(id));
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
