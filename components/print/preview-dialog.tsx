'use client';

import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
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

/** What a preview shows; it names the dialog. */
export type PreviewKind = keyof typeof PT.previewTitulo;

interface LoadedPdf {
  blob: Blob;
  file: PdfBytes;
  /** For the download link; revoked when the preview closes. */
  url: string;
}

class PdfLoadError extends Error {}

async function loadPdf(src: string): Promise<LoadedPdf> {
  const r = await fetchPdf(src);
  if (!r.ok) throw new PdfLoadError(r.message);
  const data = new Uint8Array(await r.blob.arrayBuffer());
  return { blob: r.blob, file: { data }, url: URL.createObjectURL(r.blob) };
}

/**
 * The desk's PDF preview: react-query loads the PDF (loading and error states, one retry for a flaky
 * network, no refetch while it is open). Loaded with next/dynamic only when staff open a preview, so neither
 * react-query nor the viewer reach the kiosk's screens. Each dialog has its own cache, dropped on close: a
 * customer's PDF does not outlive the preview.
 */
export function PreviewDialog({
  src,
  filename,
  kind,
  onClose,
}: {
  src: string;
  filename: string;
  kind: PreviewKind;
  onClose: () => void;
}) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: Infinity, gcTime: 0 } } }),
  );
  useEffect(() => () => client.clear(), [client]);
  return (
    <QueryClientProvider client={client}>
      <PreviewContent src={src} filename={filename} title={PT.previewTitulo[kind]} onClose={onClose} />
    </QueryClientProvider>
  );
}

function PreviewContent({
  src,
  filename,
  title,
  onClose,
}: {
  src: string;
  filename: string;
  title: string;
  onClose: () => void;
}) {
  const pdf = useQuery({ queryKey: ['boleto-pdf', src], queryFn: () => loadPdf(src) });
  useEffect(() => {
    const url = pdf.data?.url;
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [pdf.data]);

  const print = useCallback(async (blob: Blob) => {
    if (!tryAcquirePrintLock()) return;
    try {
      await printPdfBlob(blob);
    } finally {
      releasePrintLock();
    }
  }, []);

  return (
    <div
      role="dialog"
      aria-modal="true"
      aria-label={title}
      data-testid="preview"
      className="fixed inset-0 z-50 flex flex-col bg-ink/95"
    >
      <div className="flex flex-wrap items-center gap-4 border-b-2 border-line bg-panel px-6 py-4">
        <h2 className="mr-auto text-3xl font-bold" data-testid="preview-title">
          {title}
        </h2>
        {pdf.data ? (
          <>
            <a
              href={pdf.data.url}
              download={filename}
              className={buttonClass('secondary')}
              data-testid="preview-download"
            >
              {PT.baixar}
            </a>
            <Button onClick={() => pdf.data && void print(pdf.data.blob)} data-testid="preview-print">
              {PT.imprimirPreview}
            </Button>
          </>
        ) : null}
        <Button variant="ghost" onClick={onClose} data-testid="preview-close">
          {PT.fechar}
        </Button>
      </div>
      <div className="flex flex-1 justify-center overflow-auto p-6">
        {pdf.isPending ? <p className="p-8 text-2xl">{PT.carregando}</p> : null}
        {pdf.isError ? (
          <p role="alert" className="p-8 text-2xl">
            {pdf.error instanceof PdfLoadError ? pdf.error.message : PT.erroPreview}
          </p>
        ) : null}
        {pdf.data ? <PdfViewer file={pdf.data.file} width={900} /> : null}
      </div>
    </div>
  );
}
