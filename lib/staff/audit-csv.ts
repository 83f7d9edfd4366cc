import type { AuditRecord } from '@/lib/store';

/**
 * The audit trail as CSV for spreadsheets: `;` separated (pt-BR Excel's default), UTF-8 with a BOM so accents
 * open right, fields quoted when needed, and formula-looking cells neutralised (OWASP "CSV injection").
 */
export const AUDIT_CSV_HEADER = [
  'seq',
  'data_hora',
  'origem',
  'totem_ou_usuario',
  'acao',
  'resultado',
  'documento_hash',
  'correlacao',
  'detalhes',
];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function quando(at: number): string {
  // São Paulo local time, ISO-like: 2026-11-26 07:42:10
  return new Date(at - 3 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function auditRowToCsv(r: AuditRecord): string {
  const who =
    r.actor.kind === 'kiosk' ? r.actor.kioskId : r.actor.kind === 'staff' ? r.actor.username : 'sistema';
  const details = r.details
    ? Object.entries(r.details)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ')
    : '';
  return [
    String(r.seq),
    quando(r.at),
    r.actor.kind,
    who,
    r.action,
    r.result,
    r.documentoHash ?? '',
    r.correlationId ?? '',
    details,
  ]
    .map(cell)
    .join(';');
}

export function auditCsv(rows: AuditRecord[]): string {
  return '\uFEFF' + [AUDIT_CSV_HEADER.join(';'), ...rows.map(auditRowToCsv)].join('\r\n') + '\r\n';
}
