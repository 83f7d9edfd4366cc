import 'server-only';
import { maskEmail, maskTelefone, normalizeTelefone } from '@/lib/br/contato';
import type { CrmAdapter, CrmCliente } from '@/lib/crm/port';
import { isDomainError, type ErrorCode } from '@/lib/domain/errors';
import type { Documento } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import {
  CAMPOS_EDITAVEIS,
  CAMPOS_ERP,
  CAMPOS_PESSOAIS,
  normalizarArmazenado,
  type CampoEditavel,
} from './cadastro-schema';

/**
 * Reading a customer's registration from the CRM (when one is configured) and the ERP, linked by the
 * document. The ERP's customer record has no address (004 "Informações do cliente"), so it contributes the
 * name, the type and its contacts; the CRM, when it holds the record, is the source for every field it stores.
 */

export type Sistema = 'crm' | 'erp';

export interface FonteCadastro {
  sistema: Sistema;
  adapterId: string;
  /** `erro`: the system did not answer; its part of the registration is unknown right now. */
  estado: 'ok' | 'nao-encontrado' | 'erro';
  code?: ErrorCode;
}

export interface CadastroLido {
  documento: Documento;
  tipo: 'F' | 'J';
  nome: string;
  /** Current value per field, normalised (`normalizarArmazenado`); null when no system holds one. */
  valores: Record<CampoEditavel, string | null>;
  /** Which systems would receive each field that can be edited for this customer, in form order. */
  destinos: Partial<Record<CampoEditavel, Sistema[]>>;
  fontes: FonteCadastro[];
  crm: CrmCliente | null;
  /** Every registered mobile (CRM and ERP), for the ownership proof. Never leaves the server. */
  celulares: string[];
  /** ISO date of birth when a system holds it, for the ownership proof. Never leaves the server. */
  dataNascimento: string | null;
}

export interface LeituraDeps {
  crm: CrmAdapter | null;
  erp: ErpAdapter;
}

const codeOf = (error: unknown): ErrorCode => (isDomainError(error) ? error.code : 'ERRO_INTERNO');

function isCelular(n: string | null): n is string {
  return n !== null && n.length === 11 && n[2] === '9';
}

export function erpEscreve(erp: ErpAdapter): boolean {
  return erp.capabilities.has('atualizarCliente') && typeof erp.atualizarCliente === 'function';
}

export async function lerCadastro(documento: Documento, deps: LeituraDeps): Promise<CadastroLido | null> {
  const { crm, erp } = deps;
  const [erpCliente, erpContatos, crmLido] = await Promise.all([
    erp.findCliente(documento),
    erp.listContatos(documento).catch(() => null),
    crm
      ? crm.findClienteByDocumento(documento).then(
          (c) => ({ ok: true as const, cliente: c }),
          (error: unknown) => ({ ok: false as const, code: codeOf(error) }),
        )
      : Promise.resolve(null),
  ]);
  const crmCliente = crmLido?.ok ? crmLido.cliente : null;
  if (!erpCliente && !crmCliente) return null;

  const fontes: FonteCadastro[] = [
    { sistema: 'erp', adapterId: erp.id, estado: erpCliente ? 'ok' : 'nao-encontrado' },
  ];
  if (crm && crmLido) {
    fontes.push(
      crmLido.ok
        ? { sistema: 'crm', adapterId: crm.id, estado: crmLido.cliente ? 'ok' : 'nao-encontrado' }
        : { sistema: 'crm', adapterId: crm.id, estado: 'erro', code: crmLido.code },
    );
  }

  const tipo = crmCliente?.tipo ?? erpCliente?.tipoPessoa ?? (documento.length === 11 ? 'F' : 'J');
  const nome = crmCliente?.nome || erpCliente?.nome || '';

  // ERP contacts: e-mail and phones, the phones split into mobile and landline.
  const erpEmail = erpContatos?.find((c) => c.type === 'email')?.value ?? null;
  const erpFones = (erpContatos ?? [])
    .filter((c) => c.type === 'phone')
    .map((c) => normalizeTelefone(c.value));
  const erpCelular = erpFones.find(isCelular) ?? null;
  const erpTelefone = erpFones.find((n) => n !== null && !isCelular(n)) ?? null;

  const valores = {} as Record<CampoEditavel, string | null>;
  for (const campo of CAMPOS_EDITAVEIS) {
    const doCrm = crmCliente && crm?.fields.has(campo) ? crmCliente[campo] : null;
    const doErp =
      campo === 'email'
        ? erpEmail
        : campo === 'celular'
          ? erpCelular
          : campo === 'telefone'
            ? erpTelefone
            : null;
    valores[campo] = normalizarArmazenado(campo, campo === 'nome' ? nome : (doCrm ?? doErp));
  }

  // Where an edit would go. A CRM that did not answer stays a destination: the write is tried again at save
  // time and, if it fails then, reported and logged for staff to redo — never skipped silently.
  const crmDestino = crm !== null && crmLido !== null && (!crmLido.ok || crmLido.cliente !== null);
  const erpDestino = erpCliente !== null && erpEscreve(erp);
  const destinos: Partial<Record<CampoEditavel, Sistema[]>> = {};
  for (const campo of CAMPOS_EDITAVEIS) {
    // Document and status are never editable; the name only for a company (razão social).
    if (campo === 'nome' && tipo !== 'J') continue;
    const alvo: Sistema[] = [];
    if (crmDestino && crm?.fields.has(campo)) alvo.push('crm');
    if (erpDestino && CAMPOS_ERP.has(campo)) alvo.push('erp');
    if (alvo.length > 0) destinos[campo] = alvo;
  }

  const celulares = new Set<string>();
  for (const n of [crmCliente?.celular, crmCliente?.telefone]) {
    const norm = n ? normalizeTelefone(n) : null;
    if (isCelular(norm)) celulares.add(norm);
  }
  for (const n of erpFones) if (isCelular(n)) celulares.add(n);

  return {
    documento,
    tipo,
    nome,
    valores,
    destinos,
    fontes,
    crm: crmCliente,
    celulares: [...celulares],
    dataNascimento: crmCliente?.dataNascimento ?? null,
  };
}

/** The editable fields of this registration, in form order. */
export function camposEditaveis(cadastro: CadastroLido): CampoEditavel[] {
  return CAMPOS_EDITAVEIS.filter((c) => (cadastro.destinos[c]?.length ?? 0) > 0);
}

/** A value as the kiosk may show it: e-mail, phones and street number masked (LGPD: the minimum on screen). */
export function mascarar(campo: CampoEditavel, valor: string | null): string | null {
  if (valor === null || valor === '') return null;
  if (!CAMPOS_PESSOAIS.has(campo)) return valor;
  if (campo === 'email') return maskEmail(valor);
  if (campo === 'celular' || campo === 'telefone') return maskTelefone(valor);
  return '*'.repeat(Math.min(valor.length, 3));
}
