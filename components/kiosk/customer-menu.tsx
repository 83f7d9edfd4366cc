import Link from 'next/link';
import type { KioskMenuEntry } from './menu';

/** The customer home's menu: each entry is one big tile (the whole tile is the touch target). */
export function CustomerMenu({ title, entries }: { title: string; entries: readonly KioskMenuEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="menu-title" data-testid="menu">
      <h2 id="menu-title" className="mb-4 text-3xl font-bold">
        {title}
      </h2>
      <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {entries.map((e) => (
          <li key={e.id}>
            <Link
              href={e.href}
              prefetch={false}
              data-testid="menu-entry"
              data-entry-id={e.id}
              className="flex min-h-28 h-full flex-col justify-center gap-2 rounded-3xl border-4 border-line bg-panel p-6 active:bg-panel-2"
            >
              <span className="text-3xl font-bold text-white">{e.label} →</span>
              <span className="text-xl text-muted">{e.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
