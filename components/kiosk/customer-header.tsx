import { maskDocumento } from '@/lib/br';
import type { KioskSession } from '@/lib/session/kiosk';
import { AccessibilityToggle } from './accessibility';
import { ExitButton } from './exit-button';
import { greetingName } from './greeting';
import { FT } from '@/components/faturas/texts';

/** Greeting (a person by first name, a company by its name) and masked document (LGPD: the minimum on screen), with "Sair" always at hand. */
export function CustomerHeader({ session }: { session: KioskSession }) {
  const kind = session.documento.length === 11 ? 'CPF' : 'CNPJ';
  return (
    <>
      <div className="flex flex-col">
        <p className="text-3xl font-bold" data-testid="greeting">
          {FT.home.greeting(greetingName(session.nome, session.documento))}
        </p>
        <p className="font-mono text-xl text-muted" data-testid="masked-documento">
          {FT.home.documento(kind, maskDocumento(session.documento))}
        </p>
      </div>
      <div className="flex shrink-0 flex-wrap justify-end gap-3">
        <AccessibilityToggle />
        <ExitButton />
      </div>
    </>
  );
}
