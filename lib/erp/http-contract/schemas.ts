import { z } from 'zod';

/**
 * The 004 contract's outputs as they arrive. The contract calls every value a STRING, but real automations
 * send numbers, booleans and nulls too, so leaves accept all of those and the mappers do the parsing.
 * Unknown keys are allowed (vendors add their own) and ignored.
 */
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();

export const faturaSchema = z.looseObject({
  document_number: scalar,
  fatura: z.union([z.string().min(1), z.number()]),
  nome_cliente: scalar,
  valor_inicial: scalar,
  valor_final: scalar,
  juros: scalar,
  multa: scalar,
  emissao: scalar,
  vencimento: z.union([z.string(), z.number()]),
  historico: scalar,
  link_boleto: scalar,
  linha_digitavel: scalar,
  code_fatura: scalar,
  identifier: scalar,
  remote_id: scalar,
  pix_code: scalar,
  // Optional additions to 004 (docs/erp-contract.md "Valores"): what explains a valor_final below valor_inicial.
  valor_pago: scalar,
  desconto: scalar,
  // Optional additions for the printed boleto (docs/erp-contract.md "Para o boleto impresso"): the payer's
  // address (banks require it on the ficha) and the late-payment terms (its instructions).
  pagador_endereco: scalar,
  pagador_numero: scalar,
  pagador_complemento: scalar,
  pagador_bairro: scalar,
  pagador_cidade: scalar,
  pagador_uf: scalar,
  pagador_cep: scalar,
  multa_percentual: scalar,
  juros_percentual_mes: scalar,
});
export type ContractFatura = z.infer<typeof faturaSchema>;

/** "Informações do cliente" (not detailed in 004's text; shape documented in docs/erp-contract.md). */
export const clienteSchema = z.looseObject({
  remote_id: scalar,
  id: scalar,
  document_number: scalar,
  nome: z.union([z.string(), z.number()]),
  tipo_pessoa: scalar,
  ativo: scalar,
});

export const pdfSchema = z.looseObject({ base_64: z.string() });

export const baixaSchema = z.looseObject({
  success: z.union([z.boolean(), z.string(), z.number()]),
  api_response: z.unknown().optional(),
});

export const contatoSchema = z.looseObject({ type: z.string(), value: z.union([z.string(), z.number()]) });

export const pendenciaSchema = z.union([z.string(), z.looseObject({ mensagem: z.string() })]);

export const planoSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  nome: z.union([z.string(), z.number()]),
  status: scalar,
  desbloqueio_disponivel: scalar,
  valor: scalar,
});

export const desbloqueioSchema = z.looseObject({
  success: z.union([z.boolean(), z.string(), z.number()]),
  codigo: scalar,
  mensagem: scalar,
  liberado_ate: scalar,
});

export const notaFiscalSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  numero: scalar,
  emissao: scalar,
  valor: scalar,
});

export const chamadoSchema = z.looseObject({
  remote_id: z.union([z.string(), z.number()]),
  protocolo: scalar,
});

export const pedidoSchema = z.looseObject({
  remote_id: z.union([z.string(), z.number()]),
  remote_message: scalar,
  is_issue: scalar,
});

export const revendedorSchema = z.looseObject({
  code: z.union([z.string(), z.number()]),
  name: z.union([z.string(), z.number()]),
  taxvat: scalar,
  email: scalar,
});
export const produtoSchema = z.looseObject({
  codigo: z.union([z.string(), z.number()]),
  nome: z.union([z.string(), z.number()]),
});
export const dataVencimentoSchema = z.looseObject({
  code: z.union([z.string(), z.number()]),
  name: z.union([z.string(), z.number()]),
});
export const origemSchema = z.looseObject({
  code: z.union([z.string(), z.number()]),
  description: z.union([z.string(), z.number()]),
});
