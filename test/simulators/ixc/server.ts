import { fakePdf, buildWorld, DEMO_DOCUMENTO_ERP_FORA, type World } from '../shared/world';
import {
  HTML_ERROR_PAGE,
  startSimServer,
  type SimRequest,
  type SimResponse,
  type SimServer,
} from '../shared/sim-server';
import { buildTables, publicRow, type IxcTables, type Row } from './tables';

/**
 * An IXC Soft webservice (`/webservice/v1/<table>`) as INTEGRATIONS.md §E describes it: HTTP Basic with the
 * `id:hash` token, listings only as POST + `ixcsoft: listar` (a POST without it is an insert), `{page, total,
 * registros}` with every value a string, `registros` as an index-keyed object when there is one row and absent
 * when there is none, `cnpj_cpf` stored masked, errors as HTTP 200 `{type:"error"}`, desbloqueio answers in
 * Portuguese `{tipo, codigo, mensagem}` (106/107/109/113), get_boleto as base64 text, and a PUT that blanks
 * every field it was not sent.
 */

export interface IxcSimOptions {
  /** The user token as IXC shows it: `id:hash`. */
  token?: string;
  port?: number;
  latencyMs?: number;
  today?: string;
}

export interface IxcSimEvent {
  kind: 'baixa' | 'chamado' | 'desbloqueio' | 'edicao';
  payload: unknown;
}

export interface IxcSim {
  server: SimServer;
  url: string;
  token: string;
  tables(): IxcTables;
  events(): IxcSimEvent[];
  world(): World;
  reset(): void;
  close(): Promise<void>;
}

const PREFIX = '/webservice/v1/';
const ok = (body: unknown): SimResponse => ({ body });
const ixcError = (message: string): SimResponse => ({ body: { type: 'error', message } });

interface ListBody {
  qtype?: string;
  query?: string;
  oper?: string;
  page?: string;
  rp?: string;
  sortname?: string;
  sortorder?: string;
  grid_param?: string;
}

function field(name: string | undefined): string {
  const n = name ?? 'id';
  return n.includes('.') ? (n.split('.')[1] ?? n) : n;
}

function matches(row: Row, f: string, op: string, value: string): boolean {
  const v = row[f] ?? '';
  switch (op) {
    case '=':
      return v === value;
    case '!=':
      return v !== value;
    case 'L':
      return v.toLowerCase().includes(value.toLowerCase());
    case '>':
      return v > value;
    case '<':
      return v < value;
    case '>=':
      return v >= value;
    case '<=':
      return v <= value;
    default:
      return false;
  }
}

