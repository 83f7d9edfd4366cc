import { formatDocumento } from '@/lib/br';
import type { World } from '../shared/world';

/**
 * The shared world rendered as IXC tables: every value a string, `cnpj_cpf` masked (one customer stored as
 * bare digits, as some imports leave it), cidade/uf as ids, extra fields the PUT must send back, and titles the
 * kiosk must NOT show (cancelled, not released).
 */
export type Row = Record<string, string>;

export interface IxcTables {
  cliente: Row[];
  fn_areceber: Row[];
  cliente_contrato: Row[];
  vd_saida: Row[];
  su_oss_chamado: Row[];
  uf: Row[];
  cidade: Row[];
  fn_carteira_cobranca: Row[];
}

/**
 * Billing wallets (fn_carteira_cobranca, field names from the ORM_IXC field model): where IXC's late charges
 * come from. Wallet 1 is a registered boleto with 2 % multa and 1 % a.m. juros (`jurop`, `jurop_mes` empty, as
 * the design notes describe it) that also accepts Pix to the company key; wallet 2 is a Pix-gateway wallet
 * that does not (its cobs are reconciled by the gateway). Both carry the secrets real rows carry, which the
 * adapter must drop.
 */
export const CARTEIRAS: Row[] = [
  {
    id: '1',
    descricao: 'Boleto registrado Banco Simulado',
    id_conta: '3',
    multap: '2.00',
    multav: '0.00',
    jurop: '1.00',
    jurop_mes: '',
    jurov: '0.00',
    calcular_juros: 'D',
    permite_pagamento_por_chave_pix: 'S',
    gateway_token: 'segredo-do-gateway-nao-vazar',
    pix_client_secret: 'segredo-pix-nao-vazar',
  },
  {
    id: '2',
    descricao: 'Pix gateway',
    id_conta: '3',
    multap: '2.00',
    multav: '0.00',
    jurop: '1.00',
    jurop_mes: '',
    jurov: '0.00',
    calcular_juros: 'D',
    permite_pagamento_por_chave_pix: 'N',
    gateway_token: 'segredo-do-gateway-nao-vazar',
    pix_client_secret: 'segredo-pix-nao-vazar',
  },
];

export const UFS: Row[] = [
  { id: '25', sigla: 'SP', nome: 'São Paulo' },
  { id: '19', sigla: 'RJ', nome: 'Rio de Janeiro' },
  { id: '13', sigla: 'MG', nome: 'Minas Gerais' },
  { id: '18', sigla: 'PR', nome: 'Paraná' },
];

export const CIDADES: Row[] = [
  { id: '3550308', nome: 'São Paulo', uf: '25' },
  { id: '3509502', nome: 'Campinas', uf: '25' },
  { id: '3304557', nome: 'Rio de Janeiro', uf: '19' },
  { id: '3303302', nome: 'Niterói', uf: '19' },
  { id: '3106200', nome: 'Belo Horizonte', uf: '13' },
  { id: '4106902', nome: 'Curitiba', uf: '18' },
];

const reais = (c: number) => (c / 100).toFixed(2);
const cepMask = (cep: string) => (cep.length === 8 ? `${cep.slice(0, 5)}-${cep.slice(5)}` : cep);

