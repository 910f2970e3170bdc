/**
 * The CI/CD module's view of the deployments module: which app a repository belongs to, and running a
 * deploy. Implemented over AppsService and DeploymentsService (cicd.module.ts); kept as an interface so
 * the job worker's contract with the rest of the system is in one place.
 */
export interface CicdDeployRequest {
  app: string;
  environment: string;
  tag: string;
  /** `github:<sender>` */
  userId: string;
  /** The job id: the deployment history record is linked to it. */
  correlationId: string;
  signal: AbortSignal;
}

export interface CicdDeployResult {
  deploymentId: string | null;
  revision: number | null;
  succeeded: boolean;
  /** The deploy could not start for a passing reason (another operation holds the app): try again later. */
  retryable?: boolean;
  /**
   * The cluster could not be reached (or its API server failed): try again later, for as long as
   * KLEPAAS_CICD_CLUSTER_WAIT_MS, without counting an attempt.
   */
  waitForCluster?: boolean;
  error: string | null;
}

/** Where a tag stands in an app/environment's history of successful deploys and rollbacks. */
export interface ReleaseStanding {
  /** The tag of the latest successful deploy or rollback (what runs now), null when none. */
  current: string | null;
  /** The tag was deployed successfully before (now or earlier). */
  deployedBefore: boolean;
}

export interface CicdDeployer {
  /** `owner/repo` → the names of the apps mapped to the repository (none: the delivery is ignored). */
  appsForRepository(fullName: string): Promise<string[]>;
  releaseStanding(app: string, environment: string, tag: string): Promise<ReleaseStanding>;
  deploy(request: CicdDeployRequest): Promise<CicdDeployResult>;
}

export const CICD_DEPLOYER = Symbol('CICD_DEPLOYER');
