import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/**
 * Random bytes drawn from the CSPRNG 4 KiB at a time: one `randomBytes(10)` per id was a synchronous call
 * into OpenSSL and a new Buffer for every audit record and operation (1.7 % of the CPU of an MCP tool call
 * under load). Each id still takes 10 bytes no other id took.
 */
const POOL_SIZE = 4096;
const ID_RANDOM_BYTES = 10;
const pool = Buffer.alloc(POOL_SIZE);
let poolOffset = POOL_SIZE;

function randomHex(): string {
  if (poolOffset + ID_RANDOM_BYTES > POOL_SIZE) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const hex = pool.toString('hex', poolOffset, poolOffset + ID_RANDOM_BYTES);
  poolOffset += ID_RANDOM_BYTES;
  return hex;
}

/**
 * Sortable unique id (36 chars, fits varchar(36)): milliseconds, a per-process counter for ids made in
 * the same millisecond, then randomness. Ordering by id equals ordering by creation within a process,
 * which keyset pagination relies on.
 */
export function monotonicId(): string {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  return `${ms.toString(36).padStart(10, '0')}${counter.toString(36).padStart(6, '0')}${randomHex()}`;
}
