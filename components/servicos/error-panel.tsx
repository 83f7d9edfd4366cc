import { LinkButton } from '@/components/ui/button';

/** An ERP failure on a customer screen: what failed, the pt-BR reason, a way to try again and a way home. */
export function ErrorPanel({
  title,
  message,
  retryHref,
  retryLabel = 'Tentar de novo',
  testId = 'servico-erro',
}: {
  title: string;
  message: string;
  retryHref: string;
  retryLabel?: string;
  testId?: string;
}) {
  return (
    <section
      className="flex flex-col items-center gap-6 rounded-3xl border-4 border-danger bg-danger-bg p-10 text-center"
      data-testid={testId}
    >
      <h1 className="text-4xl font-bold">{title}</h1>
      <p role="alert" className="text-2xl text-muted">
        {message}
      </p>
      <div className="flex flex-wrap justify-center gap-4">
        <LinkButton href={retryHref}>{retryLabel}</LinkButton>
        <LinkButton href="/cliente" variant="secondary">
          Voltar ao início
        </LinkButton>
      </div>
    </section>
  );
}
