import 'server-only';
import { errorResponse, pdfResponse } from '@/app/api/boleto/responses';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import { boletoPdfDaSessao, pdfDoBancoDaSessao } from '@/lib/pdf/server';
import { getStore } from '@/lib/store';
import { staffActor } from './auth';
import { openCustomerRef } from './customer-ref';
import { requireStaffRoute } from './guard';

/**
 * The desk's boleto PDFs: the same PDFs and the same integrity gate as the kiosk, for the customer the desk
 * page is about (sealed reference), after the role check; every download is audited with the staff user.
 */
export async function deskPdf(
  kind: 'boleto' | 'banco',
  request: Request,
  params: Promise<{ ref: string; id: string }>,
): Promise<Response> {
  const access = await requireStaffRoute('atendente', `fatura.${kind}`);
  if (!access.ok) return access.response;
  const { ref, id } = await params;
  const documento = await openCustomerRef(ref);
  const store = await getStore();
  const actor = staffActor(access.ctx.user);
  const action = kind === 'boleto' ? 'desk.boleto.pdf' : 'desk.boleto.pdf_banco';
  const download = new URL(request.url).searchParams.get('download') === '1';
  try {
    if (!documento) throw new DomainError('CLIENTE_NAO_ENCONTRADO');
    const file =
      kind === 'boleto'
        ? await boletoPdfDaSessao({ documento }, id)
        : await pdfDoBancoDaSessao({ documento }, id);
    await store.audit.append({
      actor,
      action,
      documento,
      result: 'ok',
      details: { fatura: id, baixar: download },
    });
    const response = pdfResponse(file);
    if (download) response.headers.set('Content-Disposition', `attachment; filename="${file.filename}"`);
    return response;
  } catch (error) {
    await store.audit.append({
      actor,
      action,
      ...(documento ? { documento } : {}),
      result: isDomainError(error) && !error.retryable && error.code !== 'ERRO_INTERNO' ? 'recusado' : 'erro',
      details: { fatura: id, codigo: isDomainError(error) ? error.code : 'ERRO_INTERNO' },
    });
    return errorResponse(error, `balcao-${kind}`);
  }
}
