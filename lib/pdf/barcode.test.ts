import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrBoxes } from './barcode';

describe('qrBoxes', () => {
  it('covers exactly the dark modules, once each, with far fewer rectangles than modules', () => {
    const { modules } = QRCode.create(
      '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000',
      {
        errorCorrectionLevel: 'M',
      },
    );
    const n = modules.size;
    const boxes = qrBoxes(n, (r, c) => modules.get(r, c) === 1);
    const covered = new Array<number>(n * n).fill(0);
    for (const [x, y, w, h] of boxes) {
      for (let r = y; r < y + h; r++)
        for (let c = x; c < x + w; c++) covered[r * n + c] = (covered[r * n + c] ?? 0) + 1;
    }
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) expect(covered[r * n + c]).toBe(modules.get(r, c) === 1 ? 1 : 0);
    }
    expect(boxes.length).toBeLessThan((n * n) / 4);
  });
});
