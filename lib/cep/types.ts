/** An address as a CEP service knows it (no número/complemento: those are the customer's). */
export interface EnderecoCep {
  /** 8 digits. */
  cep: string;
  /** Empty for a city with a single CEP (the service has no street for it). */
  logradouro: string;
  bairro: string;
  cidade: string;
  /** Two-letter UF. */
  uf: string;
}

/**
 * A lookup never throws: "not found" and "service off or down" are answers, because either way the customer
 * goes on typing the address by hand.
 */
export type CepResultado =
  { status: 'encontrado'; endereco: EnderecoCep } | { status: 'nao-encontrado' } | { status: 'indisponivel' };

export interface CepProvider {
  readonly id: 'viacep' | 'brasilapi';
  /** `cep` is 8 digits (validated by the caller). Throws DomainError on transport/format failures. */
  buscar(cep: string): Promise<EnderecoCep | null>;
}
