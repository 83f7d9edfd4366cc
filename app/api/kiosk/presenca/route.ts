import { currentKioskId } from '@/lib/session/kiosk-cookie';
import { getStore } from '@/lib/store';

/**
 * POST /api/kiosk/presenca: a totem says it is on. The kiosk layout calls it when a screen opens and then every
 * minute, so the desk's "visto por último" means "switched on and showing Totem" even on a day nobody walks up
 * (lookups alone refresh it only when customers come). Only a signed kiosk id counts; anything else is ignored.
 * The store caches a refresh per totem for a few seconds per process, so this is at most one write a minute per
 * totem. No body, nothing read back: 204, or 503 while the database cannot be reached.
 */
export const dynamic = 'force-dynamic';

export async function POST() {
  const kioskId = await currentKioskId();
  if (kioskId) {
    try {
      await (await getStore()).kiosks.seen(kioskId);
    } catch {
      return new Response(null, { status: 503, headers: { 'Cache-Control': 'no-store' } });
    }
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
