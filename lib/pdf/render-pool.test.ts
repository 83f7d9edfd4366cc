import { afterAll, describe, expect, it, vi } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { resetProcessSingleton } from '@/lib/process-singleton';
import { demoCases, vectorCase, VECTORS } from '@/test/pdf/fixtures';
import { boletoRenderPoolState, closeBoletoRenderPool, renderBoletoPdfInPool } from './render-pool';

afterAll(async () => {
  await closeBoletoRenderPool();
});

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

describe('boleto render pool (worker threads)', () => {
  it('renders both layouts on worker threads, several at once', async () => {
    const { data } = vectorCase(VECTORS[0], 0);
    const pdfs = await Promise.all(
      Array.from({ length: 6 }, (_, i) => renderBoletoPdfInPool(data, i % 2 ? '80mm' : 'a4')),
    );
    expect(pdfs.every(isPdf)).toBe(true);
    // The totem and CI have 2 cores (TOOLCHAIN.md): the pool runs, it did not fall back.
    expect(boletoRenderPoolState().fallback).toBe(false);
    expect(boletoRenderPoolState().workers).toBeGreaterThan(0);
  }, 60_000);

  it('refuses what the integrity gate refuses, as a DomainError', async () => {
    const { printable, refused } = await demoCases();
    const good = printable[0];
    const bad = refused[0];
    if (!good || !bad) throw new Error('fixtures demo incompletas');
    const attempt = renderBoletoPdfInPool({ ...good.data, fatura: { ...bad } }, 'a4');
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: 'BOLETO_INCONSISTENTE' });
  });

  it('after closing, still renders (in this thread)', async () => {
    await closeBoletoRenderPool();
    expect(boletoRenderPoolState().workers).toBe(0);
    const { data } = vectorCase(VECTORS[5], 5);
    expect(isPdf(await renderBoletoPdfInPool(data, '80mm'))).toBe(true);
  }, 60_000);
});

describe('boleto render pool without workers', () => {
  it('falls back to rendering in this thread when a worker cannot be created', async () => {
    vi.resetModules();
    // The pool is process-wide (shared by Next's chunks): forget it, as a fresh process would start.
    resetProcessSingleton('boleto-render-pool');
    vi.doMock('worker_threads', () => ({
      Worker: class {
        constructor() {
          throw new Error('workers indisponíveis');
        }
      },
    }));
    const pool = await import('./render-pool');
    const { data } = vectorCase(VECTORS[0], 0);
    expect(isPdf(await pool.renderBoletoPdfInPool(data, 'a4'))).toBe(true);
    expect(pool.boletoRenderPoolState()).toEqual({ workers: 0, fallback: true });
    vi.doUnmock('worker_threads');
  }, 60_000);

  it('falls back when the worker entry cannot load, and finishes the renders it was given', async () => {
    vi.resetModules();
    resetProcessSingleton('boleto-render-pool');
    const real = await vi.importActual<typeof import('worker_threads')>('worker_threads');
    vi.doMock('worker_threads', () => ({
      // A worker whose entry throws on load: it exits without ever saying it is ready.
      Worker: class extends real.Worker {
        constructor() {
          super('throw new Error("entrada quebrada")', { eval: true });
        }
      },
    }));
    const pool = await import('./render-pool');
    const { data } = vectorCase(VECTORS[3], 3);
    const pdfs = await Promise.all([
      pool.renderBoletoPdfInPool(data, 'a4'),
      pool.renderBoletoPdfInPool(data, '80mm'),
    ]);
    expect(pdfs.every(isPdf)).toBe(true);
    expect(pool.boletoRenderPoolState().fallback).toBe(true);
    await pool.closeBoletoRenderPool();
    vi.doUnmock('worker_threads');
  }, 60_000);
});
