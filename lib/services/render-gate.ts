import 'server-only';
import { processSingleton } from '@/lib/process-singleton';

/**
 * How many boleto PDFs may be in the making at once: per kiosk session (a totem prints one boleto at a time;
 * 16 parallel requests from one session took another totem's identification from 87 ms to 1.4 s median, issue
 * #8) and for the whole process (the render pool has 2 threads; a render takes 15–18 ms, so 8 in flight is a
 * wait of well under 100 ms — past that the queue is full and the request is refused at once).
 */
export const PDF_PER_SESSION = 2;
export const PDF_IN_FLIGHT = 8;

export type GateTicket = { ok: true; release: () => void } | { ok: false; full: 'session' | 'queue' };

export class InFlightGate {
  private readonly byKey = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perKey: number,
    private readonly max: number,
  ) {}

  /** A ticket when `key` and the whole gate have room; `release` it when the work is done (once). */
  enter(key: string): GateTicket {
    const mine = this.byKey.get(key) ?? 0;
    if (mine >= this.perKey) return { ok: false, full: 'session' };
    if (this.total >= this.max) return { ok: false, full: 'queue' };
    this.byKey.set(key, mine + 1);
    this.total += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.total -= 1;
        const left = (this.byKey.get(key) ?? 1) - 1;
        if (left > 0) this.byKey.set(key, left);
        else this.byKey.delete(key);
      },
    };
  }

  get inFlight(): number {
    return this.total;
  }
}

/** The process's gate for boleto PDFs (rendered and "PDF do banco"). */
export function getPdfGate(): InFlightGate {
  return processSingleton('pdf-gate', () => new InFlightGate(PDF_PER_SESSION, PDF_IN_FLIGHT));
}
