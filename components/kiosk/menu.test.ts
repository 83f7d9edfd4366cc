import { describe, expect, it } from 'vitest';
import { loadConfig } from '@/lib/config';
import type { ErpCapability } from '@/lib/erp/port';
import { KIOSK_MENU, visibleMenu, type KioskMenuEntry } from './menu';

const config = loadConfig({});
const entries: KioskMenuEntry[] = [
  { id: 'a', label: 'A', description: 'a', href: '/cliente/a' },
  { id: 'nf', label: 'NF', description: 'nf', href: '/cliente/nf', requires: ['notasFiscais'] },
  {
    id: 'both',
    label: 'B',
    description: 'b',
    href: '/cliente/b',
    requires: ['planos', 'desbloqueio'],
  },
  {
    id: 'flag',
    label: 'F',
    description: 'f',
    href: '/cliente/f',
    when: (c) => c.config.erpAdapter === 'ixc',
  },
];

describe('visibleMenu', () => {
  it('shows an entry only when the ERP declares every capability it requires', () => {
    expect(visibleMenu(entries, { capabilities: new Set(), config }).map((e) => e.id)).toEqual(['a']);
    expect(
      visibleMenu(entries, { capabilities: new Set(['notasFiscais', 'planos']), config }).map((e) => e.id),
    ).toEqual(['a', 'nf']);
    expect(
      visibleMenu(entries, { capabilities: new Set(['planos', 'desbloqueio']), config }).map((e) => e.id),
    ).toEqual(['a', 'both']);
  });

  it('hides an entry whose extra condition (feature switch, CRM...) is off, keeping the list order', () => {
    const ixc = { ...config, erpAdapter: 'ixc' as const };
    expect(visibleMenu(entries, { capabilities: new Set(), config: ixc }).map((e) => e.id)).toEqual([
      'a',
      'flag',
    ]);
  });

  it('every real entry has a unique id and a customer route', () => {
    const ids = KIOSK_MENU.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of KIOSK_MENU) {
      expect(e.href).toMatch(/^\/cliente\/[a-z0-9/-]+$/);
      expect(e.label.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(0);
    }
  });
});

describe('"Meus dados" on the menu', () => {
  const ids = (c: typeof config, caps: ErpCapability[]) =>
    visibleMenu(KIOSK_MENU, { capabilities: new Set(caps), config: c }).map((e) => e.id);

  it('is offered when a CRM is configured or the ERP can edit customers, and hidden otherwise', () => {
    expect(ids(loadConfig({ CRM_ADAPTER: 'demo' }), [])).toContain('meus-dados');
    expect(ids(loadConfig({ CRM_ADAPTER: 'none' }), ['atualizarCliente'])).toContain('meus-dados');
    expect(ids(loadConfig({ CRM_ADAPTER: 'none' }), ['contatos'])).not.toContain('meus-dados');
  });
});
