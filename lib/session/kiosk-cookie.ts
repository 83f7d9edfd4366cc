import 'server-only';
import { cookies } from 'next/headers';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/process-singleton';
import { KIOSK_COOKIE } from './constants';
import { kioskIdKey, verifyKioskId } from './kiosk-id';

/** The key kiosk ids are signed with (derived from SESSION_SECRET; shared by proxy.ts and the server). */
export function getKioskIdKey(): Buffer {
  return processSingleton('kiosk-id-key', () => kioskIdKey(getConfig().session.secret));
}

/** This request's kiosk id, when its cookie carries a valid signature; null otherwise. */
export async function currentKioskId(): Promise<string | null> {
  return verifyKioskId((await cookies()).get(KIOSK_COOKIE)?.value, getKioskIdKey());
}
