import { getStore } from '@/lib/store';
import { auditCsv } from '@/lib/staff/audit-csv';
import { describeAuditForm, openAuditForm, toAuditFilter } from '@/lib/staff/audit-filter';
import { staffActor } from '@/lib/staff/auth';
import { requireStaffRoute } from '@/lib/staff/guard';

/** GET ?f=<sealed filter> — the filtered audit trail as CSV (at most 10 000 rows, newest first); supervisor. */
export const dynamic = 'force-dynamic';

const MAX_ROWS = 10_000;
const BATCH = 500;

export async function GET(request: Request) {
  const access = await requireStaffRoute('supervisor', 'auditoria.exportar');
  if (!access.ok) return access.response;
  const form = await openAuditForm(new URL(request.url).searchParams.get('f') ?? undefined);
  const check = toAuditFilter(form);
  const store = await getStore();
  const filter = check.ok ? check.filter : {};
  const rows = [];
  for (let offset = 0; offset < MAX_ROWS; offset += BATCH) {
    const page = await store.audit.query({ ...filter, limit: BATCH, offset });
    rows.push(...page.rows);
    if (page.rows.length < BATCH) break;
  }
  await store.audit.append({
    actor: staffActor(access.ctx.user),
    action: 'desk.auditoria.exportar',
    ...(filter.documento ? { documento: filter.documento } : {}),
    result: 'ok',
    details: { ...describeAuditForm(form), linhas: rows.length },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(auditCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="auditoria-${stamp}.csv"`,
      'Cache-Control': 'no-store, private',
    },
  });
}
