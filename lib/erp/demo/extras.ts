import { addDays, formatDateBR, type IsoDate } from '@/lib/domain/dates';
import type { CodigoNome, NotaFiscal, Plano, Revendedor } from '@/lib/domain/types';
import { demoTextPdf } from './boleto-pdf';

/**
 * What the demo ERP holds beyond faturas: plans, notas fiscais, internal notices and the lists a sign-up needs.
 * The same customers and plans as the simulators' world (test/simulators/shared/world.ts), so a screen looks
 * alike whichever ERP is configured. Documented in the README's demo table.
 */

export interface DemoPlano extends Plano {
  /** The ERP would refuse an unlock of this plan: it was already used and the fatura is still unpaid. */
  jaUsado?: boolean;
}

export const DEMO_PLANOS: Readonly<Record<string, readonly DemoPlano[]>> = {
  // Maria: overdue fatura → financial block; trust unlock available.
  '1001': [
    { id: '501', nome: 'Fibra 300 Mega', status: 'bloqueado', desbloqueioDisponivel: true, valor: 9990 },
  ],
  '1002': [
    { id: '502', nome: 'Empresarial 500 Mega', status: 'ativo', desbloqueioDisponivel: false, valor: 24990 },
  ],
  '1003': [
    { id: '503', nome: 'Empresarial 400 Mega', status: 'ativo', desbloqueioDisponivel: false, valor: 18990 },
  ],
  '1004': [{ id: '504', nome: 'Fibra 100 Mega', status: 'ativo', desbloqueioDisponivel: false, valor: 7990 }],
  // Carlos: a manual block (staff's decision, not unlockable), a plan whose unlock was already used, an old one.
  '1005': [
    { id: '505', nome: 'Fibra 500 Mega', status: 'bloqueado', desbloqueioDisponivel: false, valor: 12990 },
    {
      id: '506',
      nome: 'Fibra 200 Mega',
      status: 'bloqueado',
      desbloqueioDisponivel: true,
      valor: 8990,
      jaUsado: true,
    },
    {
      id: '507',
      nome: 'Fibra 50 Mega (antigo)',
      status: 'cancelado',
      desbloqueioDisponivel: false,
      valor: 4990,
    },
  ],
};

export function demoNotas(clienteId: string, today: IsoDate): NotaFiscal[] {
  if (clienteId === '1001')
    return [{ id: '9001', numero: '000123', emissao: addDays(today, -42), valor: 9990 }];
  if (clienteId === '1004')
    return [{ id: '9041', numero: '000456', emissao: addDays(today, -20), valor: 7990 }];
  return [];
}

/** Internal notices (staff text, never shown to the customer): one customer has one. */
export const DEMO_PENDENCIAS: Readonly<Record<string, readonly string[]>> = {
  '1005': ['Contrato 505 bloqueado manualmente pelo financeiro'],
};

export const DEMO_PRODUTOS: readonly CodigoNome[] = [
  { code: '10', name: 'Fibra 300 Mega' },
  { code: '11', name: 'Fibra 500 Mega' },
  { code: '12', name: 'Fibra 1 Giga' },
];
export const DEMO_VENCIMENTOS: readonly CodigoNome[] = [
  { code: '5', name: '5' },
  { code: '10', name: '10' },
  { code: '20', name: '20' },
];
export const DEMO_ORIGENS: readonly CodigoNome[] = [
  { code: 'INDICACAO', name: 'Indicação de amigo' },
  { code: 'LOJA', name: 'Passei na loja' },
  { code: 'INTERNET', name: 'Internet / redes sociais' },
];
export const DEMO_REVENDEDORES: readonly Revendedor[] = [
  { code: 'R1', name: 'Loja Centro', taxvat: '11222333000181', email: 'centro@example.com' },
  { code: 'R2', name: 'Loja Zona Norte', taxvat: '11444777000161', email: 'norte@example.com' },
];

export function demoNotaPdf(nota: NotaFiscal, tomador: string): Uint8Array {
  return demoTextPdf([
    'NOTA FISCAL DE SERVICO ELETRONICA (DEMONSTRACAO)',
    `Numero: ${nota.numero}`,
    `Emissao: ${nota.emissao ? formatDateBR(nota.emissao) : '-'}`,
    `Tomador: ${tomador}`,
    `Valor dos servicos: R$ ${(nota.valor / 100).toFixed(2).replace('.', ',')}`,
  ]);
}
