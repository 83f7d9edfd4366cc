import { todayInSaoPaulo, type IsoDate } from '@/lib/domain/dates';
import type { Cliente, Contato, Fatura } from '@/lib/domain/types';
import { DEMO_CUSTOMERS, DEMO_DOCUMENTO_ERP_FORA } from '@/lib/erp/demo/data';

/**
 * The customers every simulator serves: the demo ERP's (lib/erp/demo/data.ts), so the kiosk flow and its e2e
 * assertions hold whichever adapter is configured, plus the data the demo has no use for (address,
 * contracts/plans, notas fiscais) and mutable state the write functions change (baixas, edits, chamados).
 * Each simulator renders this world in its vendor's shapes.
 */

export { DEMO_DOCUMENTO_ERP_FORA };

export interface WorldPlano {
  id: string;
  nome: string;
  /** IXC vocabulary: the http-contract simulator maps it to its own. */
  status: 'A' | 'I' | 'D';
  statusInternet: 'A' | 'D' | 'CM' | 'CA' | 'FA' | 'AA';
  /** desbloqueio_confianca: S allowed, N not, P already used (awaiting payment). */
  desbloqueioConfianca: 'S' | 'N' | 'P';
  valor: number;
}

export interface WorldNota {
  id: string;
  numero: string;
  emissao: IsoDate;
  valor: number;
}

export interface WorldEndereco {
  cep: string;
  endereco: string;
  numero: string;
  complemento: string;
  bairro: string;
  cidade: string;
  uf: string;
}

export interface WorldCustomer {
  cliente: Cliente;
  contatos: Contato[];
  /** Open AND paid faturas; simulators filter like their ERP does. */
  faturas: (Fatura & { paga: boolean })[];
  endereco: WorldEndereco;
  planos: WorldPlano[];
  notas: WorldNota[];
}

export interface WorldEvent {
  kind: 'baixa' | 'chamado' | 'pedido' | 'lead' | 'edicao' | 'desbloqueio';
  documento?: string;
  payload: unknown;
}

export interface World {
  today: IsoDate;
  customers: WorldCustomer[];
  events: WorldEvent[];
  byDocumento(doc: string): WorldCustomer | undefined;
  byClienteId(id: string): WorldCustomer | undefined;
}

const EXTRA: Record<
  string,
  { endereco: WorldEndereco; planos: WorldPlano[]; notas: (today: IsoDate) => WorldNota[] }
> = {
  '1001': {
    endereco: {
      cep: '01310100',
      endereco: 'Av. Paulista',
      numero: '1000',
      complemento: 'ap 12',
      bairro: 'Bela Vista',
      cidade: 'São Paulo',
      uf: 'SP',
    },
    // Overdue fatura → financial block, trust unlock available: the desbloqueio flow.
    planos: [
      {
        id: '501',
        nome: 'Fibra 300 Mega',
        status: 'A',
        statusInternet: 'FA',
        desbloqueioConfianca: 'S',
        valor: 9990,
      },
    ],
    notas: (t) => [{ id: '9001', numero: '000123', emissao: shift(t, -42), valor: 9990 }],
  },
  '1002': {
    endereco: {
      cep: '20040002',
      endereco: 'Rua da Assembleia',
      numero: '10',
      complemento: '',
      bairro: 'Centro',
      cidade: 'Rio de Janeiro',
      uf: 'RJ',
    },
    planos: [
      {
        id: '502',
        nome: 'Empresarial 500 Mega',
        status: 'A',
        statusInternet: 'A',
        desbloqueioConfianca: 'S',
        valor: 24990,
      },
    ],
    notas: () => [],
  },
  '1003': {
    endereco: {
      cep: '30130010',
      endereco: 'Av. Afonso Pena',
      numero: '500',
      complemento: 'loja 2',
      bairro: 'Centro',
      cidade: 'Belo Horizonte',
      uf: 'MG',
    },
    planos: [
      {
        id: '503',
        nome: 'Empresarial 400 Mega',
        status: 'A',
        statusInternet: 'A',
        desbloqueioConfianca: 'N',
        valor: 18990,
      },
    ],
    notas: () => [],
  },
  '1004': {
    endereco: {
      cep: '80020000',
      endereco: 'Rua XV de Novembro',
      numero: '200',
      complemento: '',
      bairro: 'Centro',
      cidade: 'Curitiba',
      uf: 'PR',
    },
    planos: [
      {
        id: '504',
        nome: 'Fibra 100 Mega',
        status: 'A',
        statusInternet: 'A',
        desbloqueioConfianca: 'S',
        valor: 7990,
      },
    ],
    notas: (t) => [{ id: '9041', numero: '000456', emissao: shift(t, -20), valor: 7990 }],
  },
  '1005': {
    endereco: {
      cep: '22041001',
      endereco: 'Av. Atlântica',
      numero: '1702',
      complemento: '',
      bairro: 'Copacabana',
      cidade: 'Rio de Janeiro',
      uf: 'RJ',
    },
    planos: [
      {
        id: '505',
        nome: 'Fibra 500 Mega',
        status: 'A',
        statusInternet: 'CM',
        desbloqueioConfianca: 'N',
        valor: 12990,
      },
      // Trust unlock already used and the fatura still unpaid: IXC answers 113.
      {
        id: '506',
        nome: 'Fibra 200 Mega',
        status: 'A',
        statusInternet: 'CA',
        desbloqueioConfianca: 'P',
        valor: 8990,
      },
      {
        id: '507',
        nome: 'Fibra 50 Mega (antigo)',
        status: 'I',
        statusInternet: 'D',
        desbloqueioConfianca: 'N',
        valor: 4990,
      },
    ],
    notas: () => [],
  },
};

function shift(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function buildWorld(today: IsoDate = todayInSaoPaulo()): World {
  const customers: WorldCustomer[] = DEMO_CUSTOMERS.map((c) => {
    const extra = EXTRA[c.cliente.id];
    return {
      cliente: { ...c.cliente },
      contatos: c.contatos.map((x) => ({ ...x })),
      faturas: c.faturas(today).map((f) => ({ ...f })),
      endereco: extra
        ? { ...extra.endereco }
        : { cep: '', endereco: '', numero: '', complemento: '', bairro: '', cidade: '', uf: '' },
      planos: extra ? extra.planos.map((p) => ({ ...p })) : [],
      notas: extra ? extra.notas(today) : [],
    };
  });
  return {
    today,
    customers,
    events: [],
    byDocumento: (doc) =>
      customers.find((c) => c.cliente.documento === doc.replace(/[\s./-]/g, '').toUpperCase()),
    byClienteId: (id) => customers.find((c) => c.cliente.id === id),
  };
}

/** A tiny valid PDF for boleto and nota fiscal downloads (simulators only; the kiosk validates bytes). */
export function fakePdf(title: string): Uint8Array {
  const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Contents 4 0 R>>endobj\n4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 10 50 Td (${title.replace(/[()\\]/g, '')}) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
