/**
 * Runs once when the server starts: an invalid configuration stops start-up here, with a message naming each
 * wrong variable, instead of failing later on a customer's screen.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getConfig, ConfigError } = await import('@/lib/config');
  try {
    const config = getConfig();
    if (config.session.secretIsEphemeral && process.env.NODE_ENV === 'production') {
      console.warn(
        '[totem] SESSION_SECRET não definido: usando uma chave aleatória deste processo (sessões terminam ao reiniciar).',
      );
    }
    console.info(`[totem] ERP: ${config.erpAdapter}`);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`[totem] ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
