import { startSimServer, type SimRequest, type SimResponse, type SimServer } from '../shared/sim-server';

/**
 * ViaCEP and BrasilAPI in one in-process server, answering as the real services do:
 * - ViaCEP `GET /ws/{cep}/json/`: the address with a masked `cep` ("01310-100"), `{"erro": "true"}` (a string,
 *   as the service answers today; `{"erro": true}` with `erroBoolean`) with HTTP 200 for an unknown CEP, and
 *   HTTP 400 with an HTML page for a malformed one;
 * - BrasilAPI `GET /api/cep/v1/{cep}`: the address, or 404 with a `CepPromiseError` (`service_error`), or 400
 *   (`validation_error`).
 * Faults (down, slow, HTML page) come from the shared sim server's `/__sim/fault`.
 */

export interface CepSimEntry {
  logradouro: string;
  bairro: string;
  cidade: string;
  uf: string;
}

export const CEP_SIM_TABLE: Readonly<Record<string, CepSimEntry>> = {
  '01310100': { logradouro: 'Avenida Paulista', bairro: 'Bela Vista', cidade: 'São Paulo', uf: 'SP' },
  '20040020': { logradouro: 'Avenida Rio Branco', bairro: 'Centro', cidade: 'Rio de Janeiro', uf: 'RJ' },
  '30130010': { logradouro: 'Avenida Afonso Pena', bairro: 'Centro', cidade: 'Belo Horizonte', uf: 'MG' },
  // A city with one CEP for all of it: the services know no street or bairro.
  '78175000': { logradouro: '', bairro: '', cidade: 'Poconé', uf: 'MT' },
};

export interface CepSim {
  server: SimServer;
  url: string;
  close(): Promise<void>;
}

export async function startCepSimulator(
  options: { port?: number; latencyMs?: number; erroBoolean?: boolean } = {},
): Promise<CepSim> {
  const handler = (req: SimRequest): SimResponse => {
    const via = /^\/ws\/([^/]*)\/json\/?$/.exec(req.path);
    if (via) return viaCep(via[1] ?? '', options.erroBoolean ?? false);
    const brasil = /^\/api\/cep\/v1\/([^/]*)$/.exec(req.path);
    if (brasil) return brasilApi(brasil[1] ?? '');
    return { status: 404, body: 'Not Found' };
  };
  const server = await startSimServer({ handler, port: options.port, latencyMs: options.latencyMs });
  return { server, url: server.url, close: () => server.close() };
}

function viaCep(cep: string, erroBoolean: boolean): SimResponse {
  if (!/^\d{8}$/.test(cep)) {
    return {
      status: 400,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<h3>Http 400</h3><p>Verifique a URL</p>',
    };
  }
  const e = CEP_SIM_TABLE[cep];
  if (!e) return { body: { erro: erroBoolean ? true : 'true' } };
  return {
    body: {
      cep: `${cep.slice(0, 5)}-${cep.slice(5)}`,
      logradouro: e.logradouro,
      complemento: '',
      unidade: '',
      bairro: e.bairro,
      localidade: e.cidade,
      uf: e.uf,
      estado: e.cidade,
      regiao: '',
      ibge: '3550308',
      gia: '',
      ddd: '11',
      siafi: '7107',
    },
  };
}

function brasilApi(cep: string): SimResponse {
  if (!/^\d{8}$/.test(cep)) {
    return {
      status: 400,
      body: {
        name: 'CepPromiseError',
        message: 'CEP deve conter exatamente 8 caracteres.',
        type: 'validation_error',
        errors: [{ message: 'CEP informado possui mais do que 8 caracteres.', service: 'cep_validation' }],
      },
    };
  }
  const e = CEP_SIM_TABLE[cep];
  if (!e) {
    return {
      status: 404,
      body: {
        name: 'CepPromiseError',
        message: 'Todos os serviços de CEP retornaram erro.',
        type: 'service_error',
        errors: [
          { name: 'ServiceError', message: 'CEP INVÁLIDO', service: 'correios' },
          { name: 'ServiceError', message: 'CEP não encontrado na base do ViaCEP.', service: 'viacep' },
        ],
      },
    };
  }
  return {
    body: {
      cep,
      state: e.uf,
      city: e.cidade,
      neighborhood: e.bairro || null,
      street: e.logradouro || null,
      service: 'viacep',
    },
  };
}
