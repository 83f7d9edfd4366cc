import { describe, expect, it } from 'vitest';
import { bodyLongerThan } from './refusal';

/** A chunked body as the proxy sees it: `chunks` pieces of `size` bytes, counting how many were pulled. */
function chunked(chunks: number, size: number) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

describe('bodyLongerThan (a chunked body, no Content-Length)', () => {
  it('a body within the limit is read to its end and passes', async () => {
    const body = chunked(4, 1024);
    expect(await bodyLongerThan(body.stream, 16 * 1024)).toBe(false);
    expect(body.pulled()).toBe(4);
  });

  it('exactly the limit passes; one byte more does not', async () => {
    expect(await bodyLongerThan(chunked(16, 1024).stream, 16 * 1024)).toBe(false);
    expect(await bodyLongerThan(chunked(1, 16 * 1024 + 1).stream, 16 * 1024)).toBe(true);
  });

  it('a 12 MB body is refused after the first chunks past the limit, not read to its end', async () => {
    const body = chunked(12 * 16, 64 * 1024);
    expect(await bodyLongerThan(body.stream, 16 * 1024)).toBe(true);
    expect(body.pulled()).toBeLessThanOrEqual(2);
    expect(body.cancelled()).toBe(true);
  });
});
