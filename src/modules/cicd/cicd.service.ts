import { Inject, Injectable, Logger } from '@nestjs/common';
import { keysetPage, keysetRequest } from '../../common/pagination/keyset-page.js';
import { DELIVERIES_MAX_PAGE } from './dto/deliveries-query.dto.js';
import { verify } from '@octokit/webhooks-methods';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { CicdConfig } from './cicd.config.js';
import { CICD_DEPLOYER, type CicdDeployer } from './cicd.deployer.js';
import {
  DeliveryNotFoundError,
  JobNotPendingError,
  UnsupportedMediaTypeError,
  WebhookBadRequestError,
  WebhookNotConfiguredError,
  WebhookSignatureError,
} from './cicd.errors.js';
import {
  CicdRepository,
  isUniqueViolation,
  type DeliveryRow,
  type DeliveryWithJobs,
  type JobRow,
  type JobStatus,
} from './cicd.repository.js';
import { CicdWorker } from './cicd.worker.js';
import { routeEvent } from './event-router.js';

export const CICD_DELIVERIES = 'klepaas_cicd_deliveries_total';

/** What the controller hands over from the HTTP request: nothing of Express leaks further. */
export interface IncomingDelivery {
  /** 'json' | 'form' | null (anything else) */
  mediaType: 'json' | 'form' | null;
  contentType: string | undefined;
  rawBody: Buffer | undefined;
  body: unknown;
  signature: string | undefined;
  event: string | undefined;
  deliveryId: string | undefined;
}

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

export interface WebhookAnswer {
  status: 200 | 202;
  body: Record<string, unknown>;
  /** For the audit record. */
  summary: Record<string, unknown>;
}

const DELIVERY_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const EVENT_NAME = /^[a-z_]{1,64}$/;

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

/**
 * GitHub webhook deliveries: verified (HMAC-SHA256 over the raw bytes, constant time, every active
 * secret), recorded once per X-GitHub-Delivery, routed by the tag policy, and turned into persisted
 * deploy jobs that the worker runs after the answer has gone out.
 */
@Injectable()
export class CicdService {
  private readonly logger = new Logger('Cicd');

  constructor(
    private readonly config: CicdConfig,
    private readonly repository: CicdRepository,
    private readonly worker: CicdWorker,
    @Inject(CICD_DEPLOYER) private readonly deployer: CicdDeployer,
    @InjectMetric(CICD_DELIVERIES) private readonly deliveries: Counter<string>,
  ) {}

  get configured(): boolean {
    return this.config.secrets.length > 0;
  }

  /** Which configured secret signed these bytes, or null. Every secret is tried (rotation). */
  async verifySignature(raw: Buffer, signature: string): Promise<string | null> {
    const payload = raw.toString('utf8');
    let matched: string | null = null;
    for (const { name, secret } of this.config.secrets) {
      if ((await verify(secret, payload, signature)) && matched === null) matched = name;
    }
    return matched;
  }

