import 'server-only';
import { buildBoletoBancario, parseLinhaDigitavel } from '@/lib/boleto';
import { addDays, todayInSaoPaulo } from '@/lib/domain/dates';
import type { Fatura } from '@/lib/domain/types';
import { buildPixPayload } from '@/lib/pix';
import { boletoRenderPoolState, renderBoletoPdfInPool, startBoletoRenderPool } from './render-pool';
import { BOLETO_LAYOUTS, type BoletoDocumentData } from './types';

/**
 * A made-up boleto (no customer's data) that exercises everything a real one does: fonts, text layout, the
 * ITF bars and a Pix QR.
 */
export function warmUpDocument(today = todayInSaoPaulo()): BoletoDocumentData {
  const vencimento = addDays(today, 10);
  const valor = 10_000;
  const { linhaDigitavel } = buildBoletoBancario({
    banco: '341',
    vencimento,
    valor,
    campoLivre: '1090000000112345678900000',
  });
  const parsed = parseLinhaDigitavel(linhaDigitavel, today);
  if (!parsed.ok) throw new Error('boleto de aquecimento inválido');
  const fatura: Fatura = {
    id: 'aquecimento',
    documento: '52998224725',
    nomeCliente: 'Aquecimento',
    valorInicial: valor,
    valorFinal: valor,
    juros: 0,
    multa: 0,
    emissao: today,
    vencimento,
    historico: 'Aquecimento',
    linkBoleto: null,
    linhaDigitavel,
    codeFatura: null,
    identifier: null,
    remoteId: null,
    pixCode: null,
  };
  const payload = buildPixPayload({
    key: 'aquecimento@exemplo.com',
    merchantName: 'Totem',
    merchantCity: 'SAO PAULO',
    amount: valor,
    txid: 'AQUECIMENTO',
  });
  return {
    beneficiario: { nome: 'Totem', cnpj: '11222333000181', endereco: '-' },
    fatura,
    boleto: parsed.boleto,
    pix: { payload, expiraEm: null },
    emitidoEm: today,
  };
}

/**
 * Warms the boleto renderer at start-up: starts the render threads and has each render both layouts once, so
 * the first customer's print does not pay for loading @react-pdf, the fonts and the layout engine (measured:
 * 17–23 s for the first print after a start on a busy 2-core machine, ≈ 1 s once warm). Never throws.
 */
export async function warmBoletoRenderer(): Promise<{ ms: number; workers: number } | { error: string }> {
  const started = performance.now();
  try {
    const workers = startBoletoRenderPool();
    const data = warmUpDocument();
    const rounds = Math.max(1, workers);
    await Promise.all(
      BOLETO_LAYOUTS.flatMap((layout) =>
        Array.from({ length: rounds }, () => renderBoletoPdfInPool(data, layout)),
      ),
    );
    return { ms: Math.round(performance.now() - started), workers: boletoRenderPoolState().workers };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
