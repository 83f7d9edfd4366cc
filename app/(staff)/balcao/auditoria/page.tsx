import Link from 'next/link';
import { AuditFilterForm } from '@/components/desk/audit-filter-form';
import { DeskShell } from '@/components/desk/shell';
import { DT } from '@/components/desk/texts';
import { deskButton } from '@/components/desk/ui';
import { LookupLocks, type BloqueioNaTela } from '@/components/desk/lookup-locks';
import { UnlockForm } from '@/components/desk/unlock-form';
import { getLookupPolicy } from '@/lib/services/limiter';
import { getStore, type AuditPage, type AuditRecord, type Store } from '@/lib/store';
import { staffActor } from '@/lib/staff/auth';
import { describeAuditForm, openAuditForm, toAuditFilter } from '@/lib/staff/audit-filter';
import { bloqueiosDeConsulta, type LimiteDeConsulta } from '@/lib/staff/desbloqueio';
import { requireStaffPage } from '@/lib/staff/guard';
import { getStaffRepository } from '@/lib/staff/server';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Auditoria · Balcão' };

const PAGE_SIZE = 100;
const th = 'px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-muted';
const td = 'px-2 py-1 align-top';
const whenFmt = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  dateStyle: 'short',
  timeStyle: 'medium',
});

function origem(r: AuditRecord, totens: Map<string, string>): string {
  if (r.actor.kind === 'kiosk')
    return `${DT.auditoria.totem}: ${totens.get(r.actor.kioskId) ?? r.actor.kioskId}`;
  if (r.actor.kind === 'staff') return r.actor.username;
  return DT.auditoria.sistema;
}

function limiteLabel(l: LimiteDeConsulta, totens: Map<string, string>): string {
  if (l.tipo === 'servidor') return DT.consultas.servidor;
  if (l.tipo === 'sem-id') return DT.consultas.semId;
  if (l.tipo === 'endereco') return DT.consultas.endereco(l.endereco);
  return DT.consultas.totem(totens.get(l.kioskId) ?? `Totem ${l.kioskId.slice(0, 8)}`);
}

/** The lookup limits refusing now; null when the store cannot say (the rest of the page still shows). */
async function bloqueiosNaTela(store: Store, totens: Map<string, string>): Promise<BloqueioNaTela[] | null> {
  try {
    const list = await bloqueiosDeConsulta(store, getLookupPolicy(), Date.now());
    return list.map((b) => ({
      key: b.key,
      label: limiteLabel(b.limite, totens),
      retryAfterSeconds: b.retryAfterSeconds,
    }));
  } catch {
    return null;
  }
}

