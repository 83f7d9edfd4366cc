import 'server-only';
import { NextResponse } from 'next/server';
import { DomainError, isDomainError, messageFor, type ErrorCode } from '@/lib/domain/errors';
import { createLogger } from '@/lib/http';
import type { PdfFile } from './server';
import { getPdfGate } from '@/lib/services/render-gate';

/**
 * Shared by the boleto PDF routes: a PDF answer, or a JSON error in pt-BR — never a PDF when something is
 * wrong, so the kiosk can never print an error page or an inconsistent boleto.
 */
const log = createLogger({ name: 'boleto-pdf' });

const STATUS: Partial<Record<ErrorCode, number>> = {
  SESSAO_EXPIRADA: 401,
  FATURA_NAO_ENCONTRADA: 404,
  NOTA_NAO_ENCONTRADA: 404,
  CONFIRMACAO_INVALIDA: 404,
  FUNCAO_INDISPONIVEL: 404,
  BOLETO_INCONSISTENTE: 422,
  PIX_INCONSISTENTE: 422,
  PDF_INVALIDO: 502,
  ERP_RESPOSTA_INVALIDA: 502,
  ERP_REJEITOU: 502,
  AUTENTICACAO_ERP: 502,
  ERP_INDISPONIVEL: 503,
  ERP_TIMEOUT: 504,
  IMPRESSAO_EM_ANDAMENTO: 429,
  FILA_DE_IMPRESSAO_CHEIA: 503,
};

/** Refusals by the PDF gate: the kiosk may try again in a moment. */
const RETRY_AFTER: Partial<Record<ErrorCode, string>> = {
  IMPRESSAO_EM_ANDAMENTO: '1',
  FILA_DE_IMPRESSAO_CHEIA: '1',
};

const NO_STORE = { 'Cache-Control': 'no-store, private', Pragma: 'no-cache' };

export interface BoletoErrorBody {
  ok: false;
  code: ErrorCode;
  message: string;
  retryable: boolean;
}

export function pdfResponse(file: PdfFile): Response {
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      ...NO_STORE,
      'Content-Type': 'application/pdf',
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `inline; filename="${file.filename}"`,
    },
  });
}

/**
 * Makes a PDF within the gate (lib/services/render-gate): at most PDF_PER_SESSION in the making per session
 * (IMPRESSAO_EM_ANDAMENTO, 429) and PDF_IN_FLIGHT in the process (FILA_DE_IMPRESSAO_CHEIA, 503).
 */
export async function gatedPdfResponse(sessionId: string, make: () => Promise<PdfFile>): Promise<Response> {
  const ticket = getPdfGate().enter(sessionId);
  if (!ticket.ok) {
    throw new DomainError(ticket.full === 'session' ? 'IMPRESSAO_EM_ANDAMENTO' : 'FILA_DE_IMPRESSAO_CHEIA');
  }
  try {
    return pdfResponse(await make());
  } finally {
    ticket.release();
  }
}

export function errorResponse(error: unknown, route: string): Response {
  // instanceof works across bundle-layer copies of lib/domain/errors (DomainError's global brand).
  const known = isDomainError(error) ? error : null;
  const domain = known ?? new DomainError('ERRO_INTERNO', { cause: error });
  // Staff see why in the logs (details never reach the customer); unknown errors are logged in full.
  if (known) log.warn({ route, code: domain.code, details: domain.details }, 'boleto PDF recusado');
  else log.error({ route, err: error }, 'boleto PDF falhou');
  const body: BoletoErrorBody = {
    ok: false,
    code: domain.code,
    message: messageFor(domain.code),
    retryable: domain.retryable,
  };
  const retryAfter = RETRY_AFTER[domain.code];
  return NextResponse.json(body, {
    status: STATUS[domain.code] ?? 500,
    headers: retryAfter ? { ...NO_STORE, 'Retry-After': retryAfter } : NO_STORE,
  });
}
