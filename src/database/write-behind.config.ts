import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { toInt } from '../config/env-validation.js';

/** The write-behind queue's environment variables (README: Audit → durability). */
export class WriteBehindConfig {
  /** Longest a batched write (read/denial audit record, /interpret turn) waits in memory before its flush. */
  @Transform(toInt) @IsInt() @Min(1) @Max(1000) KLEPAAS_WRITE_BEHIND_INTERVAL_MS: number = 5;
  /** Queued writes at most: past it writers wait (back-pressure) and new denial records are shed (counted). */
  @Transform(toInt) @IsInt() @Min(100) @Max(1_000_000) KLEPAAS_WRITE_BEHIND_CAPACITY: number = 10_000;
  /**
   * SQLite: longest a flush nobody waits for may stay unsynced (committed without its fsync) before a synced
   * commit covers it; 0 syncs every flush.
   */
  @Transform(toInt) @IsInt() @Min(0) @Max(60_000) KLEPAAS_WRITE_BEHIND_MAX_UNSYNCED_MS: number = 1000;
}
