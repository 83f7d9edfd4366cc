import { notFound } from 'next/navigation';
import { CustomerHeader } from '@/components/kiosk/customer-header';
import { NF } from '@/components/notas/texts';
import { PrintDocument } from '@/components/print/print-document';
import { ErrorPanel } from '@/components/servicos/error-panel';
import { LinkButton } from '@/components/ui/button';
import { Screen } from '@/components/ui/screen';
import { formatDateBR } from '@/lib/domain/dates';
import { isDomainError, messageFor } from '@/lib/domain/errors';
import { formatBRL } from '@/lib/domain/money';
import type { NotaFiscal } from '@/lib/domain/types';
import { notasDisponiveis, notasDoCliente } from '@/lib/services/notas';
import { requireKioskSessionOrRedirect } from '@/lib/services/session-page';

export const dynamic = 'force-dynamic';

/** Notas fiscais: number, issue date, value; each printed like the boleto (previewing is the desk's, never the totem's). */
export default async function NotasPage() {
  const session = await requireKioskSessionOrRedirect();
  const disp = notasDisponiveis();
  if (!disp.lista) notFound();
  let notas: NotaFiscal[] | null = null;
  let erro: string | null = null;
  try {
    notas = await notasDoCliente(session);
  } catch (error) {
    if (!isDomainError(error)) throw error;
    erro = messageFor(error.code);
  }
  return (
    <Screen header={<CustomerHeader session={session} />} testId="screen-notas">
      <LinkButton href="/cliente" variant="ghost" className="self-start" data-testid="voltar-inicio">
        ← {NF.back}
      </LinkButton>
      {erro !== null || !notas ? (
        <ErrorPanel title={NF.erroTitle} message={erro ?? ''} retryHref="/cliente/notas" />
      ) : (
        <>
          <h1 className="text-4xl font-bold">{NF.title}</h1>
          {!disp.pdf && notas.length > 0 ? <p className="text-xl text-muted">{NF.semPdf}</p> : null}
          {notas.length === 0 ? (
            <p className="text-2xl text-muted" data-testid="sem-notas">
              {NF.none}
            </p>
          ) : (
            <ul className="flex flex-col gap-6" data-testid="notas">
              {notas.map((n) => {
                const src = `/api/nota-fiscal/${encodeURIComponent(n.id)}`;
                return (
                  <li
                    key={n.id}
                    className="flex flex-col gap-4 rounded-3xl border-2 border-line bg-panel p-6"
                    data-testid="nota-card"
                    data-nota={n.id}
                  >
                    <dl className="grid grid-cols-1 gap-3 text-2xl sm:grid-cols-3">
                      <div>
                        <dt className="text-muted">{NF.numero}</dt>
                        <dd className="font-bold" data-testid="nota-numero">
                          {n.numero}
                        </dd>
                      </div>
                      <div>
                        <dt className="text-muted">{NF.emissao}</dt>
                        <dd className="font-bold">{n.emissao ? formatDateBR(n.emissao) : '—'}</dd>
                      </div>
                      <div>
                        <dt className="text-muted">{NF.valor}</dt>
                        <dd className="font-bold" data-testid="nota-valor">
                          {formatBRL(n.valor)}
                        </dd>
                      </div>
                    </dl>
                    {disp.pdf ? (
                      <div className="flex flex-wrap items-start justify-between gap-4">
                        <PrintDocument
                          url={src}
                          label={NF.imprimir}
                          preparing={NF.preparando}
                          retireTitle={NF.retireTitle}
                          retireText={NF.retireText}
                          testId="nota-imprimir"
                        />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </Screen>
  );
}
