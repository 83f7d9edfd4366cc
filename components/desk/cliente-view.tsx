import { formatLinhaDigitavel } from '@/lib/boleto';
import { formatDocumento } from '@/lib/br';
import { formatDateBR } from '@/lib/domain/dates';
import { formatBRL } from '@/lib/domain/money';
import type { FaturaAvaliada } from '@/lib/services/avaliar-fatura';
import type { ClienteNoBalcao } from '@/lib/services/balcao';
import { compararCadastro } from '@/lib/services/balcao-comparar';
import { FaturaActions } from './fatura-actions';
import { NotaActions } from './nota-actions';
import { DT } from './texts';

const section = 'rounded-lg border border-line bg-panel p-4';
const th = 'px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-muted';
const td = 'px-2 py-1 align-top';

function Failed({ message, testId }: { message: string; testId: string }) {
  return (
    <p role="alert" className="rounded-md border border-danger bg-danger-bg p-2" data-testid={testId}>
      {message}
    </p>
  );
}

export function CadastroSection({ data }: { data: ClienteNoBalcao }) {
  const c = data.cliente;
  const crm = data.crm;
  const erpCliente = c.ok ? c.value : null;
  const contatos = data.contatos.ok ? data.contatos.value : null;
  const crmCliente = crm && crm.ok ? crm.value : null;
  const rows = compararCadastro(erpCliente, contatos, crmCliente, DT.cliente);
  const showCrm = crm !== null;
  const anyDiff = rows.some((r) => r.diferente);
  return (
    <section aria-labelledby="cadastro-title" className={section} data-testid="cadastro">
      <h2 id="cadastro-title" className="mb-2 text-base font-bold">
        {DT.cliente.cadastro}
      </h2>
      {!c.ok ? <Failed message={c.message} testId="cadastro-erro" /> : null}
      {c.ok && !c.value ? <p>{DT.cliente.naoEncontrado}</p> : null}
      {crm && !crm.ok ? <Failed message={`${DT.cliente.crm}: ${crm.message}`} testId="crm-erro" /> : null}
      {crm && crm.ok && !crm.value ? <p data-testid="crm-sem-registro">{DT.cliente.crmSemRegistro}</p> : null}
      <table className="w-full" data-testid="cadastro-tabela">
        <thead>
          <tr>
            <th scope="col" className={th}>
              <span className="sr-only">{DT.cliente.campo}</span>
            </th>
            {showCrm ? (
              <th scope="col" className={th}>
                {DT.cliente.crm}
              </th>
            ) : null}
            <th scope="col" className={th}>
              {DT.cliente.erp}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-line">
            <th scope="row" className={`${th} w-36`}>
              {DT.cliente.fields.documento}
            </th>
            <td className={td} colSpan={showCrm ? 2 : 1}>
              {formatDocumento(data.documento)}
            </td>
          </tr>
          {rows.map((r) => (
            <tr
              key={r.campo}
              className={`border-t border-line ${r.diferente ? 'bg-danger-bg' : ''}`}
              data-testid={`campo-${r.campo}`}
              data-diferente={r.diferente ? 'sim' : 'nao'}
            >
              <th scope="row" className={`${th} w-36`}>
                {DT.cliente.campos[r.campo]}
                {r.diferente ? <span className="sr-only"> ({DT.cliente.diferente})</span> : null}
              </th>
              {showCrm ? <td className={td}>{r.crm ?? '—'}</td> : null}
              <td className={td}>
                {r.erp ?? '—'}
                {r.diferente ? (
                  <span aria-hidden="true" className="ml-2 text-xs font-bold text-danger">
                    ≠
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
          {erpCliente ? (
            <tr className="border-t border-line">
              <th scope="row" className={`${th} w-36`}>
                {DT.cliente.fields.id}
              </th>
              {showCrm ? <td className={td}>{crmCliente?.id ?? '—'}</td> : null}
              <td className={td}>{erpCliente.id}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {anyDiff ? (
        <p className="mt-2 text-danger" data-testid="cadastro-diferencas">
          {DT.cliente.haDiferencas}
        </p>
      ) : null}
      {!showCrm ? <p className="mt-2 text-muted">{DT.cliente.crmNone}</p> : null}
    </section>
  );
}

export function ContatosSection({ data }: { data: ClienteNoBalcao }) {
  const c = data.contatos;
  return (
    <section aria-labelledby="contatos-title" className={section} data-testid="contatos">
      <h2 id="contatos-title" className="mb-2 text-base font-bold">
        {DT.cliente.contatos}
      </h2>
      {!c.ok ? (
        <Failed message={c.message} testId="contatos-erro" />
      ) : c.value.length === 0 ? (
        <p>{DT.cliente.semContatos}</p>
      ) : (
        <ul>
          {c.value.map((ct) => (
            <li key={`${ct.type}:${ct.value}`}>
              <span className="text-muted">
                {ct.type === 'email' ? DT.cliente.email : DT.cliente.telefone}:
              </span>{' '}
              {ct.value}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The ERP's internal notices, in full: staff decide what the customer is told. */
export function PendenciasSection({ data }: { data: ClienteNoBalcao }) {
  const p = data.pendencias;
  const textos = p.ok ? p.value.textos : [];
  return (
    <section
      aria-labelledby="pendencias-title"
      className={`${section} ${textos.length > 0 ? 'border-danger' : ''}`}
      data-testid="pendencias"
      data-count={textos.length}
    >
      <h2 id="pendencias-title" className="mb-1 text-base font-bold">
        {DT.cliente.pendencias}
        {textos.length > 0 ? ` (${textos.length})` : ''}
      </h2>
      <p className="mb-2 text-xs text-muted">{DT.cliente.pendenciasAviso}</p>
      {!p.ok ? (
        <Failed message={p.message} testId="pendencias-erro" />
      ) : !p.value.suportado ? (
        <p>{DT.cliente.pendenciasNaoSuportado}</p>
      ) : textos.length === 0 ? (
        <p data-testid="sem-pendencias">{DT.cliente.semPendencias}</p>
      ) : (
        <ul className="list-disc pl-5">
          {textos.map((t, i) => (
            <li key={i} data-testid="pendencia" className="whitespace-pre-line">
              {t}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function statusLabel(a: FaturaAvaliada): string {
  if (a.status === 'vencida') return DT.fatura.vencida(a.diasAtraso);
  return a.fatura.vencimento === a.hoje ? DT.fatura.venceHoje : DT.fatura.aVencer;
}

export function FaturasSection({
  data,
  customerRef,
  pdfDoBancoCapable,
}: {
  data: ClienteNoBalcao;
  customerRef: string;
  pdfDoBancoCapable: boolean;
}) {
  const f = data.faturas;
  return (
    <section aria-labelledby="faturas-title" className={section} data-testid="faturas">
      <h2 id="faturas-title" className="mb-2 text-base font-bold">
        {DT.cliente.faturas}
      </h2>
      {!f.ok ? (
        <Failed message={f.message} testId="faturas-erro" />
      ) : f.value.length === 0 ? (
        <p data-testid="sem-faturas">{DT.cliente.semFaturas}</p>
      ) : (
        <table className="w-full">
          <thead>
            <tr>
              {Object.values(DT.fatura.cols).map((c) => (
                <th key={c} scope="col" className={th}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {f.value.map((a) => {
              const { fatura } = a;
              const base = `/balcao/cliente/${customerRef}/fatura/${encodeURIComponent(fatura.id)}`;
              const code = (fatura.codeFatura ?? fatura.id).replace(/[^\w.-]/g, '_');
              return (
                <tr
                  key={fatura.id}
                  className="border-t border-line"
                  data-testid="fatura-row"
                  data-fatura-id={fatura.id}
                >
                  <td className={`${td} font-mono`}>
                    {fatura.codeFatura ?? fatura.id}
                    <div className="font-sans text-muted">{fatura.historico}</div>
                  </td>
                  <td className={td}>{formatDateBR(fatura.vencimento)}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatBRL(fatura.valorInicial)}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatBRL(fatura.multa)}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatBRL(fatura.juros)}</td>
                  <td className={`${td} text-right font-semibold tabular-nums`} data-testid="valor-devido">
                    {formatBRL(a.valorDevido)}
                  </td>
                  <td className={td}>
                    <span className={a.status === 'vencida' ? 'font-semibold text-danger' : 'text-ok'}>
                      {statusLabel(a)}
                    </span>
                  </td>
                  <td className={`${td} max-w-md`} data-testid="boleto-status">
                    {a.boleto.ok ? (
                      <>
                        <span className="text-ok">{DT.fatura.boletoOk}</span>
                        <div className="font-mono text-xs break-all text-muted" data-testid="linha">
                          {formatLinhaDigitavel(a.boleto.info.linhaDigitavel)}
                        </div>
                      </>
                    ) : (
                      <div data-testid="boleto-recusado">
                        <strong className="text-danger">
                          {a.boleto.semLinha ? DT.fatura.boletoSemLinha : DT.fatura.boletoRecusado}
                        </strong>
                        <p>
                          <span className="text-muted">{DT.fatura.motivo}: </span>
                          <span data-testid="motivo">{a.boleto.motivo}</span>
                        </p>
                      </div>
                    )}
                    {!a.pix.ok ? (
                      <p data-testid="pix-motivo">
                        <span className="text-muted">{DT.fatura.pixMotivo}: </span>
                        {a.pix.motivo}
                      </p>
                    ) : null}
                  </td>
                  <td className={td}>
                    <FaturaActions
                      customerRef={customerRef}
                      faturaId={fatura.id}
                      base={base}
                      boletoOk={a.boleto.ok}
                      pdfDoBanco={pdfDoBancoCapable && (a.boleto.ok || a.boleto.semLinha)}
                      linha={a.boleto.ok ? a.boleto.info.linhaDigitavel : null}
                      pix={a.pix.ok ? a.pix.payload : null}
                      filename={`boleto-${code}.pdf`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The customer's notas fiscais (number, issue date, value), each previewed, printed or downloaded here. */
export function NotasSection({ data, customerRef }: { data: ClienteNoBalcao; customerRef: string }) {
  const notas = data.notas;
  if (!notas) return null;
  const n = notas.lista;
  return (
    <section aria-labelledby="notas-title" className={section} data-testid="notas">
      <h2 id="notas-title" className="mb-2 text-base font-bold">
        {DT.notas.title}
      </h2>
      {!n.ok ? (
        <Failed message={n.message} testId="notas-erro" />
      ) : n.value.length === 0 ? (
        <p data-testid="sem-notas">{DT.notas.nenhuma}</p>
      ) : (
        <>
          {!notas.pdf ? <p className="mb-2 text-muted">{DT.notas.semPdf}</p> : null}
          <table className="w-full">
            <thead>
              <tr>
                {Object.values(DT.notas.cols).map((c) => (
                  <th key={c} scope="col" className={th}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {n.value.map((nota) => (
                <tr
                  key={nota.id}
                  className="border-t border-line"
                  data-testid="nota-row"
                  data-nota-id={nota.id}
                >
                  <td className={`${td} font-mono`}>{nota.numero}</td>
                  <td className={td}>{nota.emissao ? formatDateBR(nota.emissao) : DT.notas.semData}</td>
                  <td className={`${td} text-right tabular-nums`}>{formatBRL(nota.valor)}</td>
                  <td className={td}>
                    {notas.pdf ? (
                      <NotaActions
                        src={`/balcao/cliente/${customerRef}/nota/${encodeURIComponent(nota.id)}`}
                        filename={`nota-fiscal-${nota.numero.replace(/[^\w.-]/g, '_')}.pdf`}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
