import 'server-only';
import type { CrmAdapter, CrmCliente, CrmPatch } from '@/lib/crm/port';
import { DomainError, ERROR_CODES, isDomainError, messageFor, type ErrorCode } from '@/lib/domain/errors';
import type { ClientePatch, Contato, Documento } from '@/lib/domain/types';
import type { ErpAdapter } from '@/lib/erp/port';
import { normalizeTelefone } from '@/lib/br/contato';
import { CircuitOpenError, type Logger } from '@/lib/http';
import type { AuditActor, AuditLog, IdempotencyStore, LockoutStore } from '@/lib/store/types';
import {
  CAMPOS_EDITAVEIS,
  normalizarArmazenado,
  validarCadastro,
  type CadastroPatch,
  type CampoEditavel,
} from './cadastro-schema';
import { camposEditaveis, lerCadastro, mascarar, type CadastroLido, type Sistema } from './cadastro-leitura';
import type { ProvaDeTitularidade } from './cadastro-prova';

/**
 * Editing a registration (issue #10): validated before writing, written to each system that stores the
 * field (CRM when configured, ERP when it has "Editar dados do cliente"), read back after. A failure on one
 * side never hides the other side's success and is never dropped: the result says plainly what each system
 * now holds, and the failure is logged (document hash, field names, correlation id — no personal data) and
 * audited, for staff to redo. A write is never retried: a write that may have been applied is verified by
 * reading, and reported as uncertain when even that is impossible.
 *
 * Callers: the kiosk (after the ownership proof) and the staff desk (a staff user, no proof).
 */

export type CadastroActor =
  | { kind: 'kiosk'; kioskId: string; prova: ProvaDeTitularidade }
  | { kind: 'staff'; userId: string; username: string };

export interface CadastroDeps {
  crm: CrmAdapter | null;
  erp: ErpAdapter;
  /** Only what these services use (tests pass the in-memory store). */
  store: { audit: AuditLog; idempotency: IdempotencyStore; lockouts: LockoutStore };
  logger: Logger;
  hashDocumento: (documento: string) => string;
}

export interface LinhaRevisao {
  campo: CampoEditavel;
  /** Current value as the kiosk may show it (masked for personal fields), null when none. */
  antes: string | null;
  /** The new value as typed and normalised: the person who proved ownership checks it. */
  depois: string;
  destinos: Sistema[];
}

export type Revisao =
  | { status: 'ok'; linhas: LinhaRevisao[] }
  | { status: 'invalido'; fieldErrors: Partial<Record<CampoEditavel, string>> }
  | { status: 'sem-alteracoes' };

/** Outcome per system: `divergente` = written but the read-back holds something else (truncated, changed). */
export type EstadoGravacao = 'salvo' | 'divergente' | 'falhou' | 'incerto';

export interface CampoGravado {
  campo: CampoEditavel;
  /** What the system holds now, masked like every stored value; null when it cannot be read back. */
  gravado: string | null;
  /** true/false when read back, null when the system offers no way to read this field. */
  confere: boolean | null;
}

export interface GravacaoSistema {
  sistema: Sistema;
  adapterId: string;
  estado: EstadoGravacao;
  /** Why, for failures, and its pt-BR sentence for people (messageFor). */
  code?: string;
  mensagem?: string;
  campos: CampoGravado[];
}

export interface ResultadoEdicao {
  editId: string;
  /** true when every system holds every change (confirmed or not readable). */
  completo: boolean;
  sistemas: GravacaoSistema[];
}

export type Edicao =
  | { status: 'concluido'; resultado: ResultadoEdicao }
  | { status: 'invalido'; fieldErrors: Partial<Record<CampoEditavel, string>> }
  | { status: 'sem-alteracoes' };

/** Codes that mean the request was refused before anything was applied (no need to verify by reading). */
const NAO_APLICADO = new Set<string>([
  'AUTENTICACAO_ERP',
  'ERP_REJEITOU',
  'CONFIGURACAO_INVALIDA',
  'FUNCAO_INDISPONIVEL',
  'CRM_AUTENTICACAO',
  'CRM_DADOS_INVALIDOS',
  'CRM_REJEITOU',
  'CRM_NAO_ENCONTRADO',
]);