export function buildTables(world: World): IxcTables {
  const t: IxcTables = {
    cliente: [],
    fn_areceber: [],
    cliente_contrato: [],
    vd_saida: [],
    su_oss_chamado: [],
    uf: UFS.map((u) => ({ ...u })),
    cidade: CIDADES.map((c) => ({ ...c })),
    fn_carteira_cobranca: CARTEIRAS.map((c) => ({ ...c })),
  };
  for (const c of world.customers) {
    const ufId = UFS.find((u) => u.sigla === c.endereco.uf)?.id ?? '';
    const cidadeId = CIDADES.find((x) => x.nome === c.endereco.cidade && x.uf === ufId)?.id ?? '';
    const email = c.contatos
      .filter((x) => x.type === 'email')
      .map((x) => x.value)
      .join(';');
    const phone = c.contatos.find((x) => x.type === 'phone')?.value ?? '';
    t.cliente.push({
      id: c.cliente.id,
      razao: c.cliente.nome,
      fantasia: c.cliente.tipoPessoa === 'J' ? c.cliente.nome.replace(/ Ltda$/, '') : '',
      tipo_pessoa: c.cliente.tipoPessoa,
      ativo: c.cliente.ativo ? 'S' : 'N',
      // Padaria was imported with bare digits: the digits-first lookup finds it; the others need the mask.
      cnpj_cpf: c.cliente.id === '1002' ? c.cliente.documento : formatDocumento(c.cliente.documento),
      email,
      fone: '',
      telefone_celular: phone,
      whatsapp: phone,
      cep: cepMask(c.endereco.cep),
      endereco: c.endereco.endereco,
      numero: c.endereco.numero,
      complemento: c.endereco.complemento,
      bairro: c.endereco.bairro,
      cidade: cidadeId,
      uf: ufId,
      referencia: '',
      contribuinte_icms: 'N',
      tipo_assinante: '1',
      tipo_localidade: 'U',
      cob_envia_email: 'S',
      cob_envia_sms: 'N',
      iss_classificacao_padrao: '99',
      data_cadastro: '2021-03-15',
      obs: 'Cliente desde 2021',
    });
    for (const p of c.planos) {
      t.cliente_contrato.push({
        id: p.id,
        id_cliente: c.cliente.id,
        contrato: p.nome,
        status: p.status,
        status_internet: p.statusInternet,
        desbloqueio_confianca: p.desbloqueioConfianca === 'N' ? 'N' : 'S',
        desbloqueio_confianca_ativo: p.desbloqueioConfianca === 'P' ? 'N' : 'N',
        // IXC has no "already used" flag on the row: the simulator keeps it to answer 113.
        _usado: p.desbloqueioConfianca === 'P' ? 'S' : 'N',
        dt_ult_des_bloq_conf: p.desbloqueioConfianca === 'P' ? world.today : '0000-00-00',
        pago_ate_data: '0000-00-00',
        id_vd_contrato: String(Number(p.id) + 1000),
      });
    }
    for (const f of c.faturas) {
      const plano = c.planos.find((p) => p.nome === f.historico);
      t.fn_areceber.push({
        id: f.id,
        id_cliente: c.cliente.id,
        id_contrato: plano?.id ?? '0',
        status: f.paga ? 'R' : 'A',
        liberado: 'S',
        data_emissao: f.emissao ?? '0000-00-00',
        data_vencimento: f.vencimento,
        valor: reais(f.valorInicial),
        valor_aberto: f.paga ? '0.00' : reais(f.valorInicial),
        valor_recebido: f.paga ? reais(f.valorInicial) : '0.00',
        // A real open row (INTEGRATIONS.md §E Corrections): no valor_total_com_juros, and valor_juros /
        // valor_multas are payment fields, filled only once a payment is recorded. IXC computes the charges
        // from the wallet.
        valor_juros: f.paga ? reais(f.juros) : '0.00',
        valor_multas: f.paga ? reais(f.multa) : '0.00',
        id_carteira_cobranca: f.pixCode ? '2' : '1',
        linha_digitavel: f.linhaDigitavel ?? '',
        nn_boleto: f.codeFatura ?? '',
        gateway_link: '',
        documento: f.codeFatura ?? '',
        obs: '',
        _pix: f.pixCode ?? '',
        _pix_expira: f.pixExpiraEm ?? '',
        _pix_status: f.pixCode ? 'ATIVA' : '',
      });
    }
    for (const n of c.notas) {
      t.vd_saida.push({
        id: n.id,
        id_cliente: c.cliente.id,
        numero_nf: n.numero,
        data_emissao: n.emissao,
        valor_total: reais(n.valor),
        status: 'F',
      });
    }
  }
  // Titles IXC holds that the kiosk must not list: cancelled, and not yet released.
  const maria = world.customers.find((c) => c.cliente.id === '1001');
  if (maria) {
    const base = {
      id_cliente: '1001',
      id_contrato: '501',
      data_emissao: world.today,
      valor: '99.90',
      valor_aberto: '99.90',
      valor_recebido: '0.00',
      valor_juros: '0.00',
      valor_multas: '0.00',
      id_carteira_cobranca: '1',
      linha_digitavel: '',
      nn_boleto: '',
      gateway_link: '',
      documento: '',
      obs: '',
      _pix: '',
      _pix_expira: '',
      _pix_status: '',
    };
    t.fn_areceber.push({ ...base, id: '70014', status: 'C', liberado: 'S', data_vencimento: world.today });
    t.fn_areceber.push({ ...base, id: '70015', status: 'A', liberado: 'N', data_vencimento: world.today });
  }
  return t;
}

/** What the webservice returns for a row: internal `_` keys hidden. */
export function publicRow(r: Row): Row {
  return Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('_')));
}
