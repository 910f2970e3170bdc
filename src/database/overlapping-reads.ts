import { Inject, Optional } from '@nestjs/common';

/**
 * Injection token: true when independent reads gain from going out together — on PostgreSQL their round
 * trips overlap on the pool's connections. SQLite's driver is synchronous on one connection: they would
 * only queue for it, at a cost (~5–10 % more CPU per webhook delivery, measured), so there they run in turn.
 */
export const OVERLAPPING_READS = Symbol('OVERLAPPING_READS');
/** Optional, false when absent (unit tests that build a service by hand). */
export const InjectOverlappingReads =
  () => (target: object, key: string | symbol | undefined, index: number) => {
    Optional()(target, key, index);
    Inject(OVERLAPPING_READS)(target, key, index);
  };

/** Runs independent reads at once when `overlap`, else one after the other; results in their order. */
export async function readAll<T extends readonly unknown[]>(
  overlap: boolean,
  reads: { [K in keyof T]: () => Promise<T[K]> },
): Promise<T> {
  if (overlap) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