function codeOf(error: unknown): string {
  return isDomainError(error) ? error.code : 'ERRO_INTERNO';
}

function mensagemDe(code: string): string {
  return messageFor((ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'ERRO_INTERNO');
}

function naoAplicado(error: unknown): boolean {
  return error instanceof CircuitOpenError || NAO_APLICADO.has(codeOf(error));
}

function exigirAutorizacao(documento: Documento, actor: CadastroActor): void {
  if (actor.kind === 'kiosk' && actor.prova.documento !== documento) {
    throw new DomainError('CADASTRO_PROVA_NECESSARIA', {
      details: 'prova de titularidade de outro documento',
    });
  }
}

/** Validates against what this registration can store and keeps only real changes. */
function alteracoes(
  cadastro: CadastroLido,
  input: Partial<Record<string, string>>,
): { ok: true; patch: CadastroPatch } | { ok: false; fieldErrors: Partial<Record<CampoEditavel, string>> } {
  const validado = validarCadastro(input, new Set(camposEditaveis(cadastro)));
  if (!validado.ok) return validado;
  const patch: CadastroPatch = {};
  for (const campo of CAMPOS_EDITAVEIS) {
    const novo = validado.patch[campo];
    if (novo === undefined) continue;
    const atual = cadastro.valores[campo] ?? '';
    if ((normalizarArmazenado(campo, novo) ?? '') !== atual) patch[campo] = novo;
  }
  return { ok: true, patch };
}

async function lerOuFalhar(documento: Documento, deps: CadastroDeps): Promise<CadastroLido> {
  const cadastro = await lerCadastro(documento, deps);
  if (!cadastro) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
  return cadastro;
}

/** The review screen: old (masked) → new, and where each change will be written. Writes nothing. */
export async function revisarCadastro(
  input: { documento: Documento; patch: Partial<Record<string, string>>; actor: CadastroActor },
  deps: CadastroDeps,
): Promise<Revisao> {
  exigirAutorizacao(input.documento, input.actor);
  const cadastro = await lerOuFalhar(input.documento, deps);
  const r = alteracoes(cadastro, input.patch);
  if (!r.ok) return { status: 'invalido', fieldErrors: r.fieldErrors };
  const linhas = (Object.keys(r.patch) as CampoEditavel[]).map((campo) => ({
    campo,
    antes: mascarar(campo, cadastro.valores[campo]),
    depois: r.patch[campo] ?? '',
    destinos: cadastro.destinos[campo] ?? [],
  }));
  return linhas.length === 0 ? { status: 'sem-alteracoes' } : { status: 'ok', linhas };
}

export async function editarCadastro(
  input: {
    documento: Documento;
    patch: Partial<Record<string, string>>;
    actor: CadastroActor;
    /** One per confirmed review: a repeated submission (double tap, resent request) writes nothing again. */
    editId: string;
    correlationId?: string;
  },
  deps: CadastroDeps,
): Promise<Edicao> {
  exigirAutorizacao(input.documento, input.actor);
  const docHash = deps.hashDocumento(input.documento);
  const { value } = await deps.store.idempotency.run(
    'cadastro.editar',
    `${docHash}:${input.editId}`,
    async () => {
      const cadastro = await lerOuFalhar(input.documento, deps);
      const r = alteracoes(cadastro, input.patch);
      if (!r.ok) return { status: 'invalido' as const, fieldErrors: r.fieldErrors };
      const campos = Object.keys(r.patch) as CampoEditavel[];
      if (campos.length === 0) return { status: 'sem-alteracoes' as const };
      const resultado = await gravar(cadastro, r.patch, input, deps);
      return { status: 'concluido' as const, resultado };
    },
  );
  return value;
}

async function gravar(
  cadastro: CadastroLido,
  patch: CadastroPatch,
  input: { documento: Documento; actor: CadastroActor; editId: string; correlationId?: string },
  deps: CadastroDeps,
): Promise<ResultadoEdicao> {
  const para = (s: Sistema) =>
    (Object.keys(patch) as CampoEditavel[]).filter((c) => cadastro.destinos[c]?.includes(s));
  const crmCampos = para('crm');
  const erpCampos = para('erp');

  // The two systems are independent: write both at once, and one's failure never stops the other.
  const [crm, erp] = await Promise.all([
    crmCampos.length > 0 && deps.crm ? gravarCrm(deps.crm, cadastro, patch, crmCampos) : null,
    erpCampos.length > 0 ? gravarErp(deps.erp, cadastro.documento, patch, erpCampos) : null,
  ]);
  const sistemas = [crm, erp]
    .filter((s): s is GravacaoSistema => s !== null)
    .map((s) => (s.code ? { ...s, mensagem: mensagemDe(s.code) } : s));
  const completo = sistemas.every((s) => s.estado === 'salvo');

  const docHash = deps.hashDocumento(input.documento);
  for (const s of sistemas) {
    if (s.estado === 'salvo') continue;
    // Everything staff need to redo the change with the customer — and no personal data.
    deps.logger.error(
      {
        evento: 'cadastro.pendente',
        sistema: s.sistema,
        adapter: s.adapterId,
        estado: s.estado,
        code: s.code ?? null,
        campos: s.campos.map((c) => c.campo),
        camposDivergentes: s.campos.filter((c) => c.confere === false).map((c) => c.campo),
        documentoHash: docHash,
        editId: input.editId,
        correlationId: input.correlationId ?? null,
        ator: input.actor.kind,
      },
      `alteração de cadastro não confirmada em ${s.sistema}: refazer pelo balcão`,
    );
  }
  await deps.store.audit.append({
    actor: auditActor(input.actor),
    documento: input.documento,
    action: input.actor.kind === 'kiosk' ? 'kiosk.cadastro.editar' : 'desk.cadastro.editar',
    result: completo ? 'ok' : 'erro',
    correlationId: input.correlationId,
    details: {
      editId: input.editId,
      campos: (Object.keys(patch) as CampoEditavel[]).join(','),
      crm: crm?.estado ?? null,
      crmCode: crm?.code ?? null,
      erp: erp?.estado ?? null,
      erpCode: erp?.code ?? null,
    },
  });
  return { editId: input.editId, completo, sistemas };
}

function auditActor(actor: CadastroActor): AuditActor {
  return actor.kind === 'kiosk'
    ? { kind: 'kiosk', kioskId: actor.kioskId }
    : { kind: 'staff', userId: actor.userId, username: actor.username };
}

function comparar(
  campos: CampoEditavel[],
  patch: CadastroPatch,
  lido: (campo: CampoEditavel) => string | null | undefined,
): CampoGravado[] {
  return campos.map((campo) => {
    const v = lido(campo);
    if (v === undefined) return { campo, gravado: null, confere: null };
    const gravado = normalizarArmazenado(campo, v);
    return {
      campo,
      gravado: mascarar(campo, gravado),
      confere: (gravado ?? '') === (normalizarArmazenado(campo, patch[campo]) ?? ''),
    };
  });
}

function estadoDe(campos: CampoGravado[]): EstadoGravacao {
  return campos.some((c) => c.confere === false) ? 'divergente' : 'salvo';
}

async function gravarCrm(
  crm: CrmAdapter,
  cadastro: CadastroLido,
  patch: CadastroPatch,
  campos: CampoEditavel[],
): Promise<GravacaoSistema> {
  const base = { sistema: 'crm' as const, adapterId: crm.id };
  const crmPatch: CrmPatch = {};
  for (const c of campos) crmPatch[c] = patch[c];
  const naoLido = campos.map((campo) => ({ campo, gravado: null, confere: null }));

  let id = cadastro.crm?.id ?? null;
  if (!id) {
    // The CRM did not answer when the registration was read: try to find the record now (a read).
    try {
      id = (await crm.findClienteByDocumento(cadastro.documento))?.id ?? null;
    } catch (error) {
      return { ...base, estado: 'falhou', code: codeOf(error), campos: naoLido };
    }
    if (!id) return { ...base, estado: 'falhou', code: 'CLIENTE_NAO_ENCONTRADO', campos: naoLido };
  }

  let lido: CrmCliente;
  try {
    lido = await crm.updateCliente(id, crmPatch);
  } catch (error) {
    const code = codeOf(error);
    if (naoAplicado(error)) return { ...base, estado: 'falhou', code, campos: naoLido };
    // The write may have been applied (timeout, 5xx, unreadable answer): verify by reading, never rewrite.
    let releitura: CrmCliente | null;
    try {
      releitura = await crm.getCliente(id);
    } catch {
      return { ...base, estado: 'incerto', code, campos: naoLido };
    }
    if (!releitura) return { ...base, estado: 'incerto', code, campos: naoLido };
    const r = releitura;
    const conferidos = comparar(campos, patch, (c) => r[c]);
    const todos = conferidos.every((c) => c.confere === true);
    return {
      ...base,
      estado: todos ? 'salvo' : 'falhou',
      code: todos ? undefined : code,
      campos: conferidos,
    };
  }
  const conferidos = comparar(campos, patch, (c) => lido[c]);
  return { ...base, estado: estadoDe(conferidos), campos: conferidos };
}

const CONTATO_CAMPOS: ReadonlySet<CampoEditavel> = new Set(['email', 'celular', 'telefone']);

function erpPatchDe(patch: CadastroPatch, campos: CampoEditavel[]): ClientePatch {
  const out: ClientePatch = {};
  for (const c of campos) {
    const v = patch[c];
    if (v === undefined || c === 'nome') continue;
    // The ERP port calls the street `endereco` (004 "Editar dados do cliente"); the CRM calls it `logradouro`.
    if (c === 'logradouro') out.endereco = v;
    else out[c] = v;
  }
  return out;
}

/** What the ERP lets us read back: its contacts. Address fields cannot be confirmed (undefined). */
function leitorContatos(
  contatos: Contato[],
  patch: CadastroPatch,
): (c: CampoEditavel) => string | null | undefined {
  return (campo) => {
    if (!CONTATO_CAMPOS.has(campo)) return undefined;
    const alvo = normalizarArmazenado(campo, patch[campo]);
    if (campo === 'email') {
      const emails = contatos.filter((c) => c.type === 'email').map((c) => c.value.trim().toLowerCase());
      return emails.find((e) => e === alvo) ?? emails[0] ?? null;
    }
    const fones = contatos
      .filter((c) => c.type === 'phone')
      .map((c) => normalizeTelefone(c.value) ?? c.value);
    return fones.find((f) => f === alvo) ?? null;
  };
}

async function gravarErp(
  erp: ErpAdapter,
  documento: Documento,
  patch: CadastroPatch,
  campos: CampoEditavel[],
): Promise<GravacaoSistema> {
  const base = { sistema: 'erp' as const, adapterId: erp.id };
  const naoLido = campos.map((campo) => ({ campo, gravado: null, confere: null }));
  if (!erp.atualizarCliente)
    return { ...base, estado: 'falhou', code: 'FUNCAO_INDISPONIVEL', campos: naoLido };
  let falha: unknown = null;
  try {
    await erp.atualizarCliente(documento, erpPatchDe(patch, campos));
  } catch (error) {
    falha = error;
    if (naoAplicado(error)) return { ...base, estado: 'falhou', code: codeOf(error), campos: naoLido };
  }
  let contatos: Contato[] | null = null;
  if (campos.some((c) => CONTATO_CAMPOS.has(c))) {
    try {
      contatos = await erp.listContatos(documento);
    } catch {
      contatos = null;
    }
  }
  const conferidos = contatos ? comparar(campos, patch, leitorContatos(contatos, patch)) : naoLido;
  if (falha === null) return { ...base, estado: estadoDe(conferidos), campos: conferidos };
  // The write failed in a way that may have applied it: only a read-back of every field can say "saved".
  const code = codeOf(falha);
  if (conferidos.every((c) => c.confere === true)) return { ...base, estado: 'salvo', campos: conferidos };
  if (conferidos.some((c) => c.confere === false))
    return { ...base, estado: 'falhou', code, campos: conferidos };
  return { ...base, estado: 'incerto', code, campos: conferidos };
}
