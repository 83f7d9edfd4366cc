import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import type { Fatura } from '@/lib/domain/types';
import { createDemoErp } from '@/lib/erp/demo';
import type { ErpAdapter } from '@/lib/erp/port';
import { loadConfig } from '@/lib/config';
import { avaliarFatura } from '@/lib/services/avaliar-fatura';
import { getPdfDoBanco, pdfDoBancoPermitido, temPdfDoBanco } from './pdf-do-banco';

const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
const demo = createDemoErp({ today: () => '2026-11-22' });
const semFuncao: ErpAdapter = { ...demo, capabilities: new Set(['contatos']), getBoletoPdf: undefined };

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/boleto.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
    else if (req.url === '/login')
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Entre</html>');
    else if (req.url === '/grande.pdf') res.writeHead(200).end(PDF + ' '.repeat(20_000));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function fatura(): Promise<Fatura> {
  const [f] = await demo.listFaturas('52998224725');
  if (!f) throw new Error('sem fatura demo');
  return f;
}

const code = (p: Promise<unknown>) => p.then(() => 'ok').catch((e: { code?: string }) => e.code ?? 'outro');

describe('PDF do banco', () => {
  it("uses the ERP's 'Pegar pdf de um boleto' function when it has one", async () => {
    const f = await fatura();
    expect(temPdfDoBanco(f, demo)).toBe(true);
    const bytes = await getPdfDoBanco(f, { erp: demo, maxBytes: 100_000 });
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('otherwise downloads link_boleto on the server and checks it is a PDF', async () => {
    const f = { ...(await fatura()), linkBoleto: `${base}/boleto.pdf` };
    expect(temPdfDoBanco(f, semFuncao)).toBe(true);
    const bytes = await getPdfDoBanco(f, { erp: semFuncao, maxBytes: 100_000 });
    expect(Buffer.from(bytes).toString('latin1')).toBe(PDF);
  });

  it('never passes on a login page, an oversized file or a missing one', async () => {
    const f = await fatura();
    const erp = semFuncao;
    expect(await code(getPdfDoBanco({ ...f, linkBoleto: `${base}/login` }, { erp, maxBytes: 100_000 }))).toBe(
      'PDF_INVALIDO',
    );
    expect(
      await code(getPdfDoBanco({ ...f, linkBoleto: `${base}/grande.pdf` }, { erp, maxBytes: 10_240 })),
    ).not.toBe('ok');
    expect(
      await code(getPdfDoBanco({ ...f, linkBoleto: `${base}/nada.pdf` }, { erp, maxBytes: 100_000 })),
    ).not.toBe('ok');
  });

  it('link_boleto wins over the function (004: the function is for an empty link)', async () => {
    const f = { ...(await fatura()), linkBoleto: `${base}/boleto.pdf` };
    const calls: string[] = [];
    const erp: ErpAdapter = {
      ...demo,
      getBoletoPdf: async (id) => {
        calls.push(id);
        throw new DomainError('FATURA_NAO_ENCONTRADA');
      },
    };
    const bytes = await getPdfDoBanco(f, { erp, maxBytes: 100_000 });
    expect(Buffer.from(bytes).toString('latin1')).toBe(PDF);
    expect(calls).toEqual([]);
  });

  it('falls back to the other source when the first one fails, either way', async () => {
    const f = await fatura();
    // A broken link, the function works.
    const viaFuncao = await getPdfDoBanco(
      { ...f, linkBoleto: `${base}/nada.pdf` },
      { erp: demo, maxBytes: 100_000 },
    );
    expect(Buffer.from(viaFuncao.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // No link: the function; the function fails and a link exists: the link (covered above); both fail: the error.
    const falha: ErpAdapter = {
      ...demo,
      getBoletoPdf: async () => {
        throw new DomainError('ERP_INDISPONIVEL');
      },
    };
    expect(
      await code(getPdfDoBanco({ ...f, linkBoleto: `${base}/login` }, { erp: falha, maxBytes: 100_000 })),
    ).toBe('ERP_INDISPONIVEL');
  });

  it('is unavailable without the function and without a usable link', async () => {
    const f = { ...(await fatura()), linkBoleto: 'javascript:alert(1)' };
    expect(temPdfDoBanco(f, semFuncao)).toBe(false);
    expect(await code(getPdfDoBanco(f, { erp: semFuncao, maxBytes: 100_000 }))).toBe('FUNCAO_INDISPONIVEL');
  });

  it('is offered for a consistent boleto or a missing linha digitável, never for a contradicting one', async () => {
    const pix = loadConfig({}).pix;
    const permitido = async (documento: string) =>
      (await demo.listFaturas(documento)).map((f) =>
        pdfDoBancoPermitido(avaliarFatura(f, '2026-11-22', pix), demo),
      );
    expect(await permitido('52998224725')).toEqual([true, true]);
    expect(await permitido('24681357928')).toEqual([true]); // no linha digitável: the fallback
    expect(await permitido('93541134780')).toEqual([false, false]); // wrong DV, wrong value
  });
});
