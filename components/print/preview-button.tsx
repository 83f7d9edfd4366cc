'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { PreviewKind } from './preview-dialog';
import { PT } from './texts';

// The dialog (react-query, react-pdf) loads only when someone opens a preview.
const PreviewDialog = dynamic(() => import('./preview-dialog').then((m) => m.PreviewDialog), { ssr: false });

/**
 * "Visualizar PDF": the PDF in a preview with download and print, for the staff desk (app/(staff)/) only.
 * Whether a browser is a desk is its login, never its screen width: the kiosk never renders this (a totem
 * must not save a customer's boleto on itself). `src` is a boleto or nota fiscal PDF route; `kind` says which, for the dialog's title.
 */
export function PreviewButton({ src, filename, kind }: { src: string; filename: string; kind: PreviewKind }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setOpen(true)} data-testid="preview-open">
        {PT.visualizar}
      </Button>
      {open ? (
        <PreviewDialog src={src} filename={filename} kind={kind} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
