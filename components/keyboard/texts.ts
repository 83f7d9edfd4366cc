/** Every pt-BR word of the on-screen keyboard, in one place. */
export const KT = {
  group: (field: string) => `Teclado para ${field}`,
  space: 'espaço',
  spaceLabel: 'Espaço',
  backspace: 'Apagar',
  clear: 'Limpar',
  shift: 'Maiúscula',
  layer: (label: string) => `Trocar teclado: ${label}`,
  limit: (max: number) => `Este campo aceita no máximo ${max} caracteres.`,
  empty: 'vazio',
} as const;
