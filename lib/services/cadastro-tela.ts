import 'server-only';
import { maskDocumento } from '@/lib/br';
import type { CepLookup } from '@/lib/cep';
import { camposEditaveis, mascarar, type CadastroLido, type Sistema } from './cadastro-leitura';
import { CAMPOS_EDITAVEIS, CAMPOS_PESSOAIS, type CampoEditavel } from './cadastro-schema';

/**
 * What the kiosk screens of "Meus dados" may receive from a registration read: masked personal fields, and
 * for the edit form the current value only of fields that are not personal. The rest (the mobiles and birth
 * date used by the proof, the CRM record) never leaves the server.
 */
export interface LinhaTela {
  id: CampoEditavel | 'documento';
  valor: string | null;
}

export function linhasParaTela(cadastro: CadastroLido): LinhaTela[] {
  const cep = cadastro.valores.cep;
  return [
    { id: 'documento', valor: maskDocumento(cadastro.documento) },
    { id: 'nome', valor: cadastro.nome || null },
    ...CAMPOS_EDITAVEIS.filter((c) => c !== 'nome').map((c) => ({
      id: c,
      valor:
        c === 'cep' && cep && cep.length === 8
          ? `${cep.slice(0, 5)}-${cep.slice(5)}`
          : mascarar(c, cadastro.valores[c]),
    })),
  ];
}

export interface CampoForm {
  campo: CampoEditavel;
  /** Starting value of the field: the current one when not personal, empty when personal (blank = keep). */
  inicial: string;
  /** The current value masked, for the "Atual: …" hint of personal fields. */
  atualMascarado: string | null;
  pessoal: boolean;
  destinos: Sistema[];
}

export interface FormTela {
  tipo: 'F' | 'J';
  campos: CampoForm[];
  cepHabilitado: boolean;
}

export function formParaTela(cadastro: CadastroLido, cep: Pick<CepLookup, 'enabled'>): FormTela {
  return {
    tipo: cadastro.tipo,
    cepHabilitado: cep.enabled,
    campos: camposEditaveis(cadastro).map((campo) => {
      const pessoal = CAMPOS_PESSOAIS.has(campo);
      return {
        campo,
        inicial: pessoal ? '' : (cadastro.valores[campo] ?? ''),
        atualMascarado: mascarar(campo, cadastro.valores[campo]),
        pessoal,
        destinos: cadastro.destinos[campo] ?? [],
      };
    }),
  };
}
