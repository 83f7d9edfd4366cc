import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

/**
 * Any /balcao path that matches no desk page: answered by the desk's own 404 (../not-found.tsx), not the
 * kiosk's, whose idle reset would take a staff browser to the totem's start screen. Reveals nothing, so it
 * needs no session.
 */
export default function DeskPathNotFound(): never {
  notFound();
}
