import { Inject, Injectable, Logger } from '@nestjs/common';
import { keysetPage, keysetRequest } from '../../common/pagination/keyset-page.js';
import { DELIVERIES_MAX_PAGE } from './dto/deliveries-query.dto.js';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { normaliseError } from '../../common/errors/error-envelope.filter.js';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { InjectOverlappingReads, readAll } from '../../database/overlapping-reads.js';
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
import { toDeliveryView, toJobView, type DeliveryView } from './delivery-views.js';
import { routeEvent, type Route } from './event-router.js';
import type { TagPlan } from './tag-policy.js';
import { webhookSigner } from './webhook-signature.js';

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

export interface WebhookAnswer {
  status: 200 | 202;
  body: Record<string, unknown>;
  /** For the audit record. */
  summary: Record<string, unknown>;
}

/** The webhook request's audit record: the HTTP status it is answered with and compact details. */
export interface WebhookAudit {
  /** Writes it alone, committed before it returns (refused deliveries, duplicates, errors). */
  record(status: number, details: Record<string, unknown>): Promise<void>;
  /** Prepares it for the delivery's own transaction; `committed()` once that transaction is. */
  prepare(
    status: number,
    details: Record<string, unknown>,
  ): { table: string; row: object; committed(): void };
}

/** A route that is recorded: every kind but `invalid` (refused with 400). */
type RecordedRoute = Exclude<Route, { kind: 'invalid' }>;
type DeployRoute = Extract<Route, { kind: 'deploy' }>;

