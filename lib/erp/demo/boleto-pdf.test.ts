import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoErp } from '.';

describe('demo ERP: "Pegar pdf de um boleto"', () => {
  const erp = createDemoErp({ today: () => '2026-11-22' });

  it('declares the capability and returns a valid PDF for an open boleto', async () => {
    expect(erp.capabilities.has('boletoPdf')).toBe(true);
    const [fatura] = await erp.listFaturas('52998224725');
    const bytes = await erp.getBoletoPdf?.(fatura?.remoteId ?? '');
    expect(
      Buffer.from(bytes ?? [])
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    // poppler reads it without complaint (a real xref table), and the text is there.
    const dir = mkdtempSync(path.join(tmpdir(), 'demo-pdf-'));
    try {
      const file = path.join(dir, 'b.pdf');
      writeFileSync(file, bytes ?? new Uint8Array());
      const text = execFileSync('pdftotext', [file, '-'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(text).toContain('BOLETO EMITIDO PELO ERP');
      expect(text).toContain(fatura?.nomeCliente ?? '?');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('looks like a bank boleto: a ficha de compensação whose barcode a reader decodes (Ana, no linha on screen)', async () => {
    const [fatura] = await erp.listFaturas('24681357928');
    const bytes = await erp.getBoletoPdf?.(fatura?.remoteId ?? '');
    const dir = mkdtempSync(path.join(tmpdir(), 'demo-pdf-'));
    try {
      const file = path.join(dir, 'b.pdf');
      writeFileSync(file, bytes ?? new Uint8Array());
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const label of [
        'Ficha de Compensacao',
        'Local de pagamento',
        'Nosso numero',
        'Valor do documento',
      ])
        expect(text).toContain(label);
      execFileSync('pdftoppm', ['-r', '300', '-gray', '-png', '-singlefile', file, path.join(dir, 'p')]);
      const itf = execFileSync(
        'zbarimg',
        [
          '--nodbus',
          '--raw',
          '-q',
          '-Sdisable',
          '-Si25.enable',
          '-Si25.min-length=44',
          path.join(dir, 'p.png'),
        ],
        { encoding: 'utf8' },
      ).trim();
      expect(itf).toMatch(/^3419\d{40}$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has a fatura with no linha digitável whose only printable form is the ERP PDF', async () => {
    const [fatura] = await erp.listFaturas('24681357928');
    expect(fatura?.linhaDigitavel).toBeNull();
    await expect(erp.getBoletoPdf?.(fatura?.remoteId ?? '')).resolves.toBeInstanceOf(Uint8Array);
    await expect(erp.getBoletoPdf?.('BOL-nao-existe')).rejects.toMatchObject({
      code: 'FATURA_NAO_ENCONTRADA',
    });
  });
});
