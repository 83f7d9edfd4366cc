import type { CampoEditavel } from '@/lib/services/cadastro-schema';
import { CT } from './texts';

export interface DadoLinha {
  id: CampoEditavel | 'documento' | 'nome';
  label: string;
  /** Already masked where the field is personal. */
  valor: string | null;
}

/** The registration as the kiosk shows it: a definition list, personal fields masked by the server. */
export function DadosLista({ linhas }: { linhas: DadoLinha[] }) {
  return (
    <dl
      className="grid grid-cols-1 gap-x-8 gap-y-4 rounded-3xl border-2 border-line bg-panel p-6 sm:grid-cols-2"
      data-testid="dados"
    >
      {linhas.map((l) => (
        <div key={l.id} className="flex flex-col gap-1" data-testid={`dado-${l.id}`}>
          <dt className="text-lg text-muted">{l.label}</dt>
          <dd className={`text-2xl font-semibold ${l.valor ? '' : 'text-muted italic'}`}>
            {l.valor ?? CT.ver.vazio}
          </dd>
        </div>
      ))}
    </dl>
  );
}
