'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { registrarCopiaAction } from '@/lib/actions/desk/clientes';
import { DT } from './texts';
import { deskButton } from './ui';

// The preview (react-query + pdf.js) loads only when staff open it.
const PreviewDialog = dynamic(
  () => import('@/components/print/preview-dialog').then((m) => m.PreviewDialog),
  {
    ssr: false,
  },
);

export interface FaturaActionsProps {
  customerRef: string;
  faturaId: string;
  /** `/balcao/cliente/<ref>/fatura/<id>` — the PDF routes hang below it. */
  base: string;
  boletoOk: boolean;
  pdfDoBanco: boolean;
  linha: string | null;
  pix: string | null;
  filename: string;
}

/** Per fatura: preview (with print), download, the bank's PDF, copy the linha digitável and the Pix code. */
export function FaturaActions(props: FaturaActionsProps) {
  const [preview, setPreview] = useState<{ src: string; kind: 'boleto' | 'boletoBanco' } | null>(null);
  const [copied, setCopied] = useState<string>('');

  const copy = async (tipo: 'linha' | 'pix', text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(DT.fatura.copiado);
    } catch {
      setCopied(DT.fatura.copiaFalhou);
      return;
    }
    await registrarCopiaAction({ ref: props.customerRef, faturaId: props.faturaId, tipo });
  };

  return (
    <div className="flex flex-wrap items-center gap-1" data-testid="fatura-actions">
      {props.boletoOk ? (
        <>
          <button
            type="button"
            className={deskButton('primary')}
            onClick={() => setPreview({ src: `${props.base}/pdf`, kind: 'boleto' })}
            data-testid="preview-open"
          >
            {DT.fatura.visualizar}
          </button>
          <a
            href={`${props.base}/pdf?download=1`}
            download={props.filename}
            className={deskButton()}
            data-testid="download"
          >
            {DT.fatura.baixar}
          </a>
        </>
      ) : null}
      {props.pdfDoBanco ? (
        <button
          type="button"
          className={deskButton()}
          onClick={() => setPreview({ src: `${props.base}/banco`, kind: 'boletoBanco' })}
          data-testid="banco-open"
        >
          {DT.fatura.banco}
        </button>
      ) : null}
      {props.linha ? (
        <button
          type="button"
          className={deskButton('ghost')}
          onClick={() => void copy('linha', props.linha ?? '')}
          data-testid="copy-linha"
        >
          {DT.fatura.copiarLinha}
        </button>
      ) : null}
      {props.pix ? (
        <button
          type="button"
          className={deskButton('ghost')}
          onClick={() => void copy('pix', props.pix ?? '')}
          data-testid="copy-pix"
        >
          {DT.fatura.copiarPix}
        </button>
      ) : null}
      <span role="status" aria-live="polite" className="text-muted" data-testid="copy-status">
        {copied}
      </span>
      {preview ? (
        <PreviewDialog
          src={preview.src}
          kind={preview.kind}
          filename={props.filename}
          onClose={() => setPreview(null)}
        />
      ) : null}
    </div>
  );
}
