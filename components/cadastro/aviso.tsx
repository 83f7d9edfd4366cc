import type { ReactNode } from 'react';

/** A notice inside a "Meus dados" screen (locked, go to the desk, could not read...). */
export function Aviso({
  title,
  text,
  tone = 'info',
  testId,
  children,
}: {
  title: string;
  text: string;
  tone?: 'info' | 'danger';
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <section
      className={`flex flex-col gap-4 rounded-3xl border-4 p-8 ${tone === 'danger' ? 'border-danger bg-danger-bg' : 'border-line bg-panel'}`}
      data-testid={testId}
    >
      <h2 className="text-3xl font-bold">{title}</h2>
      <p className="text-2xl leading-relaxed text-muted" role={tone === 'danger' ? 'alert' : undefined}>
        {text}
      </p>
      {children}
    </section>
  );
}
