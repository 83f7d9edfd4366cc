import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { getConfig } from '@/lib/config';
import { clientAddress as addressFromForwardedFor } from '@/lib/session/client-address';
import { getStaffAuth } from '@/lib/staff/server';
import type { StaffUser } from '@/lib/staff/types';

/**
 * The desk session: a random token in its own httpOnly, SameSite=strict cookie scoped to /balcao (the kiosk's
 * pages never receive it, and the desk never reads the kiosk's cookie). The store keeps only the token's hash,
 * with idle and absolute expiry; logout, "sair de todos os lugares", a password change or a disabled account
 * delete it there, so a copied cookie dies with it.
 */
export const STAFF_COOKIE = 'totem_balcao';
export const DESK_PATH = '/balcao';

export interface StaffContext {
  user: StaffUser;
  token: string;
}

async function isHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

/**
 * The client address for the per-address login limit: only from a trusted proxy, else unknown. The entry the
 * trusted proxy appended (lib/session/client-address), never the leftmost one, which the client writes.
 */
export async function clientAddress(): Promise<string | null> {
  const { trustedProxies } = getConfig().lookup;
  if (trustedProxies === 0) return null;
  return addressFromForwardedFor((await headers()).get('x-forwarded-for'), trustedProxies);
}

export async function setStaffCookie(token: string): Promise<void> {
  (await cookies()).set(STAFF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    path: DESK_PATH,
    secure: await isHttps(),
    maxAge: getConfig().staff.maxSeconds,
  });
}

export async function clearStaffCookie(): Promise<void> {
  (await cookies()).delete({ name: STAFF_COOKIE, path: DESK_PATH });
}

/** The live desk session of this request (memoised per request), or null. */
export const getStaffContext = cache(async (): Promise<StaffContext | null> => {
  const token = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!token || !/^[\w-]{20,100}$/.test(token)) return null;
  const resolved = await (await getStaffAuth()).resolveSession(token);
  return resolved ? { user: resolved.user, token } : null;
});
