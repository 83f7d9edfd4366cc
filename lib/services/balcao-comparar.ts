import type { CrmCliente } from '@/lib/crm/port';
import type { Cliente, Contato } from '@/lib/domain/types';

/**
 * The registration side by side, CRM and ERP, for staff: one row per field with each system's value and
 * whether they disagree. The ERP's record (004 "Informações do cliente") has no address, so address rows come
 * from the CRM alone; the ERP's e-mails and phones are its contacts.
 */
export interface LinhaComparada {
  campo: 'nome' | 'tipo' | 'situacao' | 'email' | 'telefone' | 'celular' | 'endereco' | 'cep';
  erp: string | null;
  crm: string | null;
  /** Both systems hold a value for this field and they disagree, or only one of them holds it. */
  diferente: boolean;
}

const digits = (s: string) => s.replace(/\D/g, '');
const loose = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function endereco(c: CrmCliente): string | null {
  const rua = [c.logradouro, c.numero].filter(Boolean).join(', ');
  const resto = [c.complemento, c.bairro, [c.cidade, c.uf].filter(Boolean).join('/')].filter(Boolean);
  const all = [rua, ...resto].filter((p) => p && p.length > 0);
  return all.length > 0 ? all.join(' · ') : null;
}

export function compararCadastro(
  erp: Cliente | null,
  contatos: Contato[] | null,
  crm: CrmCliente | null,
  labels: { pf: string; pj: string; ativo: string; inativo: string },
): LinhaComparada[] {
  const emails = (contatos ?? []).filter((c) => c.type === 'email').map((c) => c.value);
  const phones = (contatos ?? []).filter((c) => c.type === 'phone').map((c) => c.value);
  const tipo = (t: 'F' | 'J') => (t === 'F' ? labels.pf : labels.pj);
  const situacao = (a: boolean) => (a ? labels.ativo : labels.inativo);
  const both = erp !== null && crm !== null;

  const rows: LinhaComparada[] = [
    {
      campo: 'nome',
      erp: erp?.nome ?? null,
      crm: crm?.nome ?? null,
      diferente: both && loose(erp.nome) !== loose(crm.nome),
    },
    {
      campo: 'tipo',
      erp: erp ? tipo(erp.tipoPessoa) : null,
      crm: crm ? tipo(crm.tipo) : null,
      diferente: both && erp.tipoPessoa !== crm.tipo,
    },
    {
      campo: 'situacao',
      erp: erp ? situacao(erp.ativo) : null,
      crm: crm ? situacao(crm.ativo) : null,
      diferente: both && erp.ativo !== crm.ativo,
    },
  ];
  if (contatos !== null || crm !== null) {
    const emailDiff =
      contatos !== null &&
      crm !== null &&
      (crm.email ? !emails.some((e) => loose(e) === loose(crm.email ?? '')) : emails.length > 0);
    rows.push({
      campo: 'email',
      erp: contatos !== null ? emails.join(', ') || null : null,
      crm: crm?.email ?? null,
      diferente: emailDiff,
    });
    const phoneRow = (campo: 'telefone' | 'celular', value: string | null): LinhaComparada => ({
      campo,
      // The ERP's contacts do not tell landline from mobile: each row shows every ERP phone of that kind.
      erp:
        contatos !== null
          ? phones.filter((p) => (campo === 'celular') === (digits(p).length === 11)).join(', ') || null
          : null,
      crm: value,
      diferente:
        contatos !== null &&
        crm !== null &&
        value !== null &&
        !phones.some((p) => digits(p) === digits(value)),
    });
    rows.push(phoneRow('telefone', crm?.telefone ?? null), phoneRow('celular', crm?.celular ?? null));
  }
  if (crm) {
    rows.push(
      { campo: 'endereco', erp: null, crm: endereco(crm), diferente: false },
      { campo: 'cep', erp: null, crm: crm.cep, diferente: false },
    );
  }
  return rows;
}
