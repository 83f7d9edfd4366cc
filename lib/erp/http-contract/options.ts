import { z } from 'zod';
import { CONTRACT_FUNCTIONS, REQUIRED_FUNCTIONS, type ContractFunction } from './functions';

/**
 * Per-function overrides, validated at start-up (lib/config.ts parses HTTP_CONTRACT_FUNCTIONS with this).
 * Pure: no I/O, no env, safe to import from the config module.
 *
 *   {"listar_faturas": {"path": "/v2/boletos", "method": "GET"},
 *    "pdf_boleto": {"url": "https://outro-host/pdf", "headers": {"X-Api-Key": "..."}},
 *    "lead": {"off": true}}
 */
export const functionOverrideSchema = z
  .object({
    /** Path under the base URL. */
    path: z.string().startsWith('/', 'deve começar com /').optional(),
    /** Absolute URL, for a function served somewhere else (wins over `path`). */
    url: z.url({ protocol: /^https?$/ }).optional(),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH']).optional(),
    /** Extra headers for this function (e.g. its own API key); they win over the default auth header. */
    headers: z.record(z.string(), z.string()).optional(),
    off: z.boolean().optional(),
  })
  .strict();

export type FunctionOverride = z.infer<typeof functionOverrideSchema>;

export const functionOverridesSchema = z
  .partialRecord(z.enum(CONTRACT_FUNCTIONS), functionOverrideSchema)
  .superRefine((overrides, ctx) => {
    for (const fn of REQUIRED_FUNCTIONS) {
      if (overrides[fn]?.off)
        ctx.addIssue({ code: 'custom', message: `a função ${fn} é obrigatória e não pode ser desligada` });
    }
  });

export type FunctionOverrides = Partial<Record<ContractFunction, FunctionOverride>>;

/** Comma-separated list of functions to switch off (HTTP_CONTRACT_DISABLED). */
export function parseDisabledList(
  raw: string | undefined,
): { ok: true; value: ContractFunction[] } | { ok: false; message: string } {
  const names = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set<string>(CONTRACT_FUNCTIONS);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) return { ok: false, message: `função desconhecida: ${unknown.join(', ')}` };
  const required = names.filter((n) => (REQUIRED_FUNCTIONS as readonly string[]).includes(n));
  if (required.length > 0) return { ok: false, message: `não pode desligar ${required.join(', ')}` };
  return { ok: true, value: names as ContractFunction[] };
}
