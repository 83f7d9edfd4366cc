'use client';

import { useState } from 'react';
import { Document, Page, pdfjs } from 'react-pdf';
import { PT } from './texts';

// pdf.js parses in a worker served from our own origin (CSP worker-src 'self'); loaded only in the browser
// (next/dynamic with ssr: false): pdfjs-dist crashes when imported on the server under Node 20.
pdfjs.GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

/** What the viewer shows: bytes, not a blob: URL (the CSP's connect-src 'self' forbids fetching blob:). */
export interface PdfBytes {
  data: Uint8Array;
}

/**
 * The PDF's pages as canvases, sized to `width` CSS pixels. No text or annotation layers: a print preview.
 * `file` must keep its identity across renders: react-pdf suspends while loading and keys its cache on it,
 * so an object made during render would start a new load (and a new pdf.js worker) every time.
 */
export function PdfViewer({ file, width }: { file: PdfBytes; width: number }) {
  const [pages, setPages] = useState(0);
  return (
    <Document
      file={file}
      onLoadSuccess={({ numPages }) => setPages(numPages)}
      loading={<p className="p-8 text-2xl">{PT.carregando}</p>}
      error={<p className="p-8 text-2xl">{PT.erroPreview}</p>}
    >
      {Array.from({ length: pages }, (_, i) => (
        <Page
          key={i}
          pageNumber={i + 1}
          width={width}
          renderTextLayer={false}
          renderAnnotationLayer={false}
          className="mb-4 shadow-lg"
        />
      ))}
    </Document>
  );
}