  async receive(input: IncomingDelivery): Promise<WebhookAnswer> {
    if (!this.configured) throw new WebhookNotConfiguredError();
    if (!input.mediaType) throw new UnsupportedMediaTypeError(input.contentType);
    const raw = input.rawBody;
    if (!input.signature)
      throw new WebhookSignatureError('signature_missing', 'X-Hub-Signature-256 header is missing');
    if (!/^sha256=[0-9a-f]{64}$/i.test(input.signature))
      throw new WebhookSignatureError('signature_invalid', 'X-Hub-Signature-256 is not sha256=<hex>');
    if (!raw || raw.length === 0)
      throw new WebhookBadRequestError('invalid_payload', 'Request body is empty');
    const secret = await this.verifySignature(raw, input.signature.toLowerCase());
    if (!secret)
      throw new WebhookSignatureError('signature_invalid', 'X-Hub-Signature-256 does not match the body');

    const event = input.event?.trim();
    const deliveryId = input.deliveryId?.trim();
    if (!event || !EVENT_NAME.test(event))
      throw new WebhookBadRequestError('missing_header', 'X-GitHub-Event header is missing or malformed');
    if (!deliveryId || !DELIVERY_ID.test(deliveryId))
      throw new WebhookBadRequestError('missing_header', 'X-GitHub-Delivery header is missing or malformed');
    const payload = this.parsePayload(input);

    const existing = await this.repository.findByDeliveryId(deliveryId);
    if (existing) return this.duplicate(existing);

    const route = routeEvent(event, payload, {
      branch: this.config.KLEPAAS_CICD_BRANCH,
      deployOnWorkflowRun: this.config.KLEPAAS_CICD_DEPLOY_ON_WORKFLOW_RUN,
      workflowNames: this.config.KLEPAAS_CICD_WORKFLOW_NAMES,
    });
    // Refused rather than ignored: GitHub never signs such a payload, and a redelivery gets the same answer.
    if (route.kind === 'invalid')
      throw new WebhookBadRequestError('validation_failed', route.message, { field: route.field });
    if (route.kind === 'deploy') {
      const replayed = await this.repository.findByPayloadKey(route.identity);
      if (replayed) return this.duplicate(replayed, this.replayReason(route.trigger, replayed));
    }
    const action = typeof payload.action === 'string' ? payload.action.slice(0, 64) : null;
    const senderLogin = (payload.sender as { login?: unknown } | undefined)?.login;
    const sender = typeof senderLogin === 'string' ? senderLogin.slice(0, 200) : null;
    const now = new Date().toISOString();
    const delivery: DeliveryRow = {
      id: monotonicId(),
      delivery_id: deliveryId,
      event,
      action,
      repository: route.kind === 'pong' ? null : route.repository,
      sender,
      secret,
      outcome: 'ignored',
      reason: null,
      apps: null,
      received_at: now,
      payload_key: route.kind === 'deploy' ? route.identity : null,
    };
    const jobs: JobRow[] = [];

    if (route.kind === 'pong') {
      delivery.outcome = 'pong';
    } else if (route.kind === 'ignored') {
      delivery.reason = route.reason;
    } else {
      const apps = [...new Set(await this.deployer.appsForRepository(route.repository))].sort();
      delivery.apps = JSON.stringify(apps);
      const skipped: string[] = [];
      for (const app of apps) {
        const active = await this.repository.findActiveJob(app, route.plan.environment, route.plan.deployTag);
        if (active) {
          skipped.push(
            `${app}/${route.plan.environment} already has a ${active.status} job for tag ${route.plan.deployTag}`,
          );
          continue;
        }
        const stale = await this.staleReason(app, route.plan.environment, route.plan.deployTag);
        if (stale) {
          skipped.push(stale);
          continue;
        }
        const needsConfirmation =
          route.plan.environment === 'production' &&
          this.config.KLEPAAS_CICD_PRODUCTION_POLICY === 'require_confirmation';
        jobs.push({
          id: monotonicId(),
          delivery_id: delivery.id,
          app,
          environment: route.plan.environment,
          tag: route.plan.deployTag,
          tags: JSON.stringify(route.plan.tags),
          trigger: route.trigger,
          repository: route.repository,
          revision: null,
          ref: route.ref.slice(0, 255),
          actor: `github:${sender ?? 'unknown'}`,
          status: needsConfirmation ? 'waiting_confirmation' : 'queued',
          attempts: 0,
          deployment_id: null,
          error: null,
          confirmed_by: null,
          created_at: now,
          updated_at: now,
          run_after: null,
          started_at: null,
          finished_at: null,
        });
      }
      if (apps.length === 0) delivery.reason = `repository ${route.repository} is not mapped to an app`;
      else if (skipped.length) delivery.reason = skipped.join('; ');
      if (jobs.length) delivery.outcome = 'accepted';
    }

    try {
      await this.repository.insertDelivery(delivery, jobs);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same delivery (or payload) arrived twice at once: the other request recorded it.
      const winner = await this.repository.findByDeliveryId(deliveryId);
      if (winner) return this.duplicate(winner);
      const replayed = delivery.payload_key && (await this.repository.findByPayloadKey(delivery.payload_key));
      if (replayed && route.kind === 'deploy')
        return this.duplicate(replayed, this.replayReason(route.trigger, replayed));
      throw err;
    }
    this.deliveries.inc({ event, outcome: delivery.outcome });
    this.logger.log(
      {
        delivery: deliveryId,
        event,
        action,
        repository: delivery.repository,
        outcome: delivery.outcome,
        jobs: jobs.map((j) => j.id),
      },
      `webhook ${event} ${delivery.outcome}${delivery.reason ? `: ${delivery.reason}` : ''}`,
    );
    if (jobs.some((j) => j.status === 'queued')) this.worker.wake();

    const summary = {
      delivery: deliveryId,
      event,
      action,
      repository: delivery.repository,
      outcome: delivery.outcome,
      reason: delivery.reason,
      jobs: jobs.map((j) => j.id),
    };
    if (route.kind === 'pong') {
      return {
        status: 200,
        body: {
          outcome: 'pong',
          pong: true,
          zen: route.zen,
          hookId: route.hookId,
          deliveryId,
          id: delivery.id,
        },
        summary,
      };
    }
    return {
      status: 202,
      body: {
        outcome: delivery.outcome,
        ...(delivery.reason ? { reason: delivery.reason } : {}),
        deliveryId,
        id: delivery.id,
        ...(jobs.length ? { jobs: jobs.map(toJobView) } : {}),
      },
      summary,
    };
  }

