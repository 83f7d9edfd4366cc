'use client';

import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/result';
import { deskButton } from './ui';

/**
 * Sair / Sair de todos os lugares. On success the action redirects to the login page; a session that had
 * already ended is refused by the action, and the browser goes to the login page all the same.
 */
export function LogoutButton({
  action,
  label,
  testId,
  variant,
}: {
  action: () => Promise<ActionResult<unknown>>;
  label: string;
  testId: string;
  variant: 'ghost' | 'secondary';
}) {
  const router = useRouter();
  return (
    <form
      action={async () => {
        const result = await action();
        if (!result.ok) router.replace('/balcao/entrar?expirada=1');
      }}
    >
      <button type="submit" className={deskButton(variant)} data-testid={testId}>
        {label}
      </button>
    </form>
  );
}
