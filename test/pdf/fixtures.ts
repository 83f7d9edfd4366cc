import { parseLinhaDigitavel } from '@/lib/boleto';
import { loadConfig } from '@/lib/config';
import type { IsoDate } from '@/lib/domain/dates';
import type { Fatura } from '@/lib/domain/types';
import { createDemoErp } from '@/lib/erp/demo';
import { DEMO_CUSTOMERS } from '@/lib/erp/demo/data';
import type { BoletoDocumentData } from '@/lib/pdf';
import { buildPixPayload, pixTxid } from '@/lib/pix';
import { avaliarFatura } from '@/lib/services/avaliar-fatura';

/** Every date in the fixtures hangs on this one, so snapshots are stable. */
export const TODAY: IsoDate = '2026-11-22';

const config = loadConfig({});
export const BENEFICIARIO = {
  nome: config.business.name,
  cnpj: config.business.cnpj,
  endereco: config.business.address,
};

export interface Case {
  name: string;
  data: BoletoDocumentData;
}

/** Every open demo fatura that passes the integrity gate, with its Pix (ERP or configured key). */
export async function demoCases(): Promise<{ printable: Case[]; refused: Fatura[] }> {
  const erp = createDemoErp({ today: () => TODAY });
  const printable: Case[] = [];
  const refused: Fatura[] = [];
  for (const customer of DEMO_CUSTOMERS) {
    for (const fatura of await erp.listFaturas(customer.cliente.documento)) {
      const a = avaliarFatura(fatura, TODAY, config.pix);
      if (!a.boleto.ok) {
        refused.push(fatura);
        continue;
      }
      printable.push({
        name: `demo-${fatura.id}`,
        data: {
          beneficiario: BENEFICIARIO,
          fatura,
          boleto: a.boleto.info,
          pix: a.pix.ok ? { payload: a.pix.payload, expiraEm: a.pix.expiraEm } : null,
          emitidoEm: TODAY,
        },
      });
    }
  }
  return { printable, refused };
}

/** BOLETO-PIX.md §3: the published bancário and arrecadação vectors. */
export const VECTORS = [
  '10492006506100010004200997263900989810000021403',
  '23794150099001980167035000211405700000000000000',
  '23791.22928 50000.000005 06000.046901 4 70300000001500',
  '23790.00124 50005.663146 87123.456706 8 10010000000200',
  '23790.00124 50003.608440 54123.456706 4 99990000000200',
  '846100000005246100291102005460339004695895061080',
  '838600000050096000190009000801782309000343062712',
  '846300000003299902962024004101360008002006441147',
] as const;

/**
 * A fatura that carries a published linha digitável, with the value and due date it encodes (or a face
 * value and a date when it encodes none), and a Pix for the same amount built from the demo key.
 */
export function vectorCase(linha: string, index: number): Case {
  const parsed = parseLinhaDigitavel(linha, TODAY);
  if (!parsed.ok) throw new Error(`vetor inválido ${linha}: ${parsed.reason}`);
  const valor = parsed.boleto.valor ?? 15_000;
  const fatura: Fatura = {
    id: `V${index + 1}`,
    documento: '52998224725',
    nomeCliente: 'Maria Aparecida da Silva',
    valorInicial: valor,
    valorFinal: valor,
    juros: 0,
    multa: 0,
    emissao: null,
    vencimento: parsed.boleto.vencimento ?? '2026-12-10',
    historico: 'Vetor publicado',
    linkBoleto: null,
    linhaDigitavel: linha,
    codeFatura: `VETOR-${index + 1}`,
    identifier: null,
    remoteId: null,
    pixCode: null,
  };
  const key = config.pix.defaultKey;
  if (!key) throw new Error('a configuração demo deveria ter uma chave Pix');
  const payload = buildPixPayload({
    key: key.key,
    merchantName: key.name,
    merchantCity: key.city,
    amount: valor,
    txid: pixTxid(fatura.id),
  });
  return {
    name: `vetor-${index + 1}-${parsed.boleto.tipo}`,
    data: {
      beneficiario: BENEFICIARIO,
      fatura,
      boleto: parsed.boleto,
      pix: { payload, expiraEm: null },
      emitidoEm: TODAY,
    },
  };
}
