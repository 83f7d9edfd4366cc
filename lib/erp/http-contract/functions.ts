import type { ErpCapability } from '../port';

/**
 * The functions of the 004 contract as HTTP endpoints. With only a base URL and a token, each function is
 * `POST <base><path>` with its inputs as a JSON body (the contract's "Entrada") and the contract's "Saída" as
 * the response. docs/erp-contract.md documents every one with an example; keep the two in step.
 */
export const CONTRACT_FUNCTIONS = [
  'cliente',
  'listar_faturas',
  'pegar_fatura',
  'pdf_boleto',
  'baixa_boleto',
  'contatos',
  'pendencias',
  'planos',
  'planos_bloqueados',
  'desbloqueio',
  'notas_fiscais',
  'nota_fiscal_pdf',
  'chamado',
  'pedido',
  'pedido_cliente_existente',
  'lead',
  'revendedores',
  'produtos',
  'datas_vencimento',
  'origens_comerciais',
  'editar_cliente',
] as const;

export type ContractFunction = (typeof CONTRACT_FUNCTIONS)[number];

export interface ContractFunctionSpec {
  defaultPath: string;
  /** Reads have no side effects: the kiosk may send them more than once (retries). */
  read: boolean;
  /** The port capability this function provides; null for the functions every adapter must have. */
  capability: ErpCapability | null;
}

export const FUNCTION_SPECS: Readonly<Record<ContractFunction, ContractFunctionSpec>> = {
  cliente: { defaultPath: '/cliente', read: true, capability: null },
  listar_faturas: { defaultPath: '/faturas', read: true, capability: null },
  pegar_fatura: { defaultPath: '/fatura', read: true, capability: null },
  pdf_boleto: { defaultPath: '/boleto/pdf', read: true, capability: 'boletoPdf' },
  baixa_boleto: { defaultPath: '/boleto/baixa', read: false, capability: 'baixa' },
  contatos: { defaultPath: '/contatos', read: true, capability: 'contatos' },
  pendencias: { defaultPath: '/pendencias', read: true, capability: 'pendencias' },
  planos: { defaultPath: '/planos', read: true, capability: 'planos' },
  planos_bloqueados: { defaultPath: '/planos/bloqueados', read: true, capability: 'planosBloqueados' },
  desbloqueio: { defaultPath: '/planos/desbloqueio', read: false, capability: 'desbloqueio' },
  notas_fiscais: { defaultPath: '/notas-fiscais', read: true, capability: 'notasFiscais' },
  nota_fiscal_pdf: { defaultPath: '/notas-fiscais/pdf', read: true, capability: 'notaFiscalPdf' },
  chamado: { defaultPath: '/chamados', read: false, capability: 'chamado' },
  pedido: { defaultPath: '/pedidos', read: false, capability: 'pedido' },
  pedido_cliente_existente: {
    defaultPath: '/pedidos/cliente-existente',
    read: false,
    capability: 'pedidoClienteExistente',
  },
  lead: { defaultPath: '/leads', read: false, capability: 'lead' },
  revendedores: { defaultPath: '/revendedores', read: true, capability: 'revendedores' },
  produtos: { defaultPath: '/produtos', read: true, capability: 'produtos' },
  datas_vencimento: { defaultPath: '/datas-vencimento', read: true, capability: 'datasVencimento' },
  origens_comerciais: { defaultPath: '/origens-comerciais', read: true, capability: 'origensComerciais' },
  editar_cliente: { defaultPath: '/cliente/editar', read: false, capability: 'atualizarCliente' },
};

/** Functions the kiosk cannot work without: they can be moved, never switched off. */
export const REQUIRED_FUNCTIONS: readonly ContractFunction[] = ['listar_faturas', 'pegar_fatura'];
