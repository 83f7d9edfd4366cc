import 'server-only';
import type { AppConfig } from '@/lib/config';
import { DomainError } from '@/lib/domain/errors';
import { createLogger } from '@/lib/http';
import type { IxcErpOptions } from '.';

/** AppConfig → adapter options (the registry's factory line). */
export function ixcOptionsFrom(config: AppConfig): IxcErpOptions {
  const ixc = config.erp.ixc;
  if (!ixc) throw new DomainError('CONFIGURACAO_INVALIDA', { details: 'IXC_URL/IXC_TOKEN ausentes' });
  return {
    url: ixc.url,
    token: ixc.token,
    contaId: ixc.contaId,
    chamadoAssuntoId: ixc.chamadoAssuntoId,
    chamadoSetorId: ixc.chamadoSetorId,
    filialId: ixc.filialId,
    notaFiscalPdf: ixc.notaFiscalPdf,
    juropUnidade: ixc.juropUnidade,
    boletoAtualiza: ixc.boletoAtualiza,
    http: {
      timeoutMs: config.erp.timeoutMs,
      retries: config.erp.retries,
      breaker: { failureThreshold: config.erp.circuitFailures, openMs: config.erp.circuitOpenMs },
      logger: createLogger({ level: config.erp.logLevel, name: 'erp' }),
    },
  };
}
