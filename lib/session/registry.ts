/**
 * Server-side record of open kiosk sessions. The cookie alone cannot be revoked, so a session is valid only
 * while its id is here: "Sair", the idle reset and expiry delete it, and a replayed cookie is then dead.
 * In-memory (one totem server = one process); the interface is what a shared store would implement.
 */
export interface SessionRecord {
  sid: string;
  documento: string;
  clienteId: string;
  nome: string;
  createdAt: number;
  lastSeen: number;
}

export interface SessionLimits {
  /** Ms without any request after which the session is dead (the client idle reset plus a grace). */
  idleMs: number;
  /** Absolute lifetime in ms. */
  maxMs: number;
}

export class SessionRegistry {
  private readonly sessions = new Map<string, SessionRecord>();

  constructor(private readonly limits: SessionLimits) {}

  open(record: Omit<SessionRecord, 'createdAt' | 'lastSeen'>, now: number): SessionRecord {
    this.sweep(now);
    const full = { ...record, createdAt: now, lastSeen: now };
    this.sessions.set(record.sid, full);
    return full;
  }

  /** The live record for `sid`, refreshed; null when unknown or expired (and then forgotten). */
  touch(sid: string, now: number): SessionRecord | null {
    const record = this.sessions.get(sid);
    if (!record) return null;
    if (this.expired(record, now)) {
      this.sessions.delete(sid);
      return null;
    }
    record.lastSeen = now;
    return record;
  }

  close(sid: string): void {
    this.sessions.delete(sid);
  }

  get size(): number {
    return this.sessions.size;
  }

  private expired(record: SessionRecord, now: number): boolean {
    return now - record.lastSeen > this.limits.idleMs || now - record.createdAt > this.limits.maxMs;
  }

  private sweep(now: number): void {
    for (const [sid, record] of this.sessions) if (this.expired(record, now)) this.sessions.delete(sid);
  }
}
