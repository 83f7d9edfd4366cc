/**
 * Long-lived, httpOnly cookie identifying a kiosk (a browser): `<id>.<signature>`, minted by proxy.ts
 * (lib/session/kiosk-id). The lookup rate limit is keyed on it, and a customer session is bound to it.
 */
export const KIOSK_COOKIE = 'totem_kiosk';

/** The "Meus dados" ownership proof of the current session (lib/session/cadastro-prova). */
export const PROVA_COOKIE = 'totem_cadastro_prova';
