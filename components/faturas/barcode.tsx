import { itfModules } from '@/lib/boleto';

/** Quiet zone on screen, in modules (10 × narrow bar ≈ the 5 mm FEBRABAN asks for on paper). */
const QUIET = 20;

/**
 * The boleto's ITF barcode drawn on screen as vector bars from the 44-digit code, on white with quiet zones,
 * big enough for a bank app's camera. Server-rendered: no barcode library reaches the browser.
 */
export function Barcode({ codigoBarras, label }: { codigoBarras: string; label: string }) {
  const modules = itfModules(codigoBarras);
  const width = modules.length + 2 * QUIET;
  const bars: { x: number; w: number }[] = [];
  for (let i = 0; i < modules.length;) {
    if (modules[i] !== '1') {
      i += 1;
      continue;
    }
    let j = i;
    while (modules[j] === '1') j += 1;
    bars.push({ x: QUIET + i, w: j - i });
    i = j;
  }
  return (
    <svg
      role="img"
      aria-label={label}
      data-testid="barcode"
      data-codigo-barras={codigoBarras}
      viewBox={`0 0 ${width} 60`}
      preserveAspectRatio="none"
      shapeRendering="crispEdges"
      className="h-32 w-full rounded-xl bg-white lg:h-40"
    >
      <rect x={0} y={0} width={width} height={60} fill="#fff" />
      {bars.map((b) => (
        <rect key={b.x} x={b.x} y={4} width={b.w} height={52} fill="#000" />
      ))}
    </svg>
  );
}
