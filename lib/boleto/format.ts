import { stripBoleto } from './convert';

/**
 * Printed form of a linha digitável:
 * bancário `23790.00124 50005.663146 87123.456706 8 10010000000200`,
 * arrecadação `84610000000-5 24610029110-2 05460339004-6 95895061080-0`.
 * Anything that is not 47 or 48 digits comes back unchanged: a display helper must not throw.
 */
export function formatLinhaDigitavel(digits: string): string {
  const d = stripBoleto(digits);
  if (!/^\d+$/.test(d)) return digits;
  if (d.length === 47) {
    return (
      `${d.slice(0, 5)}.${d.slice(5, 10)} ${d.slice(10, 15)}.${d.slice(15, 21)} ` +
      `${d.slice(21, 26)}.${d.slice(26, 32)} ${d.slice(32, 33)} ${d.slice(33, 47)}`
    );
  }
  if (d.length === 48) {
    const blocks: string[] = [];
    for (let i = 0; i < 48; i += 12) blocks.push(`${d.slice(i, i + 11)}-${d.slice(i + 11, i + 12)}`);
    return blocks.join(' ');
  }
  return digits;
}
