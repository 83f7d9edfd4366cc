/** A small bounded map (oldest entry evicted first) from a sealed cookie string to what it unsealed to. */
export class UnsealMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity: number) {}

  get(sealed: string): T | undefined {
    return this.entries.get(sealed);
  }

  set(sealed: string, value: T): void {
    if (this.entries.has(sealed)) this.entries.delete(sealed);
    else if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(sealed, value);
  }

  get size(): number {
    return this.entries.size;
  }
}
