import { deskPdf } from '@/lib/staff/pdf-routes';

/** GET — the ERP's PDF of one of the customer's notas fiscais (`?download=1` as an attachment); atendente or above. */
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ ref: string; id: string }> }) {
  return deskPdf('nota', request, params);
}
