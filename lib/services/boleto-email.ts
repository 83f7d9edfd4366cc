import 'server-only';
import { getConfig } from '@/lib/config';
import { maskEmail } from '@/lib/br';
import { formatLinhaDigitavel } from '@/lib/boleto';
import { formatDateBR } from '@/lib/domain/dates';
import { DomainError, isDomainError } from '@/lib/domain/errors';
import { formatBRL } from '@/lib/domain/money';
import { getErp } from '@/lib/erp/registry';
import { getMailer } from '@/lib/email/mailer';
import { newCorrelationId, runWithCorrelationId } from '@/lib/http/correlation';
import { pdfDoBancoPermitido } from '@/lib/pdf/pdf-do-banco';
import { boletoPdfDaSessao, pdfDoBancoDaSessao, type PdfFile } from '@/lib/pdf/server';
import type { KioskSession } from '@/lib/session/kiosk';
import { getStore, hashDocumento } from '@/lib/store';
import type { FaturaAvaliada } from './avaliar-fatura';
import { getFaturaDoCliente } from './faturas';
import { auditKiosk } from './kiosk-audit';

/**
 * "Boleto por e-mail": the boleto PDF, the linha digitável and the Pix copia-e-cola sent to the e-mail the ERP
 * has for the session's customer ("Pegar contatos do cliente") — never an address typed at the totem. At most
 * EMAIL_MAX_PER_CUSTOMER sends per customer, then a pause of EMAIL_WINDOW_SECONDS (the store's lockouts, keyed
 * by a hash of the document); every send is audited.
 */

const EMAIL_RE = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

export function boletoEmailDisponivel(): boolean {
  return getConfig().email !== null && getErp().capabilities.has('contatos');
}

/** The registered e-mail (the first valid one), or null. ERP failures are thrown. */
export async function emailCadastrado(session: KioskSession): Promise<string | null> {
  const contatos = await runWithCorrelationId(newCorrelationId(), () =>
    getErp().listContatos(session.documento),
  );
  return contatos.find((c) => c.type === 'email' && EMAIL_RE.test(c.value.trim()))?.value.trim() ?? null;
}

/** The masked address for the fatura screen; null when there is none or it cannot be read now. */
export async function emailMascaradoParaTela(session: KioskSession): Promise<string | null> {
  if (!boletoEmailDisponivel()) return null;
  try {
    const email = await emailCadastrado(session);
    return email ? maskEmail(email) : null;
  } catch (error) {
    if (isDomainError(error)) return null; // optional part: the screen goes on without it
    throw error;
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function mensagemBoleto(avaliada: FaturaAvaliada, nome: string, business: string) {
  const { fatura } = avaliada;
  const linhas = [
    `Olá, ${nome.split(/\s+/)[0] ?? nome}!`,
    '',
    `Segue o boleto da fatura ${fatura.codeFatura ?? fatura.id} (${fatura.historico}), pedido no totem de autoatendimento.`,
    `Vencimento: ${formatDateBR(fatura.vencimento)}`,
    `Valor a pagar: ${formatBRL(avaliada.valorDevido)}`,
  ];
  if (avaliada.boleto.ok) {
    linhas.push('', 'Linha digitável:', formatLinhaDigitavel(avaliada.boleto.info.linhaDigitavel));
  }
  if (avaliada.pix.ok) linhas.push('', 'Pix copia e cola:', avaliada.pix.payload);
  linhas.push('', 'Se você não pediu este e-mail, ignore-o.', business);
  const text = linhas.join('\n');
  const html = `<div style="font-family:sans-serif">${linhas
    .map((l) => (l === '' ? '<br>' : `<p style="margin:0;word-break:break-all">${escapeHtml(l)}</p>`))
    .join('')}</div>`;
  return { subject: `${business}: boleto da fatura ${fatura.codeFatura ?? fatura.id}`, text, html };
}

export async function enviarBoletoPorEmail(
  session: KioskSession,
  faturaId: string,
): Promise<{ destino: string }> {
  const config = getConfig();
  if (!config.email || !boletoEmailDisponivel())
    throw new DomainError('FUNCAO_INDISPONIVEL', { details: 'e-mail não configurado' });
  const store = await getStore();
  const limitKey = `email-boleto:${hashDocumento(config.session.secret, session.documento)}`;
  const limit = await store.lockouts.status(limitKey);
  if (limit.locked) {
    await auditKiosk(session, 'kiosk.boleto.email', 'recusado', { faturaId, motivo: 'limite' });
    throw new DomainError('LIMITE_EMAIL', { retryAfterSeconds: limit.retryAfterSeconds });
  }

  const avaliada = await getFaturaDoCliente(session, faturaId);
  if (!avaliada) throw new DomainError('FATURA_NAO_ENCONTRADA');
  const email = await emailCadastrado(session);
  if (!email) throw new DomainError('EMAIL_NAO_CADASTRADO');

  // The totem's own PDF when the boleto passed the gate; the ERP's when there is no linha digitável at all.
  let pdf: PdfFile;
  if (avaliada.boleto.ok) pdf = await boletoPdfDaSessao(session, faturaId);
  else if (pdfDoBancoPermitido(avaliada, getErp())) pdf = await pdfDoBancoDaSessao(session, faturaId);
  else throw new DomainError('BOLETO_INCONSISTENTE', { details: 'boleto recusado: não vai por e-mail' });

  const m = mensagemBoleto(avaliada, session.nome, config.business.name);
  try {
    await getMailer(config.email)({
      to: email,
      ...m,
      attachments: [
        { filename: pdf.filename, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' },
      ],
    });
  } catch (error) {
    await auditKiosk(session, 'kiosk.boleto.email', 'erro', { faturaId });
    throw new DomainError('EMAIL_FALHOU', {
      cause: error,
      details: error instanceof Error ? error.message.slice(0, 200) : 'falha no SMTP',
    });
  }
  await store.lockouts.fail(limitKey, {
    maxFailures: config.email.maxPerCustomer,
    lockSeconds: config.email.windowSeconds,
  });
  await auditKiosk(session, 'kiosk.boleto.email', 'ok', { faturaId, anexo: pdf.filename });
  return { destino: maskEmail(email) };
}