export async function startIxcSimulator(options: IxcSimOptions = {}): Promise<IxcSim> {
  const token = options.token ?? '7:d1e8a7c6b5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6';
  const expectedAuth = `Basic ${Buffer.from(token).toString('base64')}`;
  let world = buildWorld(options.today);
  let tables = buildTables(world);
  let events: IxcSimEvent[] = [];
  let nextId = 9000;

  function listar(table: keyof IxcTables, body: ListBody): SimResponse {
    const rows = tables[table];
    let out = rows.filter((r) =>
      body.qtype ? matches(r, field(body.qtype), body.oper ?? '=', body.query ?? '') : true,
    );
    if (body.grid_param) {
      const grid = JSON.parse(body.grid_param) as { TB: string; OP: string; P: string }[];
      out = out.filter((r) => grid.every((g) => matches(r, field(g.TB), g.OP, g.P)));
    }
    const sortField = field(body.sortname);
    out = [...out].sort((a, b) =>
      (a[sortField] ?? '').localeCompare(b[sortField] ?? '', 'pt-BR', { numeric: true }),
    );
    if (body.sortorder === 'desc') out.reverse();
    const rp = Number(body.rp ?? '20');
    const page = Number(body.page ?? '1');
    const slice = out.slice((page - 1) * rp, page * rp).map(publicRow);
    const response: Record<string, unknown> = { page: String(page), total: String(out.length) };
    if (slice.length === 1) response.registros = { '0': slice[0] };
    else if (slice.length > 1) response.registros = slice;
    return ok(response);
  }

  /**
   * desbloqueio_confianca as goixc (form_desbloqueio_confianca.go and its test) knows it: the contract id may
   * come as a number (goixc sends an int64); 106 for an unknown contract (its test uses id -1), 109 inactive,
   * 107 when the contract's internet is already released — goixc reads 107 as "já está desbloqueado" and its
   * test unlocks an active contract without error —, 113 already used with a title unpaid.
   */
  function desbloqueio(body: Record<string, unknown>): SimResponse {
    const id = typeof body.id === 'number' || typeof body.id === 'string' ? String(body.id) : '';
    const c = tables.cliente_contrato.find((r) => r.id === id);
    if (!c) return ok({ tipo: 'erro', codigo: '106', mensagem: 'Contrato não encontrado!' });
    if (c.status !== 'A') return ok({ tipo: 'erro', codigo: '109', mensagem: 'Contrato inativo!' });
    if (c.desbloqueio_confianca_ativo === 'S' || c.status_internet === 'A')
      return ok({ tipo: 'erro', codigo: '107', mensagem: 'Desbloqueio de confiança já ativo!' });
    if (c._usado === 'S')
      return ok({
        tipo: 'erro',
        codigo: '113',
        mensagem: 'Desbloqueio já utilizado e há títulos em aberto!',
      });
    c.status_internet = 'A';
    c.desbloqueio_confianca_ativo = 'S';
    c._usado = 'S';
    events.push({ kind: 'desbloqueio', payload: { id } });
    return ok({ tipo: 'sucesso', mensagem: 'Desbloqueio de confiança efetuado com sucesso!' });
  }

  function handle(req: SimRequest): SimResponse {
    if (!req.path.startsWith(PREFIX))
      return { status: 404, headers: { 'content-type': 'text/html' }, body: HTML_ERROR_PAGE };
    if (req.headers.authorization !== expectedAuth) {
      return { status: 401, body: { type: 'error', message: 'Token inválido ou usuário sem permissão!' } };
    }
    const rest = req.path.slice(PREFIX.length);
    let body: Record<string, string> = {};
    try {
      body = req.bodyText ? (JSON.parse(req.bodyText) as Record<string, string>) : {};
    } catch {
      return { headers: { 'content-type': 'text/html' }, body: HTML_ERROR_PAGE };
    }
    if (body.query && body.query.replace(/\D/g, '') === DEMO_DOCUMENTO_ERP_FORA) {
      return { status: 503, headers: { 'content-type': 'text/html' }, body: HTML_ERROR_PAGE };
    }
    const listing = req.headers.ixcsoft === 'listar';

    if (req.method === 'PUT') {
      const [table, id] = rest.split('/');
      if (table !== 'cliente' || !id) return ixcError('Operação não permitida');
      const i = tables.cliente.findIndex((r) => r.id === id);
      const current = tables.cliente[i];
      if (!current) return ixcError('Registro não encontrado');
      // The documented trap: every field not sent is blanked.
      const replaced: Row = Object.fromEntries(Object.keys(current).map((k) => [k, body[k] ?? '']));
      replaced.id = id;
      tables.cliente[i] = replaced;
      events.push({ kind: 'edicao', payload: body });
      return ok({ type: 'success', message: 'Registro atualizado com sucesso!', id });
    }
    if (req.method !== 'POST') return ixcError('Método não suportado');

    switch (rest) {
      case 'cliente':
      case 'fn_areceber':
      case 'cliente_contrato':
      case 'vd_saida':
      case 'uf':
      case 'cidade':
      case 'fn_carteira_cobranca':
        if (!listing) return ixcError('Preencha os campos obrigatórios!');
        return listar(rest, body);
      case 'su_oss_chamado': {
        if (listing) return listar('su_oss_chamado', body);
        if (!body.id_cliente || !body.id_assunto)
          return ixcError('Preencha os campos obrigatórios: id_cliente, id_assunto');
        const id = String(nextId++);
        tables.su_oss_chamado.push({ ...body, id });
        events.push({ kind: 'chamado', payload: body });
        return ok({ type: 'success', message: 'Registro inserido com sucesso!', id });
      }
      case 'get_boleto': {
        const t = tables.fn_areceber.find((r) => r.id === String(body.boletos));
        if (!t || t.status === 'C') return ixcError('Boleto não encontrado!');
        const pdf = fakePdf(`Boleto IXC ${t.id}`);
        // IXC sends the base64 text with an HTML content type.
        return {
          headers: { 'content-type': 'text/html; charset=UTF-8' },
          body: body.base64 === 'N' ? pdf : Buffer.from(pdf).toString('base64'),
        };
      }
      case 'imprimir_nota': {
        const n = tables.vd_saida.find((r) => r.id === String(body.id));
        if (!n) return ixcError('Nota não encontrada!');
        return {
          headers: { 'content-type': 'text/html; charset=UTF-8' },
          body: Buffer.from(fakePdf(`NF ${n.numero_nf ?? ''}`)).toString('base64'),
        };
      }
      case 'get_pix': {
        const t = tables.fn_areceber.find((r) => r.id === String(body.id_areceber));
        // A title IXC cannot find answers HTTP 500 with a JSON body (measured on a live install, DeskcommCRM).
        if (!t) return { status: 500, body: { type: 'error', message: 'Título não encontrado' } };
        if (!t._pix) return ixcError('Nenhum gateway com Pix configurado para este título.');
        const e = t._pix_expira ?? '';
        // expiracaoPix is "DD/MM/YYYY HH:mm:ss"; a full timestamp in _pix_expira keeps its time.
        const exp = e
          ? `${e.slice(8, 10)}/${e.slice(5, 7)}/${e.slice(0, 4)} ${/T\d{2}:\d{2}/.test(e) ? `${e.slice(11, 19)}` : '23:59:59'}`
          : '';
        return ok({
          type: 'success',
          pix: {
            qrCode: { qrcode: t._pix, imagemSrc: 'data:image/png;base64,' },
            dadosPix: {
              pixCopiaECola: t._pix,
              status: t._pix_status || 'ATIVA',
              expiracaoPix: exp,
              txid: `TX${t.id}`,
              devedor: { nome: 'não usado pelo totem' },
            },
          },
          gateway: { gatewayNome: 'Banco Simulado' },
        });
      }
      case 'desbloqueio_confianca':
        return desbloqueio(body);
      case 'fn_areceber_recebimentos_baixas_novo': {
        const t = tables.fn_areceber.find((r) => r.id === String(body.id_receber));
        if (!body.id_conta || !body.tipo_recebimento || !body.data)
          return ixcError('Preencha os campos obrigatórios!');
        if (!t || t.status !== 'A') return ixcError('Título não está em aberto!');
        t.status = 'R';
        t.valor_aberto = '0.00';
        t.valor_recebido = String(body.valor_total_recebido ?? t.valor);
        events.push({ kind: 'baixa', payload: body });
        return ok({ type: 'success', message: 'Baixa efetuada com sucesso!', id: String(nextId++) });
      }
      default:
        return { headers: { 'content-type': 'text/html' }, body: HTML_ERROR_PAGE };
    }
  }

  const server = await startSimServer({
    handler: handle,
    port: options.port,
    latencyMs: options.latencyMs,
    backdoors: {
      state: () => ({ body: { events, tables } }),
      reset: () => {
        reset();
        return { body: { ok: true } };
      },
      // Patch one fn_areceber row (tests and e2e): {"id":"70021","_pix_status":"REMOVIDA_PELO_PSP"}.
      titulo: (req) => {
        const patch = JSON.parse(req.bodyText || '{}') as Row;
        const t = tables.fn_areceber.find((r) => r.id === patch.id);
        if (!t) return { status: 404, body: { error: 'título desconhecido' } };
        Object.assign(t, patch);
        return { body: { ok: true } };
      },
    },
  });

  function reset() {
    world = buildWorld(options.today);
    tables = buildTables(world);
    events = [];
    server.setFault(null);
  }

  return {
    server,
    url: `${server.url}/webservice/v1`,
    token,
    tables: () => tables,
    events: () => events,
    world: () => world,
    reset,
    close: () => server.close(),
  };
}
