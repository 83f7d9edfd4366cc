'use client';

import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { PT } from './texts';

// The dialog (react-query, react-pdf) loads only when staff open a preview.
const PreviewDialog = dynamic(() => import('./preview-dialog').then((m) => m.PreviewDialog), { ssr: false });

/**
 * On a wide screen (the staff desk; hidden on the portrait totem) the same PDF opens in a preview with
 * download and print. `src` is one of the boleto PDF routes.
 */
export function DeskPreview({ src, filename }: { src: string; filename: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {/* Desk only: the portrait totem (1080 px) is below Tailwind's xl (1280 px). */}
      <div className="hidden xl:block">
        <Button variant="ghost" onClick={() => setOpen(true)} data-testid="preview-open">
          {PT.visualizar}
        </Button>
      </div>
      {open ? <PreviewDialog src={src} filename={filename} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
