import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { CT } from '@/components/cadastro/texts';
import { CadastroEdit, type CampoParaEditar } from '@/components/desk/cadastro-edit';
import {
  CadastroSection,
  ContatosSection,
  FaturasSection,
  NotasSection,
  PendenciasSection,
} from '@/components/desk/cliente-view';
import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { deskButton } from '@/components/desk/ui';
import { formatDocumento } from '@/lib/br';
import { isDomainError } from '@/lib/domain/errors';
import type { Documento } from '@/lib/domain/types';
import { getErp } from '@/lib/erp/registry';
import { clienteNoBalcao } from '@/lib/services/balcao';
import { cadastroDeps } from '@/lib/services/cadastro-deps';
import { camposEditaveis, lerCadastro } from '@/lib/services/cadastro-leitura';
import { getStore } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { openCustomerRef } from '@/lib/staff/customer-ref';
import { requireStaffPage } from '@/lib/staff/guard';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Cliente · Balcão' };

type Editaveis = { ok: true; campos: CampoParaEditar[] } | { ok: false } | null;

/** The editable fields with their current values (in clear: staff); null when there is no registration. */
async function camposParaEditar(documento: Documento): Promise<Editaveis> {
  try {
    const cadastro = await lerCadastro(documento, await cadastroDeps());
    if (!cadastro) return null;
    const campos = camposEditaveis(cadastro).map((campo) => ({
      campo,
      label: CT.campos[campo],
      value: cadastro.valores[campo] ?? '',
      destinos: DT.edicao.destinos(
        (cadastro.destinos[campo] ?? []).map((s) => DT.edicao.sistemas[s]).join(', '),
      ),
    }));
    return { ok: true, campos };
  } catch (error) {
    // The rest of the page still shows; only the edit form is missing, with a message.
    console.error(
      'balcão: leitura do cadastro para edição falhou',
      isDomainError(error) ? error.code : error,
    );
    return { ok: false };
  }
}

/** The customer as staff see it: registration, notices, contacts, faturas with the integrity gate's verdict, edit. */
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
  const [data, editaveis] = await Promise.all([clienteNoBalcao(documento), camposParaEditar(documento)]);
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
        <div className="flex flex-col gap-4">
          <PendenciasSection data={data} />
          <ContatosSection data={data} />
        </div>
      </div>
      <FaturasSection
        data={data}
        customerRef={ref}
        pdfDoBancoCapable={getErp().capabilities.has('boletoPdf')}
      />
      <NotasSection data={data} customerRef={ref} />
      {editaveis ? (
        <section
          aria-labelledby="edicao-title"
          className="rounded-lg border border-line bg-panel p-4"
          data-testid="edicao"
        >
          <h2 id="edicao-title" className="mb-2 text-base font-bold">
            {DT.edicao.title}
          </h2>
          {!editaveis.ok ? (
            <p role="alert" data-testid="edicao-erro">
              {DT.edicao.leituraFalhou}
            </p>
          ) : editaveis.campos.length === 0 ? (
            <p data-testid="edicao-indisponivel">{DT.edicao.indisponivel}</p>
          ) : (
            <CadastroEdit customerRef={ref} editId={randomUUID()} campos={editaveis.campos} />
          )}
        </section>
      ) : null}
    </DeskShell>
  );
}
