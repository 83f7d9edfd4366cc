import type { ReactNode } from 'react';

/**
 * A full-screen kiosk page: header slot, scrollable main, generous padding for portrait and landscape, and an
 * optional action bar pinned to the foot of the screen (within reach in portrait — NBR 9050 puts controls
 * 0.40–1.20 m from the floor — and always visible in landscape). `wide` lets a screen use a landscape width.
 * `barBesideAside`: in landscape the bar covers only what is right of main's first column (the fatura's Pix,
 * `--fatura-pix-col`), so nothing in that column ever sits under it, whatever the screen's height or type size.
 */
export function Screen({
  header,
  children,
  testId,
  actionBar,
  wide = false,
  barBesideAside = false,
}: {
  header?: ReactNode;
  children: ReactNode;
  testId?: string;
  actionBar?: ReactNode;
  wide?: boolean;
  barBesideAside?: boolean;
}) {
  return (
    <div className="flex min-h-dvh flex-col" data-testid={testId}>
      {header ? (
        <header className="flex items-center justify-between gap-4 border-b-2 border-line bg-panel px-6 py-4 lg:px-10">
          {header}
        </header>
      ) : null}
      <main
        className={`mx-auto flex w-full flex-1 flex-col gap-8 px-6 py-8 lg:px-10 ${
          wide ? 'max-w-5xl landscape:max-w-none landscape:gap-6 landscape:py-6' : 'max-w-5xl'
        }`}
      >
        {children}
      </main>
      {actionBar ? (
        <div
          className={`sticky bottom-0 z-30 border-t-2 border-edge bg-panel px-6 py-4 lg:px-10 ${
            barBesideAside
              ? 'landscape:ml-[calc(1.5rem+var(--fatura-pix-col))] landscape:rounded-tl-3xl landscape:border-l-2 landscape:py-3 lg:landscape:ml-[calc(2.5rem+var(--fatura-pix-col))]'
              : ''
          }`}
          data-testid="action-bar"
        >
          <div
            className={`mx-auto flex w-full max-w-5xl flex-wrap items-start gap-4 landscape:max-w-none ${
              barBesideAside ? 'landscape:flex-nowrap' : ''
            }`}
          >
            {actionBar}
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** A full-screen message (not found, ERP down, empty...) with its way back. */
export function MessageScreen({
  title,
  text,
  tone = 'info',
  actions,
  testId,
}: {
  title: string;
  text: string;
  tone?: 'info' | 'danger';
  actions: ReactNode;
  testId?: string;
}) {
  return (
    <main
      className="flex min-h-dvh flex-col items-center justify-center gap-10 px-8 text-center"
      data-testid={testId}
    >
      <div
        className={`flex max-w-3xl flex-col gap-6 rounded-3xl border-2 p-10 ${
          tone === 'danger' ? 'border-danger bg-danger-bg' : 'border-line bg-panel'
        }`}
      >
        <h1 className="text-4xl font-bold lg:text-5xl">{title}</h1>
        <p className="text-2xl leading-relaxed text-muted" role={tone === 'danger' ? 'alert' : undefined}>
          {text}
        </p>
      </div>
      <div className="flex flex-wrap justify-center gap-6">{actions}</div>
    </main>
  );
}
