import type { World } from '@/test/simulators/shared/world';
import type { ErpContractBackdoor } from './erp';

/** Reads the simulator's world directly, so writes are checked independently of the adapter. */
export function worldBackdoor(world: () => World, reset: () => void): ErpContractBackdoor {
  return {
    isPaga: (doc, id) =>
      world()
        .byDocumento(doc)
        ?.faturas.find((f) => f.id === id)?.paga ?? false,
    events: (kind) => world().events.filter((e) => e.kind === kind),
    endereco: (doc) => ({ ...(world().byDocumento(doc)?.endereco ?? {}) }),
    contatos: (doc) => (world().byDocumento(doc)?.contatos ?? []).map((c) => ({ ...c })),
    reset,
  };
}
