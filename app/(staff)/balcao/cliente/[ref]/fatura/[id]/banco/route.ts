import { deskPdf } from '@/lib/staff/pdf-routes';

/** GET — "PDF do banco": the ERP's own boleto PDF, validated; atendente or above. */
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ ref: string; id: string }> }) {
  return deskPdf('banco', request, params);
}
