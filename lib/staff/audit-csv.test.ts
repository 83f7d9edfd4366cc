import { describe, expect, it } from 'vitest';
import { auditCsv } from './audit-csv';

describe('auditCsv', () => {
  it('writes a BOM, a header and one ;-separated line per row, neutralising formulas', () => {
    const csv = auditCsv([
      {
        seq: 7,
        at: Date.parse('2026-11-26T10:42:10Z'),
        actor: { kind: 'staff', userId: 'u1', username: 'ana' },
        documentoHash: 'abc',
        action: 'desk.boleto.pdf',
        result: 'ok',
        correlationId: null,
        details: { '=HYPERLINK("x")': 1, baixar: true },
      },
      {
        seq: 6,
        at: Date.parse('2026-11-26T10:00:00Z'),
        actor: { kind: 'kiosk', kioskId: 'k1' },
        documentoHash: null,
        action: 'kiosk.identificar',
        result: 'recusado',
        correlationId: 'c;1',
        details: null,
      },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'seq;data_hora;origem;totem_ou_usuario;acao;resultado;documento_hash;correlacao;detalhes',
    );
    expect(lines[1]).toBe(
      `7;2026-11-26 07:42:10;staff;ana;desk.boleto.pdf;ok;abc;;"'=HYPERLINK(""x"")=1 baixar=true"`,
    );
    expect(lines[2]).toBe('6;2026-11-26 07:00:00;kiosk;k1;kiosk.identificar;recusado;;"c;1";');
    expect(lines[3]).toBe('');
  });
});