/** Supervisor: the audit trail with filters, CSV export, the document unlock and the lookup limits' unlock. */
export default async function AuditoriaPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireStaffPage('supervisor', 'auditoria');
  const q = await searchParams;
  const sealed = typeof q.f === 'string' ? q.f : undefined;
  const offset = Math.max(0, Math.min(1_000_000, Number(typeof q.p === 'string' ? q.p : 0) || 0));
  const form = await openAuditForm(sealed);
  const check = toAuditFilter(form);
  const store = await getStore();
  let page: AuditPage | null = null;
  let erro = false;
  try {
    page = check.ok ? await store.audit.query({ ...check.filter, limit: PAGE_SIZE, offset }) : null;
  } catch {
    erro = true;
  }
  await store.audit.append({
    actor: staffActor(ctx.user),
    action: 'desk.auditoria.consultar',
    ...(check.ok && check.filter.documento ? { documento: check.filter.documento } : {}),
    result: erro ? 'erro' : 'ok',
    details: describeAuditForm(form),
  });
  const [kiosks, users] = await Promise.all([
    store.kiosks.list().catch(() => []),
    getStaffRepository().then((r) => r.listUsers()),
  ]);
  const totens = new Map(kiosks.map((k) => [k.id, k.storeName ? `${k.storeName} — ${k.name}` : k.name]));
  const bloqueios = await bloqueiosNaTela(store, totens);
  const fq = sealed ? `f=${encodeURIComponent(sealed)}&` : '';

  return (
    <DeskShell ctx={ctx} title={DT.auditoria.title} testId="screen-auditoria">
      <section aria-labelledby="filtros-title" className="rounded-lg border border-line bg-panel p-4">
        <h2 id="filtros-title" className="mb-2 text-base font-bold">
          {DT.auditoria.filtros}
        </h2>
        <AuditFilterForm
          values={form}
          totens={[...totens.entries()].map(([id, label]) => ({ id, label }))}
          usuarios={users.map((u) => u.username)}
        />
      </section>
      {erro ? (
        <p role="alert" className="rounded-md border border-danger bg-danger-bg p-2">
          {DT.auditoria.indisponivel}
        </p>
      ) : null}
      {page ? (
        <section aria-label={DT.auditoria.title} className="flex flex-col gap-2">
          <div className="flex items-center gap-2">
            <span data-testid="audit-total">{DT.auditoria.total(page.total)}</span>
            <a
              href={`/balcao/auditoria/csv?${fq}`}
              className={deskButton('secondary')}
              download
              data-testid="audit-csv"
            >
              {DT.auditoria.exportar}
            </a>
            {offset > 0 ? (
              <Link
                href={`/balcao/auditoria?${fq}p=${Math.max(0, offset - PAGE_SIZE)}`}
                className={deskButton('ghost')}
              >
                {DT.auditoria.anterior}
              </Link>
            ) : null}
            {offset + PAGE_SIZE < page.total ? (
              <Link href={`/balcao/auditoria?${fq}p=${offset + PAGE_SIZE}`} className={deskButton('ghost')}>
                {DT.auditoria.proxima}
              </Link>
            ) : null}
          </div>
          {page.rows.length === 0 ? (
            <p data-testid="audit-vazio">{DT.auditoria.vazio}</p>
          ) : (
            <table className="w-full rounded-lg border border-line bg-panel" data-testid="audit-rows">
              <thead>
                <tr>
                  {Object.values(DT.auditoria.cols).map((c) => (
                    <th key={c} scope="col" className={th}>
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr
                    key={r.seq}
                    className="border-t border-line"
                    data-testid="audit-row"
                    data-action={r.action}
                  >
                    <td className={`${td} whitespace-nowrap tabular-nums`}>{whenFmt.format(r.at)}</td>
                    <td className={td}>{origem(r, totens)}</td>
                    <td className={`${td} font-mono`}>{r.action}</td>
                    <td className={`${td} ${r.result === 'ok' ? 'text-ok' : 'text-danger'}`}>
                      {DT.auditoria.resultados[r.result]}
                    </td>
                    <td className={`${td} font-mono text-xs`}>
                      {r.documentoHash ? r.documentoHash.slice(0, 10) : ''}
                    </td>
                    <td className={`${td} font-mono text-xs break-all`}>
                      {r.details
                        ? Object.entries(r.details)
                            .map(([k, v]) => `${k}=${String(v)}`)
                            .join(' ')
                        : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
      <section aria-labelledby="unlock-title" className="rounded-lg border border-line bg-panel p-4">
        <h2 id="unlock-title" className="mb-2 text-base font-bold">
          {DT.desbloqueio.title}
        </h2>
        <UnlockForm />
      </section>
      <section
        aria-labelledby="consultas-title"
        className="rounded-lg border border-line bg-panel p-4"
        data-testid="consultas-bloqueadas"
      >
        <h2 id="consultas-title" className="mb-2 text-base font-bold">
          {DT.consultas.title}
        </h2>
        {bloqueios ? <LookupLocks bloqueios={bloqueios} /> : <p role="alert">{DT.auditoria.indisponivel}</p>}
      </section>
    </DeskShell>
  );
}
