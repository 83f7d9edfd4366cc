/** The 27 federative units (26 states and the Distrito Federal), by IBGE abbreviation. */
export const UFS = [
  'AC',
  'AL',
  'AM',
  'AP',
  'BA',
  'CE',
  'DF',
  'ES',
  'GO',
  'MA',
  'MG',
  'MS',
  'MT',
  'PA',
  'PB',
  'PE',
  'PI',
  'PR',
  'RJ',
  'RN',
  'RO',
  'RR',
  'RS',
  'SC',
  'SE',
  'SP',
  'TO',
] as const;

export type Uf = (typeof UFS)[number];

const SET: ReadonlySet<string> = new Set(UFS);

export function isUf(value: string): value is Uf {
  return SET.has(value);
}
