'use client';

import dynamic from 'next/dynamic';
import { useCallback, useEffect, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import type { PdfBytes } from './pdf-viewer';
import { fetchPdf, printPdfBlob } from './print-pdf';
import { releasePrintLock, tryAcquirePrintLock } from './print-lock';
import { PT } from './texts';

const PdfViewer = dynamic(() => import('./pdf-viewer').then((m) => m.PdfViewer), {
  ssr: false,
  loading: () => <p className="p-8 text-2xl">{PT.carregando}</p>,
});

type Preview = { url: string; blob: Blob; file: PdfBytes } | { error: string } | null;

/**
 * On a wide screen (the staff desk; hidden on the portrait totem) the same PDF opens in a preview with
 * download and print. `src` is one of the boleto PDF routes.
 */
export function DeskPreview({ src, filename }: { src: string; filename: string }) {
  const [open, setOpen] = useState(false);
  const [preview, setPreview] = useState<Preview>(null);

  useEffect(() => {
    if (!open) return;
    let url: string | null = null;
    let cancelled = false;
    void fetchPdf(src).then(async (r) => {
      if (cancelled) return;
      if (!r.ok) return setPreview({ error: r.message });
      const data = new Uint8Array(await r.blob.arrayBuffer());
      if (cancelled) return;
      url = URL.createObjectURL(r.blob);
      setPreview({ url, blob: r.blob, file: { data } });
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
      setPreview(null);
    };
  }, [open, src]);

  const print = useCallback(async (blob: Blob) => {
    if (!tryAcquirePrintLock()) return;
    try {
      await printPdfBlob(blob);
    } finally {
      releasePrintLock();
    }
  }, []);

  return (
    <>
      {/* Desk only: the portrait totem (1080 px) is below Tailwind's xl (1280 px). */}
      <div className="hidden xl:block">
        <Button variant="ghost" onClick={() => setOpen(true)} data-testid="preview-open">
          {PT.visualizar}
        </Button>
      </div>
      {open ? (
        <div
          role="dialog"
          aria-modal="true"
          aria-label={PT.previewTitulo}
          data-testid="preview"
          className="fixed inset-0 z-50 flex flex-col bg-ink/95"
        >
          <div className="flex flex-wrap items-center gap-4 border-b-2 border-line bg-panel px-6 py-4">
            <h2 className="mr-auto text-3xl font-bold">{PT.previewTitulo}</h2>
            {preview && 'url' in preview ? (
              <>
                <a
                  href={preview.url}
                  download={filename}
                  className={buttonClass('secondary')}
                  data-testid="preview-download"
                >
                  {PT.baixar}
                </a>
                <Button onClick={() => void print(preview.blob)} data-testid="preview-print">
                  {PT.imprimirPreview}
                </Button>
              </>
            ) : null}
            <Button variant="ghost" onClick={() => setOpen(false)} data-testid="preview-close">
              {PT.fechar}
            </Button>
          </div>
          <div className="flex flex-1 justify-center overflow-auto p-6">
            {preview === null ? <p className="p-8 text-2xl">{PT.carregando}</p> : null}
            {preview && 'error' in preview ? (
              <p role="alert" className="p-8 text-2xl">
                {preview.error}
              </p>
            ) : null}
            {preview && 'url' in preview ? <PdfViewer file={preview.file} width={900} /> : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
