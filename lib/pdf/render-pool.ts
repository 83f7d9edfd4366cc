import 'server-only';
import { availableParallelism } from 'node:os';
// Not 'node:worker_threads': webpack recognises `new Worker(new URL(…))` only for this exact specifier and
// bundles the worker entry as its own chunk.
import { Worker } from 'worker_threads';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { DomainError, type ErrorCode } from '@/lib/domain/errors';
import { assertBoletoImprimivel } from './integrity';
import { renderBoletoPdf } from './render-boleto';
import type { BoletoDocumentData, BoletoLayout } from './types';

/**
 * Boleto renders on a small pool of worker threads, so the server's request handling (one JS thread) is not
 * blocked for ≈ 15 ms per PDF and the second core renders too. The route posts domain data; a worker runs
 * the same renderBoletoPdf (integrity gate included) and transfers the bytes back. Nothing is cached: every
 * request is a fresh render.
 *
 * Falls back to rendering in this thread when workers are unavailable (one core, a worker that cannot load,
 * a worker that died before it came up); a worker that dies later is replaced and its renders are redone
 * here. Idle workers are unref'd, so they never keep the process alive; closeBoletoRenderPool() ends them.
 */

export interface RenderRequest {
  id: number;
  data: BoletoDocumentData;
  layout: BoletoLayout;
}

export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; code?: ErrorCode; details?: string; message: string };

/** What a worker posts: `ready` once its modules are loaded, then one reply per request. */
export type WorkerMessage = { ready: true } | RenderReply;

interface Task {
  request: RenderRequest;
  resolve: (pdf: Buffer) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
  /** Its modules loaded: it can render (a worker that dies before that cannot load here). */
  ready: boolean;
  dead: boolean;
}

/**
 * Two renderers on the 2-core totem; none (render in this thread) on a single core. BOLETO_PDF_WORKERS
 * overrides it (0 = always render in this thread), for operations and for measuring.
 */
function poolSize(): number {
  const asked = getConfig().boleto.pdfWorkers;
  if (asked !== null) return asked;
  return availableParallelism() >= 2 ? 2 : 0;
}

interface PoolState {
  size: number;
  slots: Slot[] | null;
  disabled: boolean;
  closing: boolean;
  nextId: number;
  /** Workers replaced after dying; past this many the pool gives up and renders in this thread. */
  respawns: number;
}

/**
 * One pool per process, not per module copy: Next bundles instrumentation (which warms the pool at start-up)
 * and the boleto routes into separate chunks, each with its own copy of this module.
 */
function pool(): PoolState {
  return processSingleton('boleto-render-pool', () => {
    const size = poolSize();
    return { size, slots: null, disabled: size === 0, closing: false, nextId: 1, respawns: 0 };
  });
}
const MAX_RESPAWNS = 5;

function renderHere(task: Task): void {
  renderBoletoPdf(task.request.data, task.request.layout).then(task.resolve, task.reject);
}

function errorFrom(reply: Extract<RenderReply, { ok: false }>): Error {
  return reply.code
    ? new DomainError(reply.code, { details: reply.details })
    : new Error(`render worker: ${reply.message}`);
}

/** webpack's public path of the server bundle (assignable; webpack rewrites this name). */
declare let __webpack_public_path__: string;

/**
 * Inside Next (NEXT_RUNTIME is set) webpack bundles the entry as a chunk of its own and rewrites this URL to
 * `publicPath + chunk file` resolved against the server chunks folder. The server's publicPath is "/_next/",
 * which makes that a file URL that does not exist (vercel/next.js#67063), so it is blanked for this one
 * synchronous expression. Run from TypeScript sources (benchmark and tests under tsx or Vitest) the entry is
 * a .ts file: a bootstrap registers tsx's loader in the worker first (Node 20 workers do not inherit
 * `--import tsx`).
 */
function newWorker(): Worker {
  if (process.env.NEXT_RUNTIME) {
    const publicPath = __webpack_public_path__;
    __webpack_public_path__ = '';
    try {
      return new Worker(new URL('./render-worker.ts', import.meta.url));
    } finally {
      __webpack_public_path__ = publicPath;
    }
  }
  const entry = JSON.stringify(new URL('./render-worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`, {
    eval: true,
  });
}

function spawn(): Slot {
  const worker = newWorker();
  worker.unref();
  const slot: Slot = { worker, tasks: new Map(), ready: false, dead: false };

  worker.on('message', (reply: WorkerMessage) => {
    if ('ready' in reply) {
      slot.ready = true;
      return;
    }
    const task = slot.tasks.get(reply.id);
    if (!task) return;
    slot.tasks.delete(reply.id);
    if (slot.tasks.size === 0) worker.unref();
    if (reply.ok)
      task.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else task.reject(errorFrom(reply));
  });
  const died = () => {
    if (slot.dead) return;
    slot.dead = true;
    const p = pool();
    p.slots = (p.slots ?? []).filter((s) => s !== slot);
    if (!slot.ready || p.respawns >= MAX_RESPAWNS) p.disabled = true;
    else if (!p.closing && !p.disabled) {
      p.respawns++;
      p.slots.push(spawn());
    }
    for (const task of slot.tasks.values()) renderHere(task);
    slot.tasks.clear();
  };
  worker.on('error', died);
  worker.on('exit', died);
  return slot;
}

function pick(): Slot | null {
  const p = pool();
  if (p.disabled || p.closing) return null;
  if (p.slots === null) {
    try {
      p.slots = Array.from({ length: p.size }, spawn);
    } catch {
      p.disabled = true;
      p.slots = [];
    }
  }
  let best: Slot | null = null;
  for (const slot of p.slots) if (!best || slot.tasks.size < best.tasks.size) best = slot;
  return best;
}

/**
 * renderBoletoPdf on the pool: same bytes, same refusals (the gate runs here first, so a refused boleto
 * never leaves this thread, and again in the worker).
 */
export async function renderBoletoPdfInPool(data: BoletoDocumentData, layout: BoletoLayout): Promise<Buffer> {
  assertBoletoImprimivel(data);
  return new Promise<Buffer>((resolve, reject) => {
    const task: Task = { request: { id: pool().nextId++, data, layout }, resolve, reject };
    const slot = pick();
    if (!slot) {
      renderHere(task);
      return;
    }
    slot.tasks.set(task.request.id, task);
    slot.worker.ref();
    try {
      slot.worker.postMessage(task.request);
    } catch (error) {
      slot.tasks.delete(task.request.id);
      reject(error);
    }
  });
}

/** How renders run now: for tests and logs. */
export function boletoRenderPoolState(): { workers: number; fallback: boolean } {
  const p = pool();
  return { workers: p.slots?.length ?? 0, fallback: p.disabled };
}

/** Starts the workers now (they are otherwise started by the first render); returns how many run. */
export function startBoletoRenderPool(): number {
  pick();
  return pool().slots?.length ?? 0;
}

/** Ends the workers; renders still pending finish in this thread. Later renders also run in this thread. */
export async function closeBoletoRenderPool(): Promise<void> {
  const p = pool();
  p.closing = true;
  const running = p.slots ?? [];
  p.slots = [];
  await Promise.all(running.map((slot) => slot.worker.terminate()));
}
