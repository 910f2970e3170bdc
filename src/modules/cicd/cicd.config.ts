import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { toBool, toInt, toList } from '../../config/env-validation.js';

export const PRODUCTION_POLICIES = ['auto', 'require_confirmation'] as const;
export type ProductionPolicy = (typeof PRODUCTION_POLICIES)[number];

/** CI/CD variables (property name = variable name). Secrets are never logged. */
export class CicdConfig {
  /** HMAC secret of the repository / organisation webhook. */
  @IsOptional() @IsString() @MinLength(8) KLEPAAS_WEBHOOK_SECRET?: string;
  /** The previous secret, still accepted while a rotation is in progress. */
  @IsOptional() @IsString() @MinLength(8) KLEPAAS_WEBHOOK_SECRET_PREVIOUS?: string;
  /** The GitHub App's webhook secret (App deliveries). */
  @IsOptional() @IsString() @MinLength(8) KLEPAAS_GITHUB_APP_WEBHOOK_SECRET?: string;

  /** Branch whose pushes deploy to staging; unset = the repository's default branch from the payload. */
  @IsOptional() @IsString() KLEPAAS_CICD_BRANCH?: string;
  @IsIn(PRODUCTION_POLICIES, { message: `must be one of ${PRODUCTION_POLICIES.join(' | ')}` })
  KLEPAAS_CICD_PRODUCTION_POLICY: ProductionPolicy = 'require_confirmation';
  /** Deploy the image a successful `workflow_run` built (tag = head_sha) to staging. */
  @Transform(toBool) @IsBoolean() KLEPAAS_CICD_DEPLOY_ON_WORKFLOW_RUN: boolean = false;
  /** Only these workflow names trigger a workflow_run deploy (empty = any). */
  @Transform(toList) @IsArray() @IsString({ each: true }) KLEPAAS_CICD_WORKFLOW_NAMES: string[] = [];

  /** Run the in-process job worker (turn off on replicas that must only accept deliveries). */
  @Transform(toBool) @IsBoolean() KLEPAAS_CICD_WORKER_ENABLED: boolean = true;
  @Transform(toInt) @IsInt() @Min(10) @Max(60000) KLEPAAS_CICD_WORKER_POLL_MS: number = 1000;
  /** Longest a job waits for its deploy (or stays blocked by other operations) before it is reported failed. */
  @Transform(toInt) @IsInt() @Min(1000) @Max(86_400_000) KLEPAAS_CICD_JOB_TIMEOUT_MS: number = 900_000;
  /**
   * Lease of a running job, renewed every third of it by its worker: when the worker dies, any replica
   * takes the job over this long after its last renewal.
   */
  @Transform(toInt) @IsInt() @Min(300) @Max(3_600_000) KLEPAAS_CICD_JOB_LEASE_MS: number = 30_000;
  /** Jobs run at once per replica (for different app/environments; one app/environment runs one at a time). */
  @Transform(toInt) @IsInt() @Min(1) @Max(64) KLEPAAS_CICD_CONCURRENCY: number = 4;
  /** Wait before a job blocked by another operation on the same app/environment is tried again. */
  @Transform(toInt) @IsInt() @Min(0) @Max(3_600_000) KLEPAAS_CICD_RETRY_DELAY_MS: number = 10_000;
  /**
   * Longest a job waits for an unreachable cluster (tried again every KLEPAAS_CICD_RETRY_DELAY_MS, no
   * attempt counted) before it is reported failed.
   */
  @Transform(toInt) @IsInt() @Min(1000) @Max(604_800_000) KLEPAAS_CICD_CLUSTER_WAIT_MS: number = 86_400_000;
  /** Starts of a job whose worker keeps dying before it is marked failed (being blocked does not count). */
  @Transform(toInt) @IsInt() @Min(1) @Max(10) KLEPAAS_CICD_MAX_ATTEMPTS: number = 3;

  /** Secrets that are configured, in the order they are tried. */
  get secrets(): { name: 'primary' | 'previous' | 'github_app'; secret: string }[] {
    const out: { name: 'primary' | 'previous' | 'github_app'; secret: string }[] = [];
    if (this.KLEPAAS_WEBHOOK_SECRET) out.push({ name: 'primary', secret: this.KLEPAAS_WEBHOOK_SECRET });
    if (this.KLEPAAS_WEBHOOK_SECRET_PREVIOUS)
      out.push({ name: 'previous', secret: this.KLEPAAS_WEBHOOK_SECRET_PREVIOUS });
    if (this.KLEPAAS_GITHUB_APP_WEBHOOK_SECRET)
      out.push({ name: 'github_app', secret: this.KLEPAAS_GITHUB_APP_WEBHOOK_SECRET });
    return out;
  }
}
