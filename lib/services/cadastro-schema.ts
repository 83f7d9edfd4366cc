import { getAreaCodeInfo } from '@brazilian-utils/brazilian-utils';
import { z } from 'zod';
import { normalizeCep, normalizeTelefone } from '@/lib/br/contato';
import { isUf } from '@/lib/br/uf';

/**
 * The registration fields a customer may change, their rules and their pt-BR messages. Pure and free of
 * server imports: the kiosk form validates with it as the person types, and the server validates again with
 * the very same schema before anything is written (vendors truncate or garble bad values silently —
 * INTEGRATIONS.md §C "Silent damage").
 */
export const CAMPOS_EDITAVEIS = [
  'nome',
  'celular',
  'telefone',
  'email',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
] as const;

export type CampoEditavel = (typeof CAMPOS_EDITAVEIS)[number];

/** Shown masked until the person proves the record is theirs, and never logged. */
export const CAMPOS_PESSOAIS: ReadonlySet<CampoEditavel> = new Set([
  'celular',
  'telefone',
  'email',
  'numero',
]);

/** Fields the ERP's "Editar dados do cliente" takes (ClientePatch); it has no name field. */
export const CAMPOS_ERP: ReadonlySet<CampoEditavel> = new Set([
  'celular',
  'telefone',
  'email',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
]);

/**
 * Longest value accepted per field: the shortest column among the CRMs and ERPs we write to, so nothing is cut
 * (Perfex `address`/`city` varchar(100), Vtiger `mailingcity` 40, IXC `numero` 10 ...).
 */
export const MAX_LENGTH: Readonly<Record<CampoEditavel, number>> = {
  nome: 100,
  celular: 11,
  telefone: 11,
  email: 100,
  cep: 8,
  logradouro: 100,
  numero: 10,
  complemento: 50,
  bairro: 50,
  cidade: 40,
  uf: 2,
};

export const CADASTRO_MENSAGENS = {
  obrigatorio: 'Preencha este campo.',
  dddInvalido: 'DDD inválido. Confira os dois primeiros números.',
  celular: 'Celular inválido: digite o DDD e os 9 números, começando por 9.',
  telefone: 'Telefone inválido: digite o DDD e o número (8 ou 9 dígitos).',
  email: 'E-mail inválido. Confira o @ e o endereço (ex.: nome@provedor.com.br).',
  cep: 'CEP inválido: digite os 8 números.',
  uf: 'Escolha um dos 27 estados (UF).',
  numero: 'Número inválido: use números e letras (ex.: 120, 45A ou S/N).',
  caracteres: 'Use apenas letras, números e pontuação comum.',
  longo: (max: number) => `Use no máximo ${max} caracteres.`,
  naoEditavel: 'Este dado não pode ser alterado por aqui.',
} as const;

/** Letters (any accent), digits, spaces and the punctuation the on-screen keyboard offers; no emoji. */
const TEXTO_PERMITIDO = /^[\p{L}\p{M}\p{N} .,'ºª/&()#:;!?+*"-]*$/u;

const limpo = (v: string) => v.normalize('NFC').trim().replace(/\s+/g, ' ');

const texto = (campo: CampoEditavel, obrigatorio: boolean) =>
  z
    .string()
    .transform(limpo)
    .superRefine((v, ctx) => {
      if (v === '') {
        if (obrigatorio) ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.obrigatorio });
        return;
      }
      if (!TEXTO_PERMITIDO.test(v)) ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.caracteres });
      else if (v.length > MAX_LENGTH[campo])
        ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.longo(MAX_LENGTH[campo]) });
    });

const telefone = (tipo: 'celular' | 'telefone') =>
  z.string().transform((raw, ctx) => {
    const digits = raw.replace(/\D/g, '');
    if (digits === '') {
      ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.obrigatorio });
      return z.NEVER;
    }
    if (digits.length >= 2 && getAreaCodeInfo(digits.slice(0, 2)) === null) {
      ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.dddInvalido });
      return z.NEVER;
    }
    const n = normalizeTelefone(digits);
    // Every Brazilian mobile number has 9 digits starting with 9 (Anatel, since 2016).
    const ok = tipo === 'celular' ? n !== null && n.length === 11 && n[2] === '9' : n !== null;
    if (!ok || n === null) {
      ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS[tipo] });
      return z.NEVER;
    }
    return n;
  });