  private parsePayload(input: IncomingDelivery): Record<string, unknown> {
    let payload: unknown = input.body;
    if (input.mediaType === 'form') {
      const field = (input.body as { payload?: unknown } | undefined)?.payload;
      if (typeof field !== 'string')
        throw new WebhookBadRequestError('invalid_payload', 'Form-encoded deliveries need a "payload" field');
      try {
        payload = JSON.parse(field);
      } catch {
        throw new WebhookBadRequestError('invalid_payload', 'The "payload" field is not valid JSON');
      }
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      throw new WebhookBadRequestError('invalid_payload', 'The payload must be a JSON object');
    return payload as Record<string, unknown>;
  }

  /**
   * Answers from the recorded delivery: a redelivery of the same id, or (with `replay`) another delivery
   * id carrying a payload already received.
   */
  private duplicate(existing: DeliveryWithJobs, replay?: string): WebhookAnswer {
    const view = toDeliveryView(existing);
    this.deliveries.inc({ event: view.event, outcome: 'duplicate' });
    const reason = replay ?? view.reason;
    return {
      status: 200,
      body: {
        duplicate: true,
        outcome: view.outcome,
        ...(reason ? { reason } : {}),
        deliveryId: view.deliveryId,
        id: view.id,
        ...(view.jobs.length ? { jobs: view.jobs } : {}),
      },
      summary: {
        delivery: view.deliveryId,
        event: view.event,
        duplicate: true,
        outcome: view.outcome,
        ...(replay ? { replay } : {}),
      },
    };
  }

  private replayReason(trigger: string, original: DeliveryWithJobs): string {
    return (
      `the same ${trigger} payload was received before as delivery ${original.delivery.delivery_id}; ` +
      'a new X-GitHub-Delivery does not make it a new event'
    );
  }

  /**
   * A deploy of what already runs, or of a tag that ran before the current one (a replayed old payload
   * would roll the environment back), is not done: rolling back is an explicit, confirmed operation.
   */
  private async staleReason(app: string, environment: string, tag: string): Promise<string | null> {
    const standing = await this.deployer.releaseStanding(app, environment, tag);
    if (standing.current === tag) return `${app}/${environment} already runs ${tag}`;
    if (standing.deployedBefore)
      return (
        `${tag} ran in ${app}/${environment} before the current ${standing.current}; deploying it again would ` +
        'roll back (use the rollback API for that)'
      );
    return null;
  }

  async list(q: { outcome?: string; status?: string; app?: string; cursor?: string; limit?: number }) {
    const request = keysetRequest(q, DELIVERIES_MAX_PAGE);
    const rows = await this.repository.listDeliveries({
      outcome: q.outcome,
      status: q.status,
      app: q.app,
      before: request.before,
      limit: request.fetch,
    });
    return keysetPage(rows, request, ({ delivery: d }) => ({ at: d.received_at, id: d.id }), toDeliveryView);
  }

  async get(id: string): Promise<DeliveryView> {
    const found = await this.repository.findDelivery(id);
    if (!found) throw new DeliveryNotFoundError(id);
    return toDeliveryView(found);
  }

  /** An authorised user lets the production deploys of a delivery that wait for confirmation go ahead. */
  async confirm(id: string, userId: string): Promise<DeliveryView> {
    const found = await this.repository.findDelivery(id);
    if (!found) throw new DeliveryNotFoundError(id);
    let changed = 0;
    for (const job of found.jobs) {
      if (
        await this.repository.transition(job.id, ['waiting_confirmation'], {
          status: 'queued',
          confirmed_by: userId,
        })
      ) {
        changed++;
        this.logger.log({ job: job.id, by: userId }, `production deploy of ${job.app}:${job.tag} confirmed`);
      }
    }
    if (changed === 0)
      throw new JobNotPendingError(
        id,
        found.jobs.map((j) => j.status),
      );
    this.worker.wake();
    return this.get(id);
  }

  /** Cancels the deploys of a delivery that have not started (waiting for confirmation or queued). */
  async cancel(id: string, userId: string): Promise<DeliveryView> {
    const found = await this.repository.findDelivery(id);
    if (!found) throw new DeliveryNotFoundError(id);
    let changed = 0;
    for (const job of found.jobs) {
      if (
        await this.repository.transition(job.id, ['waiting_confirmation', 'queued'], {
          status: 'cancelled',
          error: `cancelled by ${userId}`,
          finished_at: new Date().toISOString(),
        })
      )
        changed++;
    }
    if (changed === 0)
      throw new JobNotPendingError(
        id,
        found.jobs.map((j) => j.status),
      );
    return this.get(id);
  }
}
