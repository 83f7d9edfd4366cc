import QRCode from 'qrcode';

/**
 * Pix QR drawn from qrcode's module matrix as one SVG path (server-side; no QR library in the browser), with the
 * standard's 4-module quiet zone on white (BOLETO-PIX.md; the Acessibilidade palette is black around it).
 *
 * 320 CSS px, in px rather than rem: the Acessibilidade mode enlarges type for the person, not the code a camera
 * reads, and a QR growing with the type pushed its foot off a landscape screen. 320 px is ≈ 80 mm on the totems'
 * panels (21.5" 1920×1080, 15.6" 1366×768, 17" 1280×1024: 0.25–0.26 mm per px), which a phone reads from up
 * to ≈ 80 cm (the usual 10:1 distance to size), and ≥ 4.9 px per module for the longest Pix payloads (version
 * 10, 57 + 8 modules). e2e/acessibilidade.spec.ts checks the size, that it is whole on screen, and decodes it.
 */
export function PixQr({ payload, label }: { payload: string; label: string }) {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const margin = 4;
  let d = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (qr.modules.get(x, y)) d += `M${x + margin} ${y + margin}h1v1h-1z`;
    }
  }
  const full = size + 2 * margin;
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="pix-qr"
      viewBox={`0 0 ${full} ${full}`}
      shapeRendering="crispEdges"
      className="aspect-square w-[320px] max-w-full shrink-0 self-center rounded-xl bg-white portrait:sm:self-start"
    >
      <rect width={full} height={full} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
