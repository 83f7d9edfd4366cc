import type { ReactNode } from 'react';
import { formatLinhaDigitavel } from '@/lib/boleto';
import { formatDateBR } from '@/lib/domain/dates';
import { formatBRL } from '@/lib/domain/money';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import { Barcode } from './barcode';
import { StatusBadge } from './fatura-card';
import { PixQr } from './pix-qr';
import { FT } from './texts';

function formatExpiry(value: string): string {
  const date = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDateBR(date) : value;
}

/** Why something is not payable here, in plain words (the reason is the gate's own pt-BR sentence). */
function BlockedNotice({
  testId,
  title,
  motivo,
  hint,
}: {
  testId: string;
  title: string;
  motivo: { text: string; testId?: string } | null;
  hint: ReactNode;
}) {
  return (
    <div role="alert" data-testid={testId} className="rounded-2xl border-4 border-danger bg-danger-bg p-6">
      <p className="text-2xl font-bold">{title}</p>
      {motivo ? (
        <p className="mt-2 text-xl" data-testid={motivo.testId}>
          Motivo: {motivo.text}.
        </p>
      ) : null}
      {hint ? <p className="mt-2 text-xl text-muted">{hint}</p> : null}
    </div>
  );
}

/**
 * A refused boleto while the Pix works: what to do, in one line; the technical reason only behind "Por quê?"
 * (a customer needs the way to pay, not the check digit that failed).
 */
function RefusedUsePix({ motivo }: { motivo: string }) {
  const u = FT.fatura.usePix;
  return (
    <div
      role="alert"
      data-testid="boleto-bloqueado"
      className="rounded-2xl border-4 border-danger bg-danger-bg p-6"
    >
      <p className="text-2xl font-bold">{FT.fatura.boletoRefusedUsePix}</p>
      <p className="mt-2 text-2xl font-bold" data-testid="boleto-use-pix">
        {u.before}
        <span className="landscape:hidden">{u.portrait}</span>
        <span className="portrait:hidden">{u.landscape}</span>
        {u.after}
      </p>
      <details className="mt-4 group" data-testid="boleto-porque">
        <summary className="inline-flex min-h-16 cursor-pointer items-center rounded-2xl border-2 border-edge px-6 text-2xl font-bold marker:content-none">
          {FT.fatura.porQue}
        </summary>
        <p className="mt-3 text-xl text-muted">{FT.fatura.porQueText}</p>
        <p className="mt-1 text-xl" data-testid="boleto-motivo">
          {motivo}.
        </p>
      </details>
    </div>
  );
}

/**
 * Amounts of the fatura: in landscape one compact row when its column is wide enough (a container query, in
 * rem, so the Acessibilidade type stacks it sooner), so the boleto beside the Pix fits on one screen.
 */
