import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { T } from '@/components/kiosk/texts';
import { AD } from '@/components/adesao/texts';
import { modoAdesao } from '@/lib/services/adesao';

export const dynamic = 'force-dynamic';

/**
 * Attract screen: the whole screen is one big "touch to start"; below it, for people who are not customers,
 * "Quero ser cliente" when the ERP can take a sign-up.
 */
export default function AttractPage() {
  const { business } = getConfig();
  const adesao = modoAdesao() !== null;
  return (
    <main className="flex min-h-dvh flex-col">
      <Link
        href="/identificar"
        prefetch={false}
        // The link fills the screen: its focus ring is drawn inside it (a ring outside would be off-screen).
        className="flex flex-1 flex-col items-center justify-center gap-12 px-8 text-center focus-visible:outline-8 focus-visible:-outline-offset-[20px]"
        data-testid="attract"
      >
        <p className="text-2xl font-semibold uppercase tracking-widest text-brand">{business.name}</p>
        <h1 className="text-6xl font-extrabold lg:text-7xl">{T.attract.title}</h1>
        <p className="max-w-3xl text-3xl leading-snug text-muted">{T.attract.subtitle}</p>
        <span className="mt-8 inline-flex min-h-24 items-center rounded-3xl bg-brand px-14 text-4xl font-extrabold text-brand-ink motion-safe:animate-pulse">
          {T.attract.cta}
        </span>
      </Link>
      {adesao ? (
        <Link
          href="/quero-ser-cliente"
          prefetch={false}
          className="mx-8 mb-10 flex min-h-24 flex-col items-center justify-center gap-1 rounded-3xl border-4 border-line bg-panel px-10 py-4 text-center focus-visible:outline-8"
          data-testid="quero-ser-cliente"
        >
          <span className="text-4xl font-extrabold">{AD.entrada}</span>
          <span className="text-2xl text-muted">{AD.entradaExplica}</span>
        </Link>
      ) : null}
    </main>
  );
}
