import QRCode from 'qrcode';

/** Pix QR drawn from qrcode's module matrix as one SVG path (server-side; no QR library in the browser). */
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
      className="aspect-square w-72 max-w-full rounded-xl bg-white lg:w-80"
    >
      <rect width={full} height={full} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