/** One rule per field; every output is the value as it will be written (normalised). */
export const CAMPO_SCHEMAS = {
  nome: texto('nome', true),
  celular: telefone('celular'),
  telefone: telefone('telefone'),
  email: z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(
      z
        .string()
        .min(1, CADASTRO_MENSAGENS.obrigatorio)
        .max(MAX_LENGTH.email, CADASTRO_MENSAGENS.longo(MAX_LENGTH.email))
        .pipe(z.email({ message: CADASTRO_MENSAGENS.email })),
    ),
  cep: z.string().transform((raw, ctx) => {
    const cep = normalizeCep(raw);
    if (cep === null || raw.replace(/\D/g, '').length !== 8) {
      ctx.addIssue({
        code: 'custom',
        message: raw.trim() === '' ? CADASTRO_MENSAGENS.obrigatorio : CADASTRO_MENSAGENS.cep,
      });
      return z.NEVER;
    }
    return cep;
  }),
  logradouro: texto('logradouro', true),
  numero: z
    .string()
    .transform((v) => limpo(v).toUpperCase())
    .superRefine((v, ctx) => {
      if (v === '') ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.obrigatorio });
      else if (!/^(S\/N|\d{1,6}[A-Z]?)$/.test(v))
        ctx.addIssue({ code: 'custom', message: CADASTRO_MENSAGENS.numero });
    }),
  complemento: texto('complemento', false),
  bairro: texto('bairro', true),
  cidade: texto('cidade', true),
  uf: z
    .string()
    .transform((v) => v.trim().toUpperCase())
    .refine((v) => isUf(v), CADASTRO_MENSAGENS.uf),
} satisfies Record<CampoEditavel, z.ZodType<string, string>>;

export type CadastroPatch = Partial<Record<CampoEditavel, string>>;

export type ValidacaoCadastro =
  { ok: true; patch: CadastroPatch } | { ok: false; fieldErrors: Partial<Record<CampoEditavel, string>> };

/** Input from outside (the form, an action): only known fields, each a string. */
export const cadastroInputSchema = z
  .object(Object.fromEntries(CAMPOS_EDITAVEIS.map((c) => [c, z.string().max(300).optional()])))
  .strict();

/** Validates and normalises every field present in `input`; fields outside `permitidos` are refused. */
export function validarCadastro(
  input: Partial<Record<string, string>>,
  permitidos: ReadonlySet<CampoEditavel> = new Set(CAMPOS_EDITAVEIS),
): ValidacaoCadastro {
  const patch: CadastroPatch = {};
  const fieldErrors: Partial<Record<CampoEditavel, string>> = {};
  for (const campo of CAMPOS_EDITAVEIS) {
    const raw = input[campo];
    if (raw === undefined) continue;
    if (!permitidos.has(campo)) {
      fieldErrors[campo] = CADASTRO_MENSAGENS.naoEditavel;
      continue;
    }
    const r = CAMPO_SCHEMAS[campo].safeParse(raw);
    if (r.success) patch[campo] = r.data;
    else fieldErrors[campo] = r.error.issues[0]?.message ?? CADASTRO_MENSAGENS.caracteres;
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, patch };
}

/** A stored value in the same normal form as `validarCadastro`'s output, to compare old, new and read-back. */
export function normalizarArmazenado(campo: CampoEditavel, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (v === '') return null;
  switch (campo) {
    case 'celular':
    case 'telefone':
      return normalizeTelefone(v) ?? v;
    case 'cep':
      return normalizeCep(v) ?? v;
    case 'email':
      return v.toLowerCase();
    case 'uf':
    case 'numero':
      return limpo(v).toUpperCase();
    default:
      return limpo(v);
  }
}