const DELIVERY_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const EVENT_NAME = /^[a-z_]{1,64}$/;
const SIGNATURE = /^sha256=[0-9a-f]{64}$/i;

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
    @InjectOverlappingReads() private readonly overlapReads: boolean = false,
  ) {}

  get configured(): boolean {
    return this.config.secrets.length > 0;
  }

  /** Which configured secret signed these bytes, or null. Every secret is tried (rotation). */
  verifySignature(raw: Buffer, signature: string): string | null {
    return webhookSigner(raw, signature, this.config.secrets);
  }

  /**
   * Answers a delivery and writes its one audit record, refused deliveries included. The record is
   * compact (what was delivered and what came of it), never the whole payload.
   */
  async receive(input: IncomingDelivery, audit: WebhookAudit): Promise<WebhookAnswer> {
    let answer: WebhookAnswer & { audited?: boolean };
    try {
      answer = await this.answer(input, audit);
    } catch (e) {
      const n = normaliseError(e);
      await audit.record(n.status, {
        event: input.event ?? null,
        delivery: input.deliveryId ?? null,
        ...(n.status === 401 ? { denied: n.code } : { error: n.code }),
        reason: n.message,
      });
      throw e;
    }
    if (!answer.audited) await audit.record(answer.status, answer.summary);
    return answer;
  }

  /** `audited`: the record was committed with the delivery (a new delivery: one commit, not two). */
  private async answer(
    input: IncomingDelivery,
    audit: WebhookAudit,
  ): Promise<WebhookAnswer & { audited?: boolean }> {
    const secret = await this.signedBy(input);
    const { event, deliveryId } = deliveryHeaders(input);
    const payload = this.parsePayload(input);
    const route = routeEvent(event, payload, {
      branch: this.config.KLEPAAS_CICD_BRANCH,
      deployOnWorkflowRun: this.config.KLEPAAS_CICD_DEPLOY_ON_WORKFLOW_RUN,
      workflowNames: this.config.KLEPAAS_CICD_WORKFLOW_NAMES,
    });
    // The reads that decide the answer go out together — on PostgreSQL one round trip's wait instead of
    // three in turn — and are judged in the order of before: a redelivery, a refused payload, a replay.
    const deploy = route.kind === 'deploy' ? route : null;
    const [existing, replayed, apps] = await readAll(this.overlapReads, [
      () => this.repository.findByDeliveryId(deliveryId),
      async () => deploy && this.repository.findByPayloadKey(deploy.identity),
      async () => deploy && this.deployer.appsForRepository(deploy.repository),
    ]);
    if (existing) return this.duplicate(existing);
    // Refused rather than ignored: GitHub never signs such a payload, and a redelivery gets the same answer.
    if (route.kind === 'invalid')
      throw new WebhookBadRequestError('validation_failed', route.message, { field: route.field });
    if (deploy && replayed) return this.duplicate(replayed, this.replayReason(deploy.trigger, replayed));

    const delivery = newDelivery({ deliveryId, event, secret, payload, route });
    const jobs = deploy ? await this.planJobs(delivery, deploy, apps ?? []) : [];
    const answer = answerOf(route, delivery, jobs);
    const record = audit.prepare(answer.status, answer.summary);
    const recordedFirst = await this.store(delivery, jobs, route, record);
    if (recordedFirst) return recordedFirst;
    record.committed();
    this.announce(delivery, jobs);
    return { ...answer, audited: true };
  }

  /** Which configured secret signed the delivery; refuses what is not signed by one. */
  private async signedBy(input: IncomingDelivery): Promise<string> {
    if (!this.configured) throw new WebhookNotConfiguredError();
    if (!input.mediaType) throw new UnsupportedMediaTypeError(input.contentType);
    if (!input.signature)
      throw new WebhookSignatureError('signature_missing', 'X-Hub-Signature-256 header is missing');
    if (!SIGNATURE.test(input.signature))
      throw new WebhookSignatureError('signature_invalid', 'X-Hub-Signature-256 is not sha256=<hex>');
    if (!input.rawBody || input.rawBody.length === 0)
      throw new WebhookBadRequestError('invalid_payload', 'Request body is empty');
    const secret = this.verifySignature(input.rawBody, input.signature.toLowerCase());
    if (!secret)
      throw new WebhookSignatureError('signature_invalid', 'X-Hub-Signature-256 does not match the body');
    return secret;
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

  /** The answer for a deploy payload already received under another delivery id (null: it is new). */
  private async replayOf(route: RecordedRoute): Promise<WebhookAnswer | null> {
    if (route.kind !== 'deploy') return null;
    const replayed = await this.repository.findByPayloadKey(route.identity);
    return replayed ? this.duplicate(replayed, this.replayReason(route.trigger, replayed)) : null;
  }

  /**
   * One job per app the repository is mapped to, except where the tag already has an active job or is
   * stale; the delivery gets the apps, the reason for what was skipped, and `accepted` if any job is left.
   * `mapped`: the apps of the repository, read with the delivery's other first reads.
   */
  private async planJobs(delivery: DeliveryRow, route: DeployRoute, mapped: string[]): Promise<JobRow[]> {
    const apps = [...new Set(mapped)].sort();
    const needsConfirmation =
      route.plan.environment === 'production' &&
      this.config.KLEPAAS_CICD_PRODUCTION_POLICY === 'require_confirmation';
    const skips = await readAll(
      this.overlapReads,
      apps.map((app) => () => this.skipReason(app, route.plan)),
    );
    const jobs: JobRow[] = [];
    const skipped: string[] = [];
    apps.forEach((app, i) => {
      const skip = skips[i];
      if (skip) skipped.push(skip);
      else jobs.push(newJob(delivery, app, route, needsConfirmation));
    });
    delivery.apps = JSON.stringify(apps);
    if (apps.length === 0) delivery.reason = `repository ${route.repository} is not mapped to an app`;
    else if (skipped.length) delivery.reason = skipped.join('; ');
    if (jobs.length) delivery.outcome = 'accepted';
    return jobs;
  }

  /** Why an app/environment gets no job for the plan's tag (null: it gets one). */
  private async skipReason(app: string, { environment, deployTag }: TagPlan): Promise<string | null> {
    // both reads at once on PostgreSQL (one round trip's wait); an active job is the reason given first
    const [active, stale] = await readAll(this.overlapReads, [
      () => this.repository.findActiveJob(app, environment, deployTag),
      () => this.staleReason(app, environment, deployTag),
    ]);
    if (active) return `${app}/${environment} already has a ${active.status} job for tag ${deployTag}`;
    return stale;
  }

  /**
   * Records the delivery with its jobs and its audit record (null). When the same delivery (or payload)
   * arrived twice at once and the other request recorded it first, none of them is written and this one
   * is answered as its duplicate (audited as such).
   */
  private async store(
    delivery: DeliveryRow,
    jobs: JobRow[],
    route: RecordedRoute,
    record: { table: string; row: object },
  ): Promise<WebhookAnswer | null> {
    try {
      await this.repository.insertDelivery(delivery, jobs, record);
      return null;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const winner = await this.repository.findByDeliveryId(delivery.delivery_id);
      if (winner) return this.duplicate(winner);
      const replay = await this.replayOf(route);
      if (replay) return replay;
      throw err;
    }
  }

  /** Counts and logs a recorded delivery, and wakes the worker for its queued jobs. */
  private announce(delivery: DeliveryRow, jobs: JobRow[]): void {
    const { delivery_id, event, action, repository, outcome, reason } = delivery;
    this.deliveries.inc({ event, outcome });
    this.logger.log(
      { delivery: delivery_id, event, action, repository, outcome, jobs: jobs.map((j) => j.id) },
      `webhook ${event} ${outcome}${reason ? `: ${reason}` : ''}`,
    );
    const queued = jobs.filter((j) => j.status === 'queued');
    if (queued.length) this.worker.wake(queued);
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
    await this.moveJobs(id, ['waiting_confirmation'], { status: 'queued', confirmed_by: userId }, (job) =>
      this.logger.log({ job: job.id, by: userId }, `production deploy of ${job.app}:${job.tag} confirmed`),
    );
    this.worker.wake();
    return this.get(id);
  }

  /** Cancels the deploys of a delivery that have not started (waiting for confirmation or queued). */
  async cancel(id: string, userId: string): Promise<DeliveryView> {
    await this.moveJobs(id, ['waiting_confirmation', 'queued'], {
      status: 'cancelled',
      error: `cancelled by ${userId}`,
      finished_at: new Date().toISOString(),
    });
    return this.get(id);
  }

  /** Changes each job of the delivery that is in one of the `from` states; refuses when none is. */
  private async moveJobs(
    id: string,
    from: JobStatus[],
    changes: Parameters<CicdRepository['transition']>[2],
    onMoved?: (job: JobRow) => void,
  ): Promise<void> {
    const found = await this.repository.findDelivery(id);
    if (!found) throw new DeliveryNotFoundError(id);
    let moved = 0;
    for (const job of found.jobs) {
      if (!(await this.repository.transition(job.id, from, changes))) continue;
      moved++;
      onMoved?.(job);
    }
    if (moved === 0)
      throw new JobNotPendingError(
        id,
        found.jobs.map((j) => j.status),
      );
  }
}

