import { getStateNameByCode, isValidEmail } from '@brazilian-utils/brazilian-utils';
import { normalizeCep, normalizeTelefone } from '@/lib/br';
import { DomainError } from '@/lib/domain/errors';
import type { CrmCliente, CrmField, CrmPatch } from './port';

/**
 * The adapter-edge check of a patch, shared by every CRM adapter. The kiosk validates the form first; this runs
 * again because nothing from the client is trusted and because some CRMs store garbage without a word (Vtiger
 * 8.3 truncates long values and accepts any e-mail, measured — INTEGRATIONS.md §C). Values come back
 * normalised the way the adapters write them: phones and CEP as digits, UF upper-case, e-mail lower-case,
 * text trimmed with inner whitespace collapsed. `null` or an empty string clears a field (never `nome`).
 * A bad value is CRM_DADOS_INVALIDOS with one pt-BR sentence per field.
 */

type PatchKey = keyof CrmPatch;

/** Longest value any supported CRM stores without cutting it (Perfex `address` varchar(100), `zip` (15)…). */
const MAX_LENGTH: Record<Exclude<PatchKey, 'email' | 'telefone' | 'celular' | 'cep' | 'uf'>, number> = {
  nome: 100,
  logradouro: 100,
  numero: 20,
  complemento: 60,
  bairro: 60,
  cidade: 60,
};

export const PATCH_MESSAGES = {
  nome: 'Informe o nome com até 100 caracteres.',
  email: 'E-mail inválido.',
  telefone: 'Telefone inválido: informe DDD e número.',
  celular: 'Celular inválido: informe DDD e os 9 dígitos.',
  cep: 'CEP inválido: são 8 números.',
  uf: 'UF inválida.',
  texto: (max: number) => `Use até ${max} caracteres.`,
  naoGuardado: 'Este dado não é guardado no sistema de cadastro.',
} as const;

function cleanText(v: string): string {
  // Control characters never belong in a registration; NBSP and friends become plain spaces.
  return v
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function normalizeCrmPatch(patch: CrmPatch, vendor: string, fields?: ReadonlySet<CrmField>): CrmPatch {
  const out: Record<string, string | null> = {};
  const errors: Record<string, string> = {};
  for (const [key, raw] of Object.entries(patch) as [PatchKey, string | null | undefined][]) {
    if (raw === undefined) continue;
    // A field this CRM has nowhere to put would be lost without a word: refuse it instead.
    if (fields && !fields.has(key)) {
      errors[key] = PATCH_MESSAGES.naoGuardado;
      continue;
    }
    const text = raw === null ? '' : cleanText(String(raw));
    if (text === '') {
      if (key === 'nome') errors.nome = PATCH_MESSAGES.nome;
      else out[key] = null;
      continue;
    }
    switch (key) {
      case 'email': {
        const email = text.toLowerCase();
        if (isValidEmail(email) && email.length <= 100) out.email = email;
        else errors.email = PATCH_MESSAGES.email;
        break;
      }
      case 'telefone': {
        const t = normalizeTelefone(text);
        if (t) out.telefone = t;
        else errors.telefone = PATCH_MESSAGES.telefone;
        break;
      }
      case 'celular': {
        const t = normalizeTelefone(text);
        if (t && t.length === 11) out.celular = t;
        else errors.celular = PATCH_MESSAGES.celular;
        break;
      }
      case 'cep': {
        const c = normalizeCep(text);
        if (c) out.cep = c;
        else errors.cep = PATCH_MESSAGES.cep;
        break;
      }
      case 'uf': {
        const uf = text.toUpperCase();
        if (/^[A-Z]{2}$/.test(uf) && getStateNameByCode(uf as Parameters<typeof getStateNameByCode>[0]))
          out.uf = uf;
        else errors.uf = PATCH_MESSAGES.uf;
        break;
      }
      default: {
        const max = MAX_LENGTH[key];
        if (text.length <= max) out[key] = text;
        else errors[key] = key === 'nome' ? PATCH_MESSAGES.nome : PATCH_MESSAGES.texto(max);
      }
    }
  }
  if (Object.keys(errors).length > 0) {
    throw new DomainError('CRM_DADOS_INVALIDOS', {
      retryable: false,
      details: `${vendor}: dados recusados antes do envio (${Object.keys(errors).join(', ')})`,
      fieldErrors: errors,
    });
  }
  return out as CrmPatch;
}

/** The record with the patch applied (the demo adapter and the simulators' merge). */
export function applyCrmPatch(cliente: CrmCliente, patch: CrmPatch): CrmCliente {
  const next: CrmCliente = { ...cliente };
  for (const [key, value] of Object.entries(patch) as [PatchKey, string | null | undefined][]) {
    if (value === undefined) continue;
    if (key === 'nome') next.nome = value ?? cliente.nome;
    else next[key] = value;
  }
  return next;
}
