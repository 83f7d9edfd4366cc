/** Long-lived, httpOnly cookie identifying a kiosk (a browser); the lookup rate limit is keyed on it. */
export const KIOSK_COOKIE = 'totem_kiosk';
