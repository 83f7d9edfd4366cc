import 'server-only';
import type { HttpClient } from '@/lib/http';
import { DomainError } from '@/lib/domain/errors';
import { brasilApiSchema, viaCepSchema } from './schemas';
import type { CepProvider, EnderecoCep } from './types';

function invalid(provider: string, detail: string): DomainError {
  return new DomainError('ERP_RESPOSTA_INVALIDA', { details: `cep:${provider}: ${detail}` });
}

const clean = (s: string | null | undefined) => (s ?? '').trim();

export function createViaCepProvider(http: HttpClient): CepProvider {
  return {
    id: 'viacep',
    async buscar(cep) {
      const { status, data } = await http.json({
        method: 'GET',
        path: `/ws/${cep}/json/`,
        acceptStatus: [400],
        operation: 'cep',
      });
      if (status === 400) return null;
      const parsed = viaCepSchema.safeParse(data);
      if (!parsed.success) throw invalid('viacep', 'resposta fora do formato');
      if ('erro' in parsed.data) return null;
      const d = parsed.data;
      return address(cep, d.logradouro, d.bairro, d.localidade, d.uf);
    },
  };
}

export function createBrasilApiProvider(http: HttpClient): CepProvider {
  return {
    id: 'brasilapi',
    async buscar(cep) {
      const { status, data } = await http.json({
        method: 'GET',
        path: `/api/cep/v1/${cep}`,
        acceptStatus: [400, 404],
        operation: 'cep',
      });
      if (status === 400 || status === 404) return null;
      const parsed = brasilApiSchema.safeParse(data);
      if (!parsed.success) throw invalid('brasilapi', 'resposta fora do formato');
      const d = parsed.data;
      return address(cep, clean(d.street), clean(d.neighborhood), d.city, d.state);
    },
  };
}

function address(cep: string, logradouro: string, bairro: string, cidade: string, uf: string): EnderecoCep {
  return {
    cep,
    logradouro: clean(logradouro),
    bairro: clean(bairro),
    cidade: clean(cidade),
    uf: clean(uf).toUpperCase(),
  };
}
