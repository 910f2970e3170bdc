import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { AppsService } from '../apps/apps.service.js';
import type { OperationRequest, RunOptions } from '../deployments/deployments.contract.js';
import { DeploymentsService, type FullRecord } from '../deployments/deployments.service.js';
import { isClusterUnavailable } from '../kubernetes/kubernetes.errors.js';
import type { CicdDeployer, CicdDeployRequest, CicdDeployResult, ReleaseStanding } from './cicd.deployer.js';

/**
 * CI/CD over the deployments module. A job only runs once it is authorised — queued by the policy
 * (staging, or production with KLEPAAS_CICD_PRODUCTION_POLICY=auto) or confirmed by a user with
 * cicd:write — so it runs its deploy pre-authorised: the destructive rule (production) asks it for no
 * confirmation, and no token is minted for it.
 */
@Injectable()
export class DeploymentsDeployer implements CicdDeployer {
  constructor(
    private readonly apps: AppsService,
    private readonly deployments: DeploymentsService,
  ) {}

  async appsForRepository(fullName: string): Promise<string[]> {
    return (await this.apps.findByGithubRepo(fullName)).map((a) => a.name);
  }

  releaseStanding(app: string, environment: string, tag: string): Promise<ReleaseStanding> {
    return this.deployments.releaseStanding(app, environment, tag);
  }

  async deploy(r: CicdDeployRequest): Promise<CicdDeployResult> {
    try {
      return await this.deployOnce(r);
    } catch (err) {
      // Following an earlier attempt's record reads the cluster too.
      if (err instanceof AppError && isClusterUnavailable(err)) return waitForCluster(err);
      throw err;
    }
  }

  private async deployOnce(r: CicdDeployRequest): Promise<CicdDeployResult> {
    // A job taken over from a worker that died resumes what it started instead of deploying again;
    // only a change that never reached the cluster (NotApplied), or one the cluster's outage cut short
    // (its write or its rollout could not be sent or followed), is run again.
    const started = await this.deployments.findByCorrelation(r.correlationId);
    if (started) {
      const record = await this.deployments.followOperation(started.id, r.signal);
      const again =
        record.status === 'failed' &&
        (record.reason === 'NotApplied' || CLUSTER_UNAVAILABLE_REASONS.has(record.reason ?? ''));
      if (!again) return resultOf(record);
    }
    const request: OperationRequest = {
      app: r.app,
      environment: r.environment,
      operation: 'deploy',
      tag: r.tag,
    };
    const actor = { userId: r.userId, source: 'cicd' as const };
    const options: RunOptions = {
      correlationId: r.correlationId,
      signal: r.signal,
      preAuthorised: { reason: PRE_AUTHORISED },
    };
    try {
      const outcome = await this.deployments.run(request, actor, options);
      if (outcome.kind === 'executed') return resultOf(outcome.record);
      if (outcome.kind === 'dry_run')
        return {
          deploymentId: null,
          revision: null,
          succeeded: false,
          error: `dry_run: ${outcome.notice ?? 'nothing was applied'}`,
        };
      // A pre-authorised run is never asked for confirmation; should that change, the job fails loudly.
      return { deploymentId: null, revision: null, succeeded: false, error: 'confirmation was required' };
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (isClusterUnavailable(err)) return waitForCluster(err);
      const operationId = (err.details as { operationId?: unknown } | undefined)?.operationId;
      return {
        deploymentId: typeof operationId === 'string' ? operationId : null,
        revision: null,
        succeeded: false,
        retryable: err.code === 'operation_in_progress',
        error: `${err.code}: ${err.message}`,
      };
    }
  }
}

/** Why a CI/CD job may deploy without a confirmation (the job's own authorisation). */
const PRE_AUTHORISED = 'CI/CD job queued by its policy or confirmed with /confirm';

/** Reasons of a record whose operation the cluster's outage cut short (error codes of isClusterUnavailable). */
const CLUSTER_UNAVAILABLE_REASONS = new Set(['cluster_unreachable', 'kube_unavailable']);

function waitForCluster(err: AppError): CicdDeployResult {
  const operationId = (err.details as { operationId?: unknown } | undefined)?.operationId;
  return {
    deploymentId: typeof operationId === 'string' ? operationId : null,
    revision: null,
    succeeded: false,
    waitForCluster: true,
    error: `${err.code}: ${err.message}`,
  };
}

function resultOf(rec: FullRecord): CicdDeployResult {
  const ok = rec.status === 'succeeded';
  const why =
    rec.status === 'failed'
      ? (rec.error ?? rec.reason ?? 'deploy failed')
      : `rollout still ${rec.status} when the job stopped waiting (see deployment ${rec.id})`;
  return { deploymentId: rec.id, revision: rec.revision, succeeded: ok, error: ok ? null : why };
}
