import { describe, expect, it } from 'vitest';
import { createDemoErp } from '@/lib/erp/demo';
import { kioskFeatures } from './features';

describe('kioskFeatures', () => {
  it('offers the bank PDF only when the ERP can hand it over', () => {
    expect(kioskFeatures(new Set())).toEqual(['faturas', 'boleto', 'imprimir', 'pix']);
    expect(kioskFeatures(new Set(['boletoPdf']))).toEqual([
      'faturas',
      'boleto',
      'imprimir',
      'pdfBanco',
      'pix',
    ]);
  });
  it('follows the demo ERP as configured', () => {
    expect(kioskFeatures(createDemoErp().capabilities)).toContain('pdfBanco');
  });
});
