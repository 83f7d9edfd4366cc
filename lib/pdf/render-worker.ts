import { parentPort } from 'node:worker_threads';
import { isDomainError } from '@/lib/domain/errors';
import { renderBoletoPdf } from './render-boleto';
import type { RenderReply, RenderRequest, WorkerMessage } from './render-pool';

/**
 * Worker-thread entry of the boleto render pool (render-pool.ts): renders with the same renderBoletoPdf —
 * integrity gate included — and sends the bytes back as a transferred buffer. A DomainError travels as its
 * code and details (structured clone keeps neither its class nor its brand).
 *
 * Not marked `server-only`, like renderBoletoPdf itself (see index.ts): a worker thread is plain Node, outside
 * the React server condition, where that import throws. Only render-pool.ts (server-only) starts it.
 */
const port = parentPort;
if (port) {
  port.on('message', (request: RenderRequest) => {
    renderBoletoPdf(request.data, request.layout).then(
      (pdf) => {
        // A copy of its own (≈ 20 KB, microseconds) that can be transferred rather than cloned.
        const bytes = new Uint8Array(pdf);
        const reply: RenderReply = { id: request.id, ok: true, bytes };
        port.postMessage(reply, [bytes.buffer]);
      },
      (error: unknown) => {
        const reply: RenderReply = isDomainError(error)
          ? { id: request.id, ok: false, code: error.code, details: error.details, message: error.message }
          : { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
        port.postMessage(reply);
      },
    );
  });
  const ready: WorkerMessage = { ready: true };
  port.postMessage(ready);
}
