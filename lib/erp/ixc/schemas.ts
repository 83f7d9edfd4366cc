import { z } from 'zod';

/**
 * IXC Soft webservice payloads (INTEGRATIONS.md §E). Every value arrives as a string ("0.00", "2026-11-22",
 * "0000-00-00", "S"/"N"); numbers and nulls are tolerated too. Unknown keys are kept: the PUT of `cliente`
 * must send back every field it read.
 */
const v = z.union([z.string(), z.number(), z.null()]).optional();
const row = z.record(z.string(), z.unknown());

/** `{page, total, registros}`; `registros` may be an array, an object keyed by index, or missing when empty. */
export const listSchema = z.looseObject({
  page: v,
  total: z.union([z.string(), z.number()]),
  registros: z.union([z.array(row), z.record(z.string(), row), z.null()]).optional(),
});

/** Inserts and actions: `{type, message, id}`. */
export const actionSchema = z.looseObject({
  type: z.string().optional(),
  message: v,
  id: v,
});

/** Portuguese-keyed answers (desbloqueio_confianca): `{tipo, codigo, mensagem}`. */
export const desbloqueioSchema = z.looseObject({ tipo: z.string(), codigo: v, mensagem: v });

export const clienteSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  razao: v,
  fantasia: v,
  tipo_pessoa: v,
  ativo: v,
  cnpj_cpf: v,
  email: v,
  fone: v,
  telefone_celular: v,
  whatsapp: v,
  cep: v,
  endereco: v,
  numero: v,
  complemento: v,
  bairro: v,
  cidade: v,
  uf: v,
});
export type IxcCliente = z.infer<typeof clienteSchema>;

export const areceberSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  id_cliente: v,
  id_contrato: v,
  status: v,
  liberado: v,
  data_emissao: v,
  data_vencimento: v,
  valor: v,
  valor_aberto: v,
  valor_recebido: v,
  valor_juros: v,
  valor_multas: v,
  valor_total_com_juros: v,
  linha_digitavel: v,
  nn_boleto: v,
  gateway_link: v,
  documento: v,
  obs: v,
  id_carteira_cobranca: v,
});
export type IxcAreceber = z.infer<typeof areceberSchema>;

export const contratoSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  id_cliente: v,
  contrato: v,
  status: v,
  status_internet: v,
  desbloqueio_confianca: v,
  desbloqueio_confianca_ativo: v,
  pago_ate_data: v,
  id_vd_contrato: v,
});
export type IxcContrato = z.infer<typeof contratoSchema>;

/** vd_saida: field names beyond id/id_cliente/data_emissao/valor_total vary (UNCERTAIN, INTEGRATIONS §E). */
export const saidaSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]),
  id_cliente: v,
  numero_nf: v,
  numero: v,
  data_emissao: v,
  valor_total: v,
  status: v,
});
export type IxcSaida = z.infer<typeof saidaSchema>;

/**
 * get_pix: `{pix:{qrCode:{qrcode,imagemSrc}, dadosPix:{pixCopiaECola, status, expiracaoPix, …}}, gateway}`
 * (INTEGRATIONS.md §E Corrections; DeskcommCRM `buscarPixNoIxc`: `qrCode.qrcode` and `dadosPix.pixCopiaECola`
 * are the same string, and `ATIVA` is the only status in which the code can still be paid — the BACEN cob/cobv
 * statuses are ATIVA, CONCLUIDA, REMOVIDA_PELO_USUARIO_RECEBEDOR, REMOVIDA_PELO_PSP).
 */
export const pixSchema = z.looseObject({
  type: z.string().optional(),
  message: v,
  pix: z
    .looseObject({
      qrCode: z.looseObject({ qrcode: z.string().optional(), imagemSrc: v }).optional(),
      dadosPix: z.looseObject({ pixCopiaECola: v, status: v, expiracaoPix: v }).optional(),
    })
    .optional(),
});

/**
 * fn_carteira_cobranca, projected to the late-charge and Pix fields only: the row also holds gateway tokens,
 * client secrets and certificates, which are dropped here and never logged.
 */
export const carteiraSchema = z
  .looseObject({
    id: z.union([z.string().min(1), z.number()]),
    multap: v,
    multav: v,
    jurop: v,
    jurop_mes: v,
    jurov: v,
    permite_pagamento_por_chave_pix: v,
  })
  .transform((c) => ({
    id: String(c.id),
    multap: c.multap == null ? null : String(c.multap),
    multav: c.multav == null ? null : String(c.multav),
    jurop: c.jurop == null ? null : String(c.jurop),
    jurop_mes: c.jurop_mes == null ? null : String(c.jurop_mes),
    jurov: c.jurov == null ? null : String(c.jurov),
    permite_pagamento_por_chave_pix:
      c.permite_pagamento_por_chave_pix == null ? null : String(c.permite_pagamento_por_chave_pix),
  }));
export type IxcCarteira = z.output<typeof carteiraSchema>;

export const cidadeSchema = z.looseObject({ id: z.union([z.string(), z.number()]), nome: v, uf: v });
export const ufSchema = z.looseObject({ id: z.union([z.string(), z.number()]), sigla: v });
