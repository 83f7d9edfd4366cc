import { DomainError } from '@/lib/domain/errors';
import { notaPdfDaSessao } from '@/lib/services/notas';
import { auditKioskDocument } from '@/lib/services/kiosk-audit';
import { getKioskSession, type KioskSession } from '@/lib/session/kiosk';
import { errorResponse, pdfResponse } from '@/lib/pdf/responses';

/**
 * GET /api/nota-fiscal/:notaId — the ERP's PDF of one of the session customer's notas fiscais, checked to be a
 * whole PDF before it is sent; anything else answers JSON in pt-BR.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  let session: KioskSession | null = null;
  let id = '';
  try {
    session = await getKioskSession();
    if (!session) throw new DomainError('SESSAO_EXPIRADA');
    ({ id } = await params);
    const open = session;
    const response = await pdfResponse(await notaPdfDaSessao(open, decodeURIComponent(id)));
    await auditKioskDocument(session, 'kiosk.nota.pdf', id, response);
    return response;
  } catch (error) {
    await auditKioskDocument(session, 'kiosk.nota.pdf', id, error);
    return errorResponse(error, 'nota-fiscal');
  }
}
