import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/domain/errors';
import { demoCases, vectorCase, VECTORS } from '@/test/pdf/fixtures';
import { boletoDocumentData } from './document-data';
import { renderBoletoPdf } from './render-boleto';
import type { BoletoDocumentData } from './types';

async function refusal(data: BoletoDocumentData): Promise<string> {
  try {
    await renderBoletoPdf(data, 'a4');
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'rendered';
}

describe('renderBoletoPdf', () => {
  it('renders a one-page PDF for both layouts', async () => {
    const { data } = vectorCase(VECTORS[5], 5);
    for (const layout of ['a4', '80mm'] as const) {
      const pdf = await renderBoletoPdf(data, layout);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  });

  it('never renders a boleto the integrity gate refused (defence in depth)', async () => {
    const { printable, refused } = await demoCases();
    expect(refused.map((f) => f.id).sort()).toEqual(['70051', '70052', '70061']);
    const good = printable[0];
    if (!good) throw new Error('sem fatura imprimível');
    for (const fatura of refused) {
      // A caller that skipped the gate: the renderer re-checks the fatura's own linha digitável.
      expect(await refusal({ ...good.data, fatura: { ...fatura } })).toBe('BOLETO_INCONSISTENTE');
    }
  });

  it('refuses a barcode that is not the one the linha digitável encodes', async () => {
    const { data } = vectorCase(VECTORS[0], 0);
    const swapped = data.boleto.codigoBarras.replace(/1$/, '2').replace(/0$/, '1');
    expect(await refusal({ ...data, boleto: { ...data.boleto, codigoBarras: swapped } })).toBe(
      'BOLETO_INCONSISTENTE',
    );
    expect(await refusal({ ...data, boleto: { ...data.boleto, valor: 1 } })).toBe('BOLETO_INCONSISTENTE');
  });

  it('refuses a linha digitável that belongs to another fatura', async () => {
    const a = vectorCase(VECTORS[0], 0).data;
    const b = vectorCase(VECTORS[3], 3).data;
    expect(await refusal({ ...a, boleto: b.boleto })).toBe('BOLETO_INCONSISTENTE');
  });

  it('refuses a Pix whose CRC or amount does not match', async () => {
    const { data } = vectorCase(VECTORS[0], 0);
    const payload = data.pix?.payload ?? '';
    const badCrc = payload.slice(0, -1) + (payload.endsWith('0') ? '1' : '0');
    expect(await refusal({ ...data, pix: { payload: badCrc, expiraEm: null } })).toBe('PIX_INCONSISTENTE');
    const other = vectorCase(VECTORS[3], 3).data.pix;
    expect(await refusal({ ...data, pix: other })).toBe('PIX_INCONSISTENTE');
  });

  it('builds document data only from a fatura that passed the gate', async () => {
    const { printable } = await demoCases();
    const sample = printable[0];
    if (!sample) throw new Error('sem fatura imprimível');
    const avaliada = {
      fatura: sample.data.fatura,
      hoje: sample.data.emitidoEm,
      status: 'a_vencer' as const,
      diasAtraso: 0,
      valorDevido: sample.data.fatura.valorFinal,
      encargos: { kind: 'nenhum' as const },
      avisoValor: null,
      boleto: { ok: false as const, code: 'BOLETO_INCONSISTENTE' as const, motivo: 'teste', semLinha: false },
      pix: { ok: false as const, code: 'FUNCAO_INDISPONIVEL' as const, motivo: 'teste' },
    };
    expect(() => boletoDocumentData(avaliada, sample.data.beneficiario)).toThrow(DomainError);
    const ok = boletoDocumentData(
      { ...avaliada, boleto: { ok: true, info: sample.data.boleto } },
      sample.data.beneficiario,
    );
    expect(ok.pix).toBeNull();
    expect(ok.boleto.codigoBarras).toBe(sample.data.boleto.codigoBarras);
  });
});
