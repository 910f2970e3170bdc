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
    this.dropOldestIfIdle(now);
    this.entries.set(key, { sentAt: now, suppressed: 0 });
    if (this.entries.size > this.maxKeys) this.prune();
    return { send: true, suppressed };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Forgets the oldest entry once its window is over and it suppressed nothing (O(1) per check). */
  private dropOldestIfIdle(now: number): void {
    const oldest = this.entries.entries().next();
    if (oldest.done) return;
    const [key, e] = oldest.value;
    if (now - e.sentAt >= this.windowMs && e.suppressed === 0) this.entries.delete(key);
  }

  /**
   * Entries are re-inserted when an alert is sent, so the Map's order is oldest-sent first: evict from
   * the front down to 90 % of maxKeys (amortised O(1) per check). Evicting a key whose window is still
   * open only means its next alert is sent early.
   */
  private prune(): void {
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.entries.keys()) {
      if (this.entries.size <= target) break;
      this.entries.delete(key);
    }
  }
}

export const suppressionKey = (kind: string, code: string | undefined, subject: string) =>
  `${kind}\u0000${code ?? ''}\u0000${subject}`;