function FaturaResumo({ avaliada }: { avaliada: FaturaAvaliada }) {
  const { fatura, encargos, avisoValor } = avaliada;
  const rows: [string, string, string?][] = [
    [FT.fatura.due, formatDateBR(fatura.vencimento)],
    ...(fatura.emissao ? [[FT.fatura.issued, formatDateBR(fatura.emissao)] as [string, string]] : []),
    [FT.fatura.plan, fatura.historico],
    [FT.fatura.face, formatBRL(fatura.valorInicial), 'valor-inicial'],
    // The ERP's split when it adds up; one "acréscimos" figure when it sent only a higher total.
    ...(encargos.kind === 'acrescimos'
      ? [[FT.fatura.acrescimos, formatBRL(encargos.valor), 'acrescimos'] as [string, string, string]]
      : [
          [FT.fatura.multa, formatBRL(fatura.multa), 'multa'] as [string, string, string],
          [FT.fatura.juros, formatBRL(fatura.juros), 'juros'] as [string, string, string],
        ]),
    ...(fatura.desconto
      ? [[FT.fatura.desconto, formatBRL(fatura.desconto), 'desconto'] as [string, string, string]]
      : []),
    ...(fatura.valorPago
      ? [[FT.fatura.pago, formatBRL(fatura.valorPago), 'valor-pago'] as [string, string, string]]
      : []),
  ];
  return (
    <section
      aria-labelledby="fatura-title"
      className={`flex flex-col gap-4 rounded-3xl border-4 p-6 landscape:@6xl:flex-row landscape:@6xl:flex-wrap landscape:@6xl:items-center landscape:@6xl:gap-x-10 landscape:@6xl:py-4 ${
        avaliada.status === 'vencida' ? 'border-danger bg-danger-bg' : 'border-line bg-panel'
      }`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3 landscape:@6xl:flex-col landscape:@6xl:items-start">
        <h1 id="fatura-title" className="text-3xl font-bold">
          Fatura {fatura.codeFatura ?? fatura.id}
        </h1>
        <StatusBadge avaliada={avaliada} />
      </div>
      <dl className="grid flex-1 grid-cols-2 gap-x-6 gap-y-2 text-xl sm:grid-cols-3">
        {rows.map(([label, value, testId]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd className="font-semibold" data-testid={testId}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-2xl landscape:@6xl:flex landscape:@6xl:flex-col">
        <span>
          {avaliada.status === 'vencida' && !fatura.encargosDesconhecidos
            ? FT.fatura.updated
            : FT.fatura.total}
          :{' '}
        </span>
        <strong className="text-4xl" data-testid="valor-devido">
          {formatBRL(avaliada.valorDevido)}
        </strong>
      </p>
      {fatura.encargosDesconhecidos ? (
        <p className="basis-full text-xl" data-testid="encargos-desconhecidos">
          {FT.fatura.encargosDesconhecidos}
        </p>
      ) : null}
      {avisoValor ? (
        <p className="basis-full text-xl" data-testid="aviso-valor" data-kind={avisoValor.kind}>
          {FT.fatura.avisoValor[avisoValor.kind](
            formatBRL(avisoValor.valorBoleto),
            formatBRL(avaliada.valorDevido),
          )}
        </p>
      ) : null}
    </section>
  );
}

function BoletoSection({ avaliada, pdfDoBanco }: { avaliada: FaturaAvaliada; pdfDoBanco: boolean }) {
  const { boleto, pix } = avaliada;
  let content: ReactNode;
  if (boleto.ok) {
    content = (
      <>
        <p className="text-xl text-muted">{FT.fatura.linha}</p>
        <p
          className="break-words font-mono text-3xl font-bold leading-snug tracking-wide lg:text-4xl landscape:text-3xl"
          data-testid="linha-digitavel"
        >
          {formatLinhaDigitavel(boleto.info.linhaDigitavel)}
        </p>
        <Barcode
          codigoBarras={boleto.info.codigoBarras}
          label={FT.fatura.barcodeLabel(formatLinhaDigitavel(boleto.info.linhaDigitavel))}
        />
      </>
    );
  } else if (boleto.semLinha) {
    content = pdfDoBanco ? (
      <div data-testid="boleto-bloqueado" className="rounded-2xl border-4 border-edge bg-panel-2 p-6">
        <p className="text-2xl font-bold">{FT.fatura.boletoMissingPdfBanco}</p>
        <p className="mt-2 text-xl text-muted">{FT.fatura.boletoMissingPdfBancoHint(pix.ok)}</p>
      </div>
    ) : (
      <BlockedNotice testId="boleto-bloqueado" title={FT.fatura.boletoMissing} motivo={null} hint={null} />
    );
  } else if (pix.ok) {
    content = <RefusedUsePix motivo={boleto.motivo} />;
  } else {
    content = (
      <BlockedNotice
        testId="boleto-bloqueado"
        title={FT.fatura.boletoBlockedTitle}
        motivo={{ text: boleto.motivo, testId: 'boleto-motivo' }}
        hint={FT.fatura.boletoBlockedText}
      />
    );
  }
  return (
    <section
      aria-labelledby="boleto-title"
      data-testid="boleto-section"
      className="flex min-w-0 flex-col gap-4 rounded-3xl border-2 border-line bg-panel p-6"
    >
      <h2 id="boleto-title" className="text-3xl font-bold">
        {FT.fatura.boletoTitle}
      </h2>
      {content}
    </section>
  );
}

function PixSection({ avaliada }: { avaliada: FaturaAvaliada }) {
  const { pix } = avaliada;
  return (
    <section
      aria-labelledby="pix-title"
      data-testid="pix-section"
      className="flex min-w-0 flex-col gap-4 rounded-3xl border-2 border-line bg-panel p-6"
    >
      <h2 id="pix-title" className="text-3xl font-bold">
        {FT.fatura.pixTitle}
      </h2>
      {pix.ok ? (
        <div className="flex flex-col items-center gap-6 portrait:sm:flex-row portrait:sm:items-start landscape:items-stretch">
          <PixQr payload={pix.payload} label={FT.fatura.qrLabel} />
          <div className="flex min-w-0 flex-1 flex-col gap-3">
            <p className="text-xl text-muted">{FT.fatura.pixHow}</p>
            <p className="text-2xl">
              {FT.fatura.pixAmount}: <strong data-testid="pix-amount">{formatBRL(pix.amount)}</strong>
            </p>
            {pix.expiraEm ? (
              <p className="text-xl">
                {FT.fatura.pixExpires}: <strong>{formatExpiry(pix.expiraEm)}</strong>
              </p>
            ) : null}
            <p className="text-xl text-muted">{FT.fatura.pixCopy}</p>
            <p
              className="break-all rounded-xl bg-white p-4 font-mono text-base leading-relaxed text-ink"
              data-testid="pix-copia-cola"
              data-source={pix.source}
            >
              {pix.payload}
            </p>
          </div>
        </div>
      ) : (
        <BlockedNotice
          testId="pix-bloqueado"
          title={FT.fatura.pixBlockedTitle}
          motivo={{ text: pix.motivo }}
          hint={null}
        />
      )}
    </section>
  );
}

/**
 * The fatura screen's content. Portrait: the amounts, then the ways to pay stacked, Pix first (a refused or
 * missing boleto goes first instead, so its notice points the way: "Pix abaixo"), then `children` (e-mail).
 * Landscape: the Pix in a left column of its own (`--fatura-pix-col`, which the action bar never covers: the QR
 * is whole on screen at 1920×1080, 1366×768 and 1280×1024, with or without Acessibilidade), the amounts, boleto
 * and `children` in the column beside it ("Pix ao lado").
 */
export function FaturaPagamento({
  avaliada,
  pdfDoBanco,
  children,
}: {
  avaliada: FaturaAvaliada;
  pdfDoBanco: boolean;
  children?: ReactNode;
}) {
  const pixFirst = avaliada.boleto.ok;
  const right = 'min-w-0 landscape:col-start-2';
  const pix = (
    <div key="pix" className="min-w-0 landscape:col-start-1 landscape:row-span-3 landscape:row-start-1">
      <PixSection avaliada={avaliada} />
    </div>
  );
  const boleto = (
    <div key="boleto" className={`${right} landscape:row-start-2`}>
      <BoletoSection avaliada={avaliada} pdfDoBanco={pdfDoBanco} />
    </div>
  );
  return (
    <div
      className="grid grid-cols-1 items-start gap-8 landscape:grid-cols-[var(--fatura-pix-col)_minmax(0,1fr)] landscape:grid-rows-[auto_auto_1fr] landscape:gap-6"
      data-testid="pagamento"
    >
      <div className={`@container ${right} landscape:row-start-1`}>
        <FaturaResumo avaliada={avaliada} />
      </div>
      {pixFirst ? [pix, boleto] : [boleto, pix]}
      {children ? <div className={`${right} landscape:row-start-3`}>{children}</div> : null}
    </div>
  );
}
