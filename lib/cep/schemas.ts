import { z } from 'zod';

/**
 * ViaCEP `GET /ws/{cep}/json/`: 200 with the address, 200 with `{"erro": true}` (older) or `{"erro": "true"}`
 * (current) for a well-formed CEP that does not exist, 400 for a malformed one
 * (https://viacep.com.br, "Validação do CEP").
 */
export const viaCepSchema = z.union([
  z.object({ erro: z.union([z.literal(true), z.literal('true')]) }),
  z.object({
    cep: z.string(),
    logradouro: z.string().default(''),
    bairro: z.string().default(''),
    localidade: z.string().min(1),
    uf: z.string().length(2),
  }),
]);

/**
 * BrasilAPI `GET /api/cep/v1/{cep}` (BrasilAPI/BrasilAPI pages/api/cep/v1/[cep].js): 200 with the address,
 * 404 with a `CepPromiseError` of type `service_error` when no upstream knows the CEP, 400 for a malformed one.
 */
export const brasilApiSchema = z.object({
  cep: z.string(),
  state: z.string().length(2),
  city: z.string().min(1),
  neighborhood: z.string().nullish(),
  street: z.string().nullish(),
});
