'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { DT } from './texts';
import { deskButton } from './ui';

const PreviewDialog = dynamic(
  () => import('@/components/print/preview-dialog').then((m) => m.PreviewDialog),
  { ssr: false },
);

/** Per nota fiscal: preview (with print) and download of the ERP's PDF, through the desk's checked route. */
export function NotaActions({ src, filename }: { src: string; filename: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-1" data-testid="nota-actions">
      <button
        type="button"
        className={deskButton('primary')}
        onClick={() => setOpen(true)}
        data-testid="nota-preview-open"
      >
        {DT.fatura.visualizar}
      </button>
      <a href={`${src}?download=1`} download={filename} className={deskButton()} data-testid="nota-download">
        {DT.fatura.baixar}
      </a>
      {open ? (
        <PreviewDialog src={src} kind="notaFiscal" filename={filename} onClose={() => setOpen(false)} />
      ) : null}
    </div>
  );
}
