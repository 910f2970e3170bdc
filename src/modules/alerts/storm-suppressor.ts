/**
 * Storm suppression: the first alert with a given key goes out; identical ones within `windowMs` of it
 * are counted and dropped; the first one after the window goes out and carries that count.
 */
export class StormSuppressor {
  private readonly entries = new Map<string, { sentAt: number; suppressed: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys = 10000,
  ) {}

  /** `send: false` → drop it; `send: true` → send, mentioning `suppressed` earlier duplicates. */
  check(key: string, now: number): { send: true; suppressed: number } | { send: false } {
    if (this.windowMs <= 0) return { send: true, suppressed: 0 };
    const entry = this.entries.get(key);
    if (entry && now - entry.sentAt < this.windowMs) {
      entry.suppressed += 1;
      return { send: false };
    }
    const suppressed = entry?.suppressed ?? 0;
    this.entries.delete(key);
    this.entries.set(key, { sentAt: now, suppressed: 0 });
    if (this.entries.size > this.maxKeys) this.prune(now);
    return { send: true, suppressed };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets keys whose window is over and that suppressed nothing; then the oldest beyond maxKeys. */
  private prune(now: number): void {
    for (const [key, e] of this.entries) {
      if (now - e.sentAt >= this.windowMs && e.suppressed === 0) this.entries.delete(key);
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}

export const suppressionKey = (kind: string, code: string | undefined, subject: string) =>
  `${kind}\u0000${code ?? ''}\u0000${subject}`;
