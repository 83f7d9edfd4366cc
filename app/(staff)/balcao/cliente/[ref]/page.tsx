import Link from 'next/link';
import { CadastroSection, ContatosSection, FaturasSection } from '@/components/desk/cliente-view';
import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { deskButton } from '@/components/desk/ui';
import { formatDocumento } from '@/lib/br';
import { getErp } from '@/lib/erp/registry';
import { clienteNoBalcao } from '@/lib/services/balcao';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { openCustomerRef } from '@/lib/staff/customer-ref';
import { requireStaffPage } from '@/lib/staff/guard';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cliente · Balcão' };

/** The customer as staff see it: registration, contacts, open faturas with the integrity gate's verdict. */
export default async function ClientePage({ params }: { params: Promise<{ ref: string }> }) {
  const ctx = await requireStaffPage('atendente', 'cliente');
  const { ref } = await params;
  const documento = await openCustomerRef(ref);
  if (!documento) {
    return (
      <DeskShell ctx={ctx} title={DT.cliente.cadastro} testId="screen-cliente">
        <p role="alert" data-testid="ref-invalida">
          {DT.cliente.refMissing}
        </p>
        <Link href="/balcao" className={deskButton('primary', 'self-start')}>
          {DT.cliente.back}
        </Link>
      </DeskShell>
    );
  }
  const data = await clienteNoBalcao(documento);
  await (
    await getStore()
  ).audit.append({
    actor: staffActor(ctx.user),
    action: 'desk.cliente.ver',
    documento,
    result: data.cliente.ok && data.faturas.ok ? 'ok' : 'erro',
  });
  const nome = data.cliente.ok && data.cliente.value ? data.cliente.value.nome : formatDocumento(documento);
  return (
    <DeskShell ctx={ctx} title={`${nome} · ${formatDocumento(documento)}`} testId="screen-cliente">
      <Link href="/balcao" className={deskButton('ghost', 'self-start')} data-testid="nova-busca">
        {DT.cliente.back}
      </Link>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-[2fr_1fr]">
        <CadastroSection data={data} />
        <ContatosSection data={data} />
      </div>
      <FaturasSection
        data={data}
        customerRef={ref}
        pdfDoBancoCapable={getErp().capabilities.has('boletoPdf')}
      />
    </DeskShell>
  );
}
