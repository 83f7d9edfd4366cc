import { deskPdf } from '@/lib/staff/pdf-routes';

/** GET — the boleto PDF rendered by Totem (`?download=1` as an attachment); atendente or above. */
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ ref: string; id: string }> }) {
  return deskPdf('boleto', request, params);
}
