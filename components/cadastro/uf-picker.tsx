'use client';

import { UFS } from '@/lib/br/uf';
import { CT } from './texts';

/** The 27 UFs as buttons, in place of the keyboard while the UF field is active. */
export function UfPicker({
  value,
  onPick,
  disabled,
}: {
  value: string;
  onPick: (uf: string) => void;
  disabled: boolean;
}) {
  return (
    <div
      role="group"
      aria-label={CT.editar.ufGrupo}
      className="grid grid-cols-7 gap-2 tall:gap-3"
      data-testid="uf-picker"
    >
      {UFS.map((uf) => (
        <button
          key={uf}
          type="button"
          disabled={disabled}
          aria-pressed={value === uf}
          onClick={() => onPick(uf)}
          data-uf={uf}
          className={`min-h-16 rounded-xl border-2 border-edge text-2xl font-bold disabled:opacity-40 ${
            value === uf
              ? 'bg-brand text-brand-ink active:bg-ink active:text-brand'
              : 'bg-panel-2 active:bg-brand active:text-brand-ink'
          }`}
        >
          {uf}
        </button>
      ))}
    </div>
  );
}
