import type { ErpCapability } from '@/lib/erp/port';

/**
 * What the customer home offers, derived from what the configured ERP can do: a feature is listed only when
 * the kiosk has a screen for it AND the adapter declares what it needs. Order = order on screen.
 */
export const KIOSK_FEATURES = ['faturas', 'boleto', 'imprimir', 'pdfBanco', 'pix'] as const;
export type KioskFeature = (typeof KIOSK_FEATURES)[number];

const REQUIRES: Partial<Record<KioskFeature, ErpCapability>> = {
  pdfBanco: 'boletoPdf',
};

export function kioskFeatures(capabilities: ReadonlySet<ErpCapability>): KioskFeature[] {
  return KIOSK_FEATURES.filter((f) => {
    const needed = REQUIRES[f];
    return needed === undefined || capabilities.has(needed);
  });
}
