import { buildBoletoBancario } from '@/lib/boleto';
import { addDays, diffDays, type IsoDate } from '@/lib/domain/dates';
import { percentOf, type Centavos } from '@/lib/domain/money';
import type { Cliente, Contato, EnderecoPagador, Fatura, RegrasAtraso } from '@/lib/domain/types';
import { buildPixPayload, pixTxid } from '@/lib/pix';

/**
 * The demo ERP's seeded data. Deterministic for a given `today`: every date is relative to it, and boletos
 * are built with lib/boleto so their fator is valid in the current (post-2025) cycle. Documented in README.
 */

/** Terms the demo "bank" applies to overdue faturas: 2 % multa, 1 % a.m. juros pro rata die (30-day month). */
export const DEMO_MULTA_BP = 200;
export const DEMO_JUROS_MES_BP = 100;
/** The same terms as the boleto's instructions print them. */
export const DEMO_REGRAS_ATRASO: RegrasAtraso = {
  multa: { kind: 'percentual', percentual: DEMO_MULTA_BP / 100 },
  juros: { kind: 'percentual_mes', percentual: DEMO_JUROS_MES_BP / 100 },
};

export interface DemoCustomer {
  cliente: Cliente;
  contatos: Contato[];
  /**
   * Printed on the ficha de compensação; the same addresses the CRM demo and the ERP simulators hold, except the
   * Oficina's, left out to show a ficha without it (an ERP record missing the address).
   */
  endereco: EnderecoPagador | null;
  faturas: (today: IsoDate) => DemoFatura[];
}

export interface DemoFatura extends Fatura {
  paga: boolean;
}

/** A document that makes the demo ERP behave as if it were down, to show that screen without a real outage. */
export const DEMO_DOCUMENTO_ERP_FORA = '12345678909';

export function encargos(
  face: Centavos,
  vencimento: IsoDate,
  today: IsoDate,
): { multa: Centavos; juros: Centavos } {
  const atraso = diffDays(vencimento, today);
  if (atraso <= 0) return { multa: 0, juros: 0 };
  return {
    multa: percentOf(face, DEMO_MULTA_BP),
    juros: Math.round((face * DEMO_JUROS_MES_BP * atraso) / (10_000 * 30)),
  };
}

interface FaturaSeed {
  id: string;
  face: Centavos;
  dueIn: number;
  historico: string;
  paga?: boolean;
  /** Value written into the barcode, when it must differ from the face value (a broken ERP record). */
  encodedValue?: Centavos;
  /** Corrupt a check digit of the linha digitável (a broken ERP record). */
  corruptDigit?: boolean;
  /** No linha digitável at all: only the ERP's own boleto PDF can be printed ("PDF do banco"). */
  semLinha?: boolean;
  pix?: 'erp';
  identifier?: string;
}

const BANCO = '341';

function campoLivre(id: string): string {
  // 25 digits derived from the fatura id: carteira 109, nosso número, agência/conta of the demo beneficiary.
  const digits = id.replace(/\D/g, '').padStart(8, '0').slice(-8);
  return `109${digits}1234567890000`.padEnd(25, '0').slice(0, 25);
}

function corrupt(linha: string): string {
  // Change the first campo's check digit (position 10): a typo an ERP import can introduce.
  const i = 9;
  const d = Number(linha[i]);
  return linha.slice(0, i) + String((d + 1) % 10) + linha.slice(i + 1);
}

function fatura(
  cliente: Cliente,
  endereco: EnderecoPagador | null,
  seed: FaturaSeed,
  today: IsoDate,
): DemoFatura {
  const vencimento = addDays(today, seed.dueIn);
  const { multa, juros } = seed.paga ? { multa: 0, juros: 0 } : encargos(seed.face, vencimento, today);
  const { linhaDigitavel } = buildBoletoBancario({
    banco: BANCO,
    vencimento,
    valor: seed.encodedValue ?? seed.face,
    campoLivre: campoLivre(seed.id),
  });
  const valorFinal = seed.face + multa + juros;
  return {
    id: seed.id,
    documento: cliente.documento,
    nomeCliente: cliente.nome,
    valorInicial: seed.face,
    valorFinal,
    juros,
    multa,
    emissao: addDays(vencimento, -20),
    vencimento,
    historico: seed.historico,
    linkBoleto: null,
    linhaDigitavel: seed.semLinha ? null : seed.corruptDigit ? corrupt(linhaDigitavel) : linhaDigitavel,
    codeFatura: `FAT-${seed.id}`,
    identifier: seed.identifier ?? null,
    remoteId: `BOL-${seed.id}`,
    pixCode:
      seed.pix === 'erp'
        ? buildPixPayload({
            key: 'financeiro@padaria-pix.example.com',
            merchantName: 'Provedor Demonstracao',
            merchantCity: 'SAO PAULO',
            amount: valorFinal,
            txid: pixTxid(`ERP${seed.id}`),
          })
        : null,
    pixExpiraEm: seed.pix === 'erp' ? `${vencimento}T23:59:59-03:00` : null,
    enderecoPagador: endereco ? { ...endereco } : null,
    regrasAtraso: DEMO_REGRAS_ATRASO,
    paga: seed.paga ?? false,
  };
}

