import 'server-only';
import { redirect } from 'next/navigation';
import { isDomainError } from '@/lib/domain/errors';
import { getKioskSession, type KioskSession } from '@/lib/session/kiosk';

/**
 * For pages behind identification: the live session, or back to the keypad saying the session ended — or
 * saying the store's database cannot be reached (the keypad then shows that message until it returns).
 */
export async function requireKioskSessionOrRedirect(): Promise<KioskSession> {
  let session: KioskSession | null;
  try {
    session = await getKioskSession();
  } catch (error) {
    if (isDomainError(error) && error.code === 'BANCO_INDISPONIVEL') redirect('/identificar?banco=1');
    throw error;
  }
  if (!session) redirect('/identificar?expirada=1');
  return session;
}
