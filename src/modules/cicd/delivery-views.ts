import type { DeliveryWithJobs, JobRow, JobStatus } from './cicd.repository.js';

/** How the API shows a deploy job (rows are the database's shape). */
export interface JobView {
  id: string;
  status: JobStatus;
  app: string;
  environment: string;
  tag: string;
  tags: string[];
  trigger: string;
  repository: string;
  ref: string | null;
  revision: number | null;
  actor: string;
  attempts: number;
  deploymentId: string | null;
  error: string | null;
  confirmedBy: string | null;
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** While running: when its worker's lease ends unless renewed (past it, another replica takes the job over). */
  leaseExpiresAt: string | null;
}

export interface DeliveryView {
  id: string;
  deliveryId: string;
  event: string;
  action: string | null;
  repository: string | null;
  sender: string | null;
  /** Which configured secret verified it: primary | previous | github_app. */
  secret: string;
  outcome: 'pong' | 'accepted' | 'ignored';
  reason: string | null;
  /** Apps the repository is mapped to. */
  apps: string[];
  receivedAt: string;
  /** One deploy job per mapped app. */
  jobs: JobView[];
}

export function toJobView(j: JobRow): JobView {
  return {
    id: j.id,
    status: j.status,
    app: j.app,
    environment: j.environment,
    tag: j.tag,
    tags: JSON.parse(j.tags) as string[],
    trigger: j.trigger,
    repository: j.repository,
    revision: j.revision,
    ref: j.ref,
    actor: j.actor,
    attempts: j.attempts,
    deploymentId: j.deployment_id,
    error: j.error,
    confirmedBy: j.confirmed_by,
    createdAt: j.created_at,
    updatedAt: j.updated_at,
    startedAt: j.started_at,
    finishedAt: j.finished_at,
    leaseExpiresAt: j.lease_expires_at ?? null,
  };
}

export function toDeliveryView({ delivery: d, jobs }: DeliveryWithJobs): DeliveryView {
  return {
    id: d.id,
    deliveryId: d.delivery_id,
    event: d.event,
    action: d.action,
    repository: d.repository,
    sender: d.sender,
    secret: d.secret,
    outcome: d.outcome as DeliveryView['outcome'],
    reason: d.reason,
    apps: d.apps ? (JSON.parse(d.apps) as string[]) : [],
    receivedAt: d.received_at,
    jobs: jobs.map(toJobView),
  };
}