/** The X-GitHub-Event and X-GitHub-Delivery headers, trimmed; refuses a delivery without them. */
function deliveryHeaders(input: IncomingDelivery): { event: string; deliveryId: string } {
  const event = input.event?.trim();
  const deliveryId = input.deliveryId?.trim();
  if (!event || !EVENT_NAME.test(event))
    throw new WebhookBadRequestError('missing_header', 'X-GitHub-Event header is missing or malformed');
  if (!deliveryId || !DELIVERY_ID.test(deliveryId))
    throw new WebhookBadRequestError('missing_header', 'X-GitHub-Delivery header is missing or malformed');
  return { event, deliveryId };
}

/** The record of a verified delivery as routed: a pong, or ignored until jobs are planned for it. */
function newDelivery(d: {
  deliveryId: string;
  event: string;
  secret: string;
  payload: Record<string, unknown>;
  route: RecordedRoute;
}): DeliveryRow {
  const { payload, route } = d;
  const senderLogin = (payload.sender as { login?: unknown } | undefined)?.login;
  return {
    id: monotonicId(),
    delivery_id: d.deliveryId,
    event: d.event,
    action: typeof payload.action === 'string' ? payload.action.slice(0, 64) : null,
    repository: route.kind === 'pong' ? null : route.repository,
    sender: typeof senderLogin === 'string' ? senderLogin.slice(0, 200) : null,
    secret: d.secret,
    outcome: route.kind === 'pong' ? 'pong' : 'ignored',
    reason: route.kind === 'ignored' ? route.reason : null,
    apps: null,
    received_at: new Date().toISOString(),
    payload_key: route.kind === 'deploy' ? route.identity : null,
  };
}

/** A deploy job of the delivery for one app: queued, or waiting for a production confirmation. */
function newJob(delivery: DeliveryRow, app: string, route: DeployRoute, needsConfirmation: boolean): JobRow {
  const now = delivery.received_at;
  return {
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
    actor: `github:${delivery.sender ?? 'unknown'}`,
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
  };
}

/** The answer to a recorded delivery: 200 with the pong, else 202 with the outcome and its jobs. */
function answerOf(route: RecordedRoute, delivery: DeliveryRow, jobs: JobRow[]): WebhookAnswer {
  const { delivery_id: deliveryId, id, outcome, reason } = delivery;
  const summary = {
    delivery: deliveryId,
    event: delivery.event,
    action: delivery.action,
    repository: delivery.repository,
    outcome,
    reason,
    jobs: jobs.map((j) => j.id),
  };
  if (route.kind === 'pong') {
    return {
      status: 200,
      body: { outcome: 'pong', pong: true, zen: route.zen, hookId: route.hookId, deliveryId, id },
      summary,
    };
  }
  return {
    status: 202,
    body: {
      outcome,
      ...(reason ? { reason } : {}),
      deliveryId,
      id,
      ...(jobs.length ? { jobs: jobs.map(toJobView) } : {}),
    },
    summary,
  };
}
