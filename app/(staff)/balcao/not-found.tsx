import Link from 'next/link';
import { connection } from 'next/server';
import { DT } from '@/components/desk/texts';
import { deskButton } from '@/components/desk/ui';

/**
 * The desk's 404: a way back to the desk and nothing of the kiosk (no idle reset to the totem's start, no
 * touch guard). Rendered per request like the kiosk's, so its scripts carry the CSP nonce.
 */
export default async function DeskNotFound() {
  await connection();
  return (
    <main className="flex min-h-dvh items-center justify-center p-6" data-testid="screen-desk-not-found">
      <div className="flex max-w-md flex-col gap-3 rounded-lg border border-line bg-panel p-6">
        <h1 className="text-lg font-bold">{DT.naoEncontrada.title}</h1>
        <p>{DT.naoEncontrada.texto}</p>
        <Link href="/balcao" className={deskButton('primary', 'self-start')} data-testid="desk-home">
          {DT.naoEncontrada.voltar}
        </Link>
      </div>
    </main>
  );
}
