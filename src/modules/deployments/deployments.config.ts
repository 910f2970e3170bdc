import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { toInt } from '../../config/env-validation.js';

export class DeploymentsConfig {
  @Transform(toInt) @IsInt() @Min(1) @Max(3600) KLEPAAS_ROLLOUT_TIMEOUT_SECONDS: number = 300;
  @Transform(toInt) @IsInt() @Min(10) @Max(60000) KLEPAAS_ROLLOUT_POLL_MS: number = 2000;
  @Transform(toInt) @IsInt() @Min(1) @Max(3600) KLEPAAS_CONFIRMATION_TTL_SECONDS: number = 300;
  @Transform(toInt) @IsInt() @Min(1) @Max(100000) KLEPAAS_LOGS_MAX_LINES: number = 1000;
  /** Lease of the per-app+environment operation lock; renewed while the operation runs. */
  @Transform(toInt) @IsInt() @Min(3) @Max(3600) KLEPAAS_OPERATION_LOCK_TTL_SECONDS: number = 60;
  /**
   * How often records whose lock lease has expired (their process died) are settled from the cluster;
   * the same happens at startup and whenever an operation takes over an expired lease.
   */
  @Transform(toInt) @IsInt() @Min(100) @Max(3_600_000) KLEPAAS_OPERATION_RECONCILE_INTERVAL_MS: number =
    15_000;
}
