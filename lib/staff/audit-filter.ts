import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { z } from 'zod';
import { parseDocumento } from '@/lib/br';
import type { AuditFilter } from '@/lib/store';
import { deskKey } from './server';

/**
 * The supervisor's audit filter. It may hold a customer's document, so it never travels in clear: the form
 * posts to an action, which seals the filter (desk key, 1 h) into the URL of the results and of the CSV.
 */
export const auditFormSchema = z.object({
  de: z.union([z.literal(''), z.iso.date()]).default(''),
  ate: z.union([z.literal(''), z.iso.date()]).default(''),
  totem: z.string().max(100).default(''),
  usuario: z.string().max(64).default(''),
  acao: z
    .string()
    .max(80)
    .regex(/^[\w.*-]*$/)
    .default(''),
  documento: z.string().max(32).default(''),
  resultado: z.enum(['', 'ok', 'recusado', 'erro']).default(''),
});

export type AuditForm = z.infer<typeof auditFormSchema>;
export const EMPTY_AUDIT_FORM: AuditForm = auditFormSchema.parse({});

const SEAL_TTL_SECONDS = 3600;

export async function sealAuditForm(form: AuditForm): Promise<string> {
  return sealData(form, { password: deskKey(), ttl: SEAL_TTL_SECONDS });
}

export async function openAuditForm(sealed: string | undefined): Promise<AuditForm> {
  if (!sealed || sealed.length > 2000) return EMPTY_AUDIT_FORM;
  try {
    const data = await unsealData<unknown>(sealed, { password: deskKey(), ttl: SEAL_TTL_SECONDS });
    const parsed = auditFormSchema.safeParse(data);
    return parsed.success ? parsed.data : EMPTY_AUDIT_FORM;
  } catch {
    return EMPTY_AUDIT_FORM;
  }
}

/** Midnight in São Paulo (UTC−3 all year since 2019, when daylight saving time ended). */
function saoPauloMidnight(date: string, plusDays = 0): number {
  return Date.parse(`${date}T00:00:00-03:00`) + plusDays * 86_400_000;
}

/** The store's filter; a document that does not parse is reported instead of matching nothing silently. */
export function toAuditFilter(
  form: AuditForm,
): { ok: true; filter: AuditFilter } | { ok: false; field: 'documento' } {
  const filter: AuditFilter = {};
  if (form.de) filter.from = saoPauloMidnight(form.de);
  if (form.ate) filter.to = saoPauloMidnight(form.ate, 1);
  if (form.totem) {
    filter.actorKind = 'kiosk';
    filter.actorId = form.totem;
  }
  if (form.usuario) filter.staffUsername = form.usuario;
  if (form.acao) filter.action = form.acao;
  if (form.resultado) filter.result = form.resultado;
  if (form.documento) {
    const doc = parseDocumento(form.documento);
    if (!doc.ok) return { ok: false, field: 'documento' };
    filter.documento = doc.value;
  }
  return { ok: true, filter };
}

/** Which filters were used, for the audit of the audit (never the document itself). */
export function describeAuditForm(form: AuditForm): Record<string, string | boolean> {
  return {
    ...(form.de ? { de: form.de } : {}),
    ...(form.ate ? { ate: form.ate } : {}),
    ...(form.totem ? { totem: form.totem } : {}),
    ...(form.usuario ? { usuario: form.usuario } : {}),
    ...(form.acao ? { acao: form.acao } : {}),
    ...(form.resultado ? { resultado: form.resultado } : {}),
    ...(form.documento ? { porDocumento: true } : {}),
  };
}
