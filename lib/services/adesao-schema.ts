import { z } from 'zod';
import { DOCUMENTO_ERRO_MENSAGENS, parseDocumento } from '@/lib/br';
import { CADASTRO_MENSAGENS, CAMPO_SCHEMAS, MAX_LENGTH } from './cadastro-schema';

/**
 * "Quero ser cliente": the fields a new customer types and their rules. Pure and free of server imports: the
 * kiosk form validates with it as the person types and the server validates again before anything reaches the
 * ERP. Every field but the document uses the very rules of "Meus dados" (cadastro-schema), so a sign-up is
 * written with the same limits the ERPs and CRMs can store.
 */
export const ADESAO_CAMPOS = [
  'nome',
  'documento',
  'celular',
  'email',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
] as const;

export type CampoAdesao = (typeof ADESAO_CAMPOS)[number];

export const ADESAO_MAX_LENGTH: Readonly<Record<CampoAdesao, number>> = {
  ...MAX_LENGTH,
  // A CNPJ may carry letters (IN RFB 2.229/2024): 14 characters, typed without punctuation.
  documento: 14,
};

const documentoSchema = z.string().transform((raw, ctx) => {
  if (raw.trim() === '') {
    ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.obrigatorio });
    return z.NEVER;
  }
  const doc = parseDocumento(raw);
  if (!doc.ok) {
    ctx.addIssue({ code: 'custom', message: DOCUMENTO_ERRO_MENSAGENS[doc.reason] });
    return z.NEVER;
  }
  return doc.value;
});

export const ADESAO_SCHEMAS: Readonly<Record<CampoAdesao, z.ZodType<string, string>>> = {
  nome: CAMPO_SCHEMAS.nome,
  documento: documentoSchema,
  celular: CAMPO_SCHEMAS.celular,
  email: CAMPO_SCHEMAS.email,
  cep: CAMPO_SCHEMAS.cep,
  logradouro: CAMPO_SCHEMAS.logradouro,
  numero: CAMPO_SCHEMAS.numero,
  complemento: CAMPO_SCHEMAS.complemento,
  bairro: CAMPO_SCHEMAS.bairro,
  cidade: CAMPO_SCHEMAS.cidade,
  uf: CAMPO_SCHEMAS.uf,
};

export type DadosAdesao = Record<CampoAdesao, string>;
export type ErrosAdesao = Partial<Record<CampoAdesao, string>>;

/** The first error of one field, or undefined. */
export function erroDoCampo(campo: CampoAdesao, valor: string): string | undefined {
  const r = ADESAO_SCHEMAS[campo].safeParse(valor);
  return r.success ? undefined : (r.error.issues[0]?.message ?? CADASTRO_MENSAGENS.caracteres);
}

/** Every field validated and normalised (as it goes to the ERP), or the errors per field. */
export function validarDadosAdesao(
  input: Partial<Record<string, string>>,
): { ok: true; dados: DadosAdesao } | { ok: false; fieldErrors: ErrosAdesao } {
  const dados: Partial<DadosAdesao> = {};
  const fieldErrors: ErrosAdesao = {};
  for (const campo of ADESAO_CAMPOS) {
    const r = ADESAO_SCHEMAS[campo].safeParse(input[campo] ?? '');
    if (r.success) dados[campo] = r.data;
    else fieldErrors[campo] = r.error.issues[0]?.message ?? CADASTRO_MENSAGENS.caracteres;
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, dados: dados as DadosAdesao };
}

const id = z.string().regex(/^[\w.:-]{1,64}$/);

/** What the kiosk sends: the choices by id (checked against the ERP's lists again) and the typed fields. */
export const adesaoInputSchema = z
  .object({
    produtoId: id,
    vencimentoId: id,
    origemId: id.nullable(),
    revendedorId: id.nullable(),
    dados: z.record(z.enum(ADESAO_CAMPOS), z.string().max(300)),
    /** The LGPD text was shown and accepted on the review screen. */
    consentimento: z.literal(true),
  })
  .strict();

export type AdesaoInput = z.infer<typeof adesaoInputSchema>;