function customer(
  cliente: Cliente,
  contatos: Contato[],
  seeds: FaturaSeed[],
  endereco: EnderecoPagador | null = null,
): DemoCustomer {
  return {
    cliente,
    contatos,
    endereco,
    faturas: (today) => seeds.map((s) => fatura(cliente, endereco, s, today)),
  };
}

const rua = (
  logradouro: string,
  numero: string,
  complemento: string | null,
  bairro: string,
  cidade: string,
  uf: string,
  cep: string,
): EnderecoPagador => ({ logradouro, numero, complemento, bairro, cidade, uf, cep });

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  customer(
    { id: '1001', documento: '52998224725', nome: 'Maria Aparecida da Silva', tipoPessoa: 'F', ativo: true },
    [
      { type: 'email', value: 'maria.silva@example.com' },
      { type: 'phone', value: '11987654321' },
    ],
    [
      { id: '70012', face: 9990, dueIn: -12, historico: 'Fibra 300 Mega' },
      { id: '70013', face: 9990, dueIn: 18, historico: 'Fibra 300 Mega' },
      { id: '70011', face: 9990, dueIn: -42, historico: 'Fibra 300 Mega', paga: true },
    ],
    rua('Av. Paulista', '1000', 'ap 12', 'Bela Vista', 'São Paulo', 'SP', '01310100'),
  ),
  customer(
    {
      id: '1002',
      documento: '11222333000181',
      nome: 'Padaria Pão Quente Ltda',
      tipoPessoa: 'J',
      ativo: true,
    },
    [{ type: 'email', value: 'contato@paoquente.example.com' }],
    [{ id: '70021', face: 24990, dueIn: 5, historico: 'Empresarial 500 Mega', pix: 'erp' }],
    rua('Rua da Assembleia', '10', null, 'Centro', 'Rio de Janeiro', 'RJ', '20040002'),
  ),
  customer(
    { id: '1003', documento: '12ABC34501DE35', nome: 'Oficina Alfa Ltda', tipoPessoa: 'J', ativo: true },
    [{ type: 'phone', value: '1133334444' }],
    [
      { id: '70031', face: 18990, dueIn: 9, historico: 'Empresarial 400 Mega' },
      { id: '70032', face: 18990, dueIn: 39, historico: 'Empresarial 400 Mega' },
    ],
  ),
  customer(
    { id: '1004', documento: '11144477735', nome: 'João Pereira Santos', tipoPessoa: 'F', ativo: true },
    [{ type: 'email', value: 'joao.santos@example.com' }],
    [{ id: '70041', face: 7990, dueIn: -20, historico: 'Fibra 100 Mega', paga: true }],
    rua('Rua XV de Novembro', '200', null, 'Centro', 'Curitiba', 'PR', '80020000'),
  ),
  customer(
    { id: '1005', documento: '93541134780', nome: 'Carlos Eduardo Lima', tipoPessoa: 'F', ativo: true },
    [{ type: 'phone', value: '21998877665' }],
    [
      { id: '70051', face: 12990, dueIn: 3, historico: 'Fibra 500 Mega', corruptDigit: true },
      { id: '70052', face: 8990, dueIn: 11, historico: 'Fibra 200 Mega', encodedValue: 5990 },
    ],
    rua('Av. Atlântica', '1702', null, 'Copacabana', 'Rio de Janeiro', 'RJ', '22041001'),
  ),
  customer(
    { id: '1006', documento: '24681357928', nome: 'Ana Paula Ferreira', tipoPessoa: 'F', ativo: true },
    [{ type: 'email', value: 'ana.ferreira@example.com' }],
    // The ERP sent no linha digitável: the kiosk falls back to the ERP's own PDF (issue #3).
    [{ id: '70061', face: 11990, dueIn: 7, historico: 'Fibra 400 Mega', semLinha: true }],
    rua('Rua dos Andradas', '1234', 'sala 5', 'Centro Histórico', 'Porto Alegre', 'RS', '90010150'),
  ),
];
