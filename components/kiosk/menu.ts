import { CT } from '@/components/cadastro/texts';
import type { AppConfig } from '@/lib/config';
import type { ErpCapability } from '@/lib/erp/port';

/**
 * The customer home's menu: ONE list, one line per screen. To add a screen, add an entry here (label and
 * description are the pt-BR text on the tile) and give it what it needs: `requires` lists ERP capabilities
 * (all must be declared by the configured adapter), `when` any other condition (a feature switch from
 * lib/config, a configured CRM...). An entry whose conditions fail is not shown: the kiosk never offers a
 * screen that cannot work. Order here = order on screen. The faturas themselves are listed on the home, not here.
 */
export interface KioskMenuEntry {
  /** Stable id (data-entry-id on the tile; e2e use it). */
  id: string;
  label: string;
  description: string;
  href: `/cliente/${string}`;
  requires?: readonly ErpCapability[];
  when?: (ctx: KioskMenuContext) => boolean;
}

export interface KioskMenuContext {
  capabilities: ReadonlySet<ErpCapability>;
  config: AppConfig;
}

export const KIOSK_MENU: readonly KioskMenuEntry[] = [
  {
    id: 'planos',
    label: 'Meus planos',
    description: 'Veja seus planos e desbloqueie a internet por confiança',
    href: '/cliente/planos',
    requires: ['planos'],
  },
  {
    id: 'chamado',
    label: 'Abrir chamado',
    description: 'Sem conexão, lentidão ou outro problema: receba um protocolo',
    href: '/cliente/chamado',
    requires: ['chamado'],
  },
  {
    id: 'notas',
    label: 'Notas fiscais',
    description: 'Veja e imprima suas notas fiscais',
    href: '/cliente/notas',
    requires: ['notasFiscais'],
  },
  {
    id: 'meus-dados',
    label: CT.menu.label,
    description: CT.menu.description,
    href: '/cliente/meus-dados',
    // Somewhere to write: a CRM, or an ERP with "Editar dados do cliente".
    when: ({ capabilities, config }) => config.crm.adapter !== 'none' || capabilities.has('atualizarCliente'),
  },
];

/** The entries this kiosk can really offer, in order. */
export function visibleMenu(
  entries: readonly KioskMenuEntry[],
  ctx: KioskMenuContext,
): readonly KioskMenuEntry[] {
  return entries.filter(
    (e) => (e.requires ?? []).every((c) => ctx.capabilities.has(c)) && (e.when?.(ctx) ?? true),
  );
}
