import 'server-only';
import { redirect } from 'next/navigation';
import { getKioskSession, type KioskSession } from '@/lib/session/kiosk';

/** For pages behind identification: the live session, or back to the keypad saying the session ended. */
export async function requireKioskSessionOrRedirect(): Promise<KioskSession> {
  const session = await getKioskSession();
  if (!session) redirect('/identificar?expirada=1');
  return session;
}
