import { z } from 'zod';

/**
 * Gestor Clientes Max ("Agenda API", INTEGRATIONS.md §D). Shapes from the API description in the connector's
 * repository (`anthonydaros/n8n-nodes-gestorclientes`, docs/agenda-api-documentation.md, tested against the
 * live API on 24/06/2025): a client is a flat object with numeric `id`, `userId` (UUID), `name`, `email`,
 * `phone`, `cpf`, `birthDate`, `cep`, `street`, `number`, `complement`, `neighborhood`, `city`, `state`,
 * `address` (legacy single line), `notes`, `status` (active|inactive), `paymentStatus`. Loose objects: keys we
 * do not know are kept, because PUT replaces the whole record and must send them back.
 */
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();

export const clientSchema = z.looseObject({
  id: z.union([z.number(), z.string().regex(/^\d+$/)]),
  userId: scalar,
  name: scalar,
  email: scalar,
  phone: scalar,
  cpf: scalar,
  birthDate: scalar,
  cep: scalar,
  street: scalar,
  number: scalar,
  complement: scalar,
  neighborhood: scalar,
  city: scalar,
  state: scalar,
  address: scalar,
  status: scalar,
});
export type GestorClient = z.infer<typeof clientSchema>;

/** `GET /clients`: documented as a bare array; a paginated deployment may wrap it. */
export const listSchema = z.union([
  z.array(z.unknown()),
  z.looseObject({ data: z.array(z.unknown()) }),
  z.looseObject({ clients: z.array(z.unknown()) }),
]);

/** 400 "Invalid data" with zod-style issues (the documented validation error), or a plain message. */
export const errorSchema = z.looseObject({
  message: z.string().optional(),
  errors: z
    .array(
      z.looseObject({
        path: z.array(z.union([z.string(), z.number()])).optional(),
        message: z.string().optional(),
      }),
    )
    .optional(),
});
