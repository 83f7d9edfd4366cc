/**
 * The credentials the CRM simulators accept, in a module with no imports so Playwright's config (e2e/crm-env.ts)
 * can read them as well as the in-process tests.
 */
export const CRM_SIM_CREDENTIALS = {
  perfexWonToken: 'won-token-0123456789',
  perfexThemesicToken: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoidG90ZW0ifQ.sig',
  perfexApiKey: 'pk_live_0123456789abcdef',
  vtigerUsername: 'totem',
  vtigerAccessKey: 'Ab12Cd34Ef56Gh78',
  gestorApiKey: 'gck_simulador0123456789',
} as const;
