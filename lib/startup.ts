import { ConfigError, getConfig } from '@/lib/config';

/**
 * Start-up check (Node runtime only, called from instrumentation.ts): an invalid configuration stops the server
 * here, with a message naming each wrong variable, instead of failing later on a customer's screen.
 */
export function checkConfigAtStartup(): void {
  try {
    const config = getConfig();
    if (config.session.secretIsEphemeral && process.env.NODE_ENV === 'production') {
      console.warn(
        '[totem] SESSION_SECRET não definido: usando uma chave aleatória deste processo (sessões terminam ao reiniciar).',
      );
    }
    console.info(`[totem] ERP: ${config.erpAdapter}`);
    console.info(`[totem] CRM: ${config.crm.adapter}`);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[totem] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
