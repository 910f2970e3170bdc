import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * Sortable unique id (36 chars, fits varchar(36)): milliseconds, a per-process counter for ids made in
 * the same millisecond, then randomness. Ordering by id equals ordering by creation within a process,
 * which keyset pagination relies on.
 */
export function monotonicId(): string {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  return `${ms.toString(36).padStart(10, '0')}${counter.toString(36).padStart(6, '0')}${randomBytes(10).toString('hex')}`;
}
