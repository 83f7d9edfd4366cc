'use client';

import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import type { CepResultado, EnderecoCep } from '@/lib/cep/types';
import { CT } from './texts';

export interface CepLookupHandlers {
  /** The service knew the CEP: fill the address fields. */
  onEncontrado: (endereco: EnderecoCep) => void;
  /** Unknown CEP or the service is off/down: the person types the address. */
  onSemEndereco: () => void;
  /** The action itself failed (session gone, …). */
  onFalha: (r: Extract<ActionResult<unknown>, { ok: false }>) => void;
}

/**
 * CEP → address on a keyboard form ("Meus dados", "Quero ser cliente"): the lookup runs once per complete CEP
 * (8 digits) or on the "Buscar CEP" button, and its status line says what happened. `buscar` is the server
 * action of the screen (each screen guards its own).
 */
export function useCepLookup(
  buscar: (cep: string) => Promise<ActionResult<CepResultado>>,
  handlers: CepLookupHandlers,
) {
  const [mensagem, setMensagem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ultimo = useRef<string | null>(null);
  // The latest handlers (they close over the form's state) without re-creating the lookup on each render.
  const h = useRef(handlers);
  useEffect(() => {
    h.current = handlers;
  });

  const buscarCep = useCallback(
    (cep: string) => {
      ultimo.current = cep;
      setMensagem(CT.editar.buscandoCep);
      startTransition(async () => {
        let r: ActionResult<CepResultado>;
        try {
          r = await buscar(cep);
        } catch {
          setMensagem(CT.editar.cepIndisponivel);
          return;
        }
        if (!r.ok) {
          h.current.onFalha(r);
          setMensagem(null);
          return;
        }
        if (r.data.status === 'encontrado') {
          h.current.onEncontrado(r.data.endereco);
          setMensagem(CT.editar.cepEncontrado);
        } else {
          setMensagem(
            r.data.status === 'nao-encontrado' ? CT.editar.cepNaoEncontrado : CT.editar.cepIndisponivel,
          );
          h.current.onSemEndereco();
        }
      });
    },
    [buscar],
  );

  /** Call on every change of the CEP field: looks up a complete CEP it has not looked up yet. */
  const aoDigitar = useCallback(
    (cep: string) => {
      if (cep.length === 8 && ultimo.current !== cep) buscarCep(cep);
    },
    [buscarCep],
  );

  return { mensagem, pending, buscarCep, aoDigitar };
}
