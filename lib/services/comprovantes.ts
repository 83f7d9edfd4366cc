import 'server-only';
import { getConfig } from '@/lib/config';
import { maskDocumento } from '@/lib/br';
import { DomainError } from '@/lib/domain/errors';
import { renderComprovantePdf } from '@/lib/pdf/comprovante';
import type { PdfFile } from '@/lib/pdf/server';
import type { KioskSession } from '@/lib/session/kiosk';
import { adesaoDaConfirmacao, type AlvoAdesao } from './adesao';
import { chamadoDaConfirmacao } from './chamado';

/** Receipts of what the customer did at the totem, rendered from what the store kept for that confirmation. */

const dataHora = (iso: string) =>
  new Intl.DateTimeFormat('pt-BR', {
    timeZone: 'America/Sao_Paulo',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

export async function comprovanteChamadoPdf(session: KioskSession, token: unknown): Promise<PdfFile> {
  const chamado = await chamadoDaConfirmacao(session, token);
  if (!chamado) throw new DomainError('CONFIRMACAO_INVALIDA', { details: 'comprovante sem chamado' });
  const { business, boleto } = getConfig();
  const bytes = await renderComprovantePdf(
    {
      beneficiario: { nome: business.name, cnpj: business.cnpj, endereco: business.address },
      titulo: 'Chamado aberto',
      protocoloLabel: 'Protocolo',
      protocolo: chamado.protocolo,
      linhas: [
        ['Cliente', session.nome],
        [session.documento.length === 11 ? 'CPF' : 'CNPJ', maskDocumento(session.documento)],
        ['Assunto', chamado.assunto],
        ...(chamado.planoNome ? [['Plano', chamado.planoNome] as [string, string]] : []),
        ['Aberto em', dataHora(chamado.abertoEm)],
      ],
      rodape: 'Guarde este comprovante. Informe o protocolo ao falar com o atendimento sobre este chamado.',
    },
    boleto.layout,
  );
  return { bytes, filename: `chamado-${chamado.protocolo.replace(/[^\w.-]/g, '_')}.pdf` };
}

const TITULO_ADESAO = {
  pedido: 'Pedido de adesão enviado',
  lead: 'Pedido de contato enviado',
  'pedido-cliente-existente': 'Pedido de novo serviço enviado',
} as const;

/** "Quero ser cliente": what was asked for and the protocol; no name or address on the paper. */
export async function comprovanteAdesaoPdf(
  kioskId: string | null,
  alvo: AlvoAdesao,
  token: unknown,
): Promise<PdfFile> {
  const adesao = await adesaoDaConfirmacao(kioskId, alvo, token);
  if (!adesao) throw new DomainError('CONFIRMACAO_INVALIDA', { details: 'comprovante sem adesão' });
  const { business, boleto } = getConfig();
  const bytes = await renderComprovantePdf(
    {
      beneficiario: { nome: business.name, cnpj: business.cnpj, endereco: business.address },
      titulo: TITULO_ADESAO[adesao.tipo],
      protocoloLabel: adesao.protocoloDoTotem ? 'Protocolo do totem' : 'Protocolo',
      protocolo: adesao.protocolo,
      linhas: [
        [adesao.documentoMascarado.length > 14 ? 'CNPJ' : 'CPF', adesao.documentoMascarado],
        ['Plano', adesao.planoNome],
        ['Vencimento', `Dia ${adesao.vencimentoDia}`],
        ['Enviado em', dataHora(adesao.enviadoEm)],
      ],
      rodape:
        'Guarde este comprovante. A equipe do provedor vai entrar em contato pelo celular ou e-mail informado para combinar a instalação. Informe o protocolo ao falar com o atendimento.',
    },
    boleto.layout,
  );
  return { bytes, filename: `adesao-${adesao.protocolo.replace(/[^\w.-]/g, '_')}.pdf` };
}
