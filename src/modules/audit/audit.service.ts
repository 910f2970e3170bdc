import { Injectable, Logger } from '@nestjs/common';
import { keysetPage, keysetRequest } from '../../common/pagination/keyset-page.js';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Request } from 'express';
import type { Counter } from 'prom-client';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { redact } from '../../common/security/redact.js';
import { WriteBehindQueue } from '../../database/write-behind.js';
import { requestPrincipal } from '../../common/principal/principal.js';
import { AuditRepository, type AuditRow } from './audit.repository.js';

export const AUDIT_WRITE_FAILURES = 'audit_write_failures_total';
export const AUDIT_DENIALS_SHED = 'klepaas_audit_denials_shed_total';

/**
 * 'commit': the record is committed before the call returns (a mutation's record, before its response).
 * 'batched': queued and committed within KLEPAAS_WRITE_BEHIND_INTERVAL_MS (reads; drained on shutdown).
 */
export type AuditDurability = 'commit' | 'batched';

export interface AuditEntry {
  userId?: string | null;
  ip?: string | null;
  action: string;
  resource?: string | null;
  status: number;
  requestId?: string | null;
  details?: unknown;
}

/**
 * An audit record to be committed in the caller's own transaction (with the writes it describes), and
 * logged once that commit succeeded.
 */
export interface PreparedAuditRecord {
  table: 'audit_log';
  row: AuditRow;
  committed(): void;
}

export interface AuditRecord {
  id: string;
  time: string;
  userId: string | null;
  ip: string | null;
  action: string;
  resource: string | null;
  status: number;
  requestId: string | null;
  details: unknown;
  /** Requests the record stands for (> 1 only for a bucket of denials within one second). */
  count: number;
}

export interface AuditPage {
  items: AuditRecord[];
  nextCursor: string | null;
}

/** Denials of one caller on one route with one status within one second: one row, counted. */
interface DenialBucket {
  id: string;
  second: number;
  count: number;
  /** The row was handed to a flush (later counts need an update). */
  inserted: boolean;
  /** An update of the count waits in the queue. */
  updateQueued: boolean;
}
const clip = (value: string | null | undefined, max: number): string | null =>
  value === null || value === undefined ? null : value.length > max ? `${value.slice(0, max - 1)}…` : value;

/**
 * The audit trail: every mutating request, every 401/403, and whatever modules record explicitly
 * (MCP tool calls, webhook deliveries). Secrets are redacted before anything is stored or logged.
 * A failed write is logged as an error and counted — it never fails the request it describes.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');
  private readonly buckets = new Map<string, DenialBucket>();
  private bucketSecond = 0;
  /** Requests recorded with their outcome: a 401/403 among them is not recorded again as a denial. */
  private readonly recorded = new WeakSet<Request>();
  /** Requests that reached a @NoAutoAudit() route: it records them, AuditInterceptor does not. */
  private readonly leftToRoutes = new WeakSet<Request>();

  constructor(
    private readonly repository: AuditRepository,
    private readonly queue: WriteBehindQueue,
    @InjectMetric(AUDIT_WRITE_FAILURES) private readonly failures: Counter<string>,
    @InjectMetric(AUDIT_DENIALS_SHED) private readonly shed: Counter<string>,
  ) {}

  /** Commits what is queued (tests and callers that read the log right after a batched record). */
  flush(): Promise<void> {
    return this.queue.flush();
  }

  async record(entry: AuditEntry, durability: AuditDurability = 'commit'): Promise<void> {
    const row = this.toRow(entry);
    try {
      await this.queue.add(this.insertOp(row), durability === 'commit' ? 'commit' : 'queued');
    } catch (err) {
      this.lost(err, row);
    }
  }

  /**
   * The record of a request as a row for the caller's transaction (the webhook's delivery, jobs and
   * record in one commit). Nothing is written or logged here: the caller commits it, then calls
   * `committed()`; a transaction that fails leaves no record and no log line of one.
   */
  prepareRequest(
    req: Request,
    status: number,
    extra: { action?: string; details?: unknown } = {},
  ): PreparedAuditRecord {
    this.recorded.add(req);
    const { row, details } = this.buildRow(this.requestEntry(req, status, extra));
    return { table: 'audit_log', row, committed: () => this.logRow(row, details) };
  }

  private toRow(entry: AuditEntry, count = 1): AuditRow {
    const { row, details } = this.buildRow(entry, count);
    this.logRow(row, details);
    return row;
  }

  /** The row, and its details redacted (what is logged; the row holds them as JSON). */
  private buildRow(entry: AuditEntry, count = 1): { row: AuditRow; details: unknown } {
    // Cut to the column widths (0001-audit-log): a long path or a forwarded "IP" from a trusted proxy
    // must not make PostgreSQL refuse the record and lose it.
    const details = entry.details === undefined ? undefined : redact(entry.details);
    const row: AuditRow = {
      id: monotonicId(),
      created_at: new Date().toISOString(),
      user_id: clip(entry.userId, 255),
      ip: clip(entry.ip, 64),
      action: clip(entry.action, 255) ?? '',
      resource: clip(entry.resource, 1024),
      status: entry.status,
      request_id: clip(entry.requestId, 128),
      details: details === undefined ? null : JSON.stringify(details),
      count,
    };
    return { row, details };
  }

  private logRow(row: AuditRow, details: unknown): void {
    this.logger.log({ audit: { ...row, details: details ?? null } }, `audit ${row.action} ${row.status}`);
  }

  private insertOp(row: AuditRow) {
    return {
      kind: 'insert' as const,
      table: 'audit_log',
      row: () => ({ ...row }),
      onLost: (err: unknown) => this.lost(err, row),
    };
  }

  private lost(err: unknown, row: AuditRow): void {
    this.failures.inc();
    this.logger.error(
      { err, audit: { action: row.action, requestId: row.request_id } },
      'Audit write failed',
    );
  }

  leaveToRoute(req: Request): void {
    this.leftToRoutes.add(req);
  }

  isLeftToRoute(req: Request): boolean {
    return this.leftToRoutes.has(req);
  }

  /** The record of a request with its outcome; it stands for the request's denial too, if it is one. */
  async recordRequest(
    req: Request,
    status: number,
    extra: { action?: string; details?: unknown; durability?: AuditDurability } = {},
  ): Promise<void> {
    this.recorded.add(req);
    await this.record(this.requestEntry(req, status, extra), extra.durability);
  }

  private requestEntry(
    req: Request,
    status: number,
    extra: { action?: string; details?: unknown },
  ): AuditEntry {
    const user = requestPrincipal(req);
    return {
      userId: user?.userId ?? null,
      ip: req.ip ?? null,
      action: extra.action ?? `${req.method} ${req.route?.path ?? req.path}`,
      resource: req.originalUrl.split('?')[0],
      status,
      requestId: String(req.id ?? ''),
      details: extra.details ?? { params: req.params, query: req.query, body: req.body },
    };
  }

  /**
   * 401/403 are audited for every method, so probing is visible too — but a flood must not become as
   * many database writes: one row per (caller, route, status, second) with a count, queued (never
   * awaited), and shed with a counter when the queue is full. The caller is the user when one was
   * authenticated (403), else the client IP as the service sees it (KLEPAAS_TRUST_PROXY).
   */
  recordDenial(req: Request, status: number, code: string, message: string): Promise<void> {
    if (this.recorded.has(req)) return Promise.resolve();
    this.recorded.add(req);
    const user = requestPrincipal(req);
    const userId = user?.userId ?? null;
    const ip = req.ip ?? null;
    const action = `${req.method} ${req.route?.path ?? req.path}`;
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.bucketSecond) {
      // only this second's buckets can still grow
      this.bucketSecond = second;
      for (const [key, b] of this.buckets) if (b.second < second) this.buckets.delete(key);
    }
    const key = `${userId ?? ''}\u0000${ip ?? ''}\u0000${action}\u0000${status}`;
    const bucket = this.buckets.get(key);
    if (bucket) {
      bucket.count++;
      if (bucket.inserted && !bucket.updateQueued) {
        bucket.updateQueued = true;
        // waits for room in the background: the count is kept here meanwhile, the response never waits
        void this.queue.add({
          kind: 'run',
          run: async (trx) => {
            bucket.updateQueued = false;
            await AuditRepository.setCount(trx, bucket.id, bucket.count);
          },
          onLost: (err) => {
            this.failures.inc();
            this.logger.error({ err }, 'Audit count update failed');
          },
        });
      }
      return Promise.resolve();
    }
    if (this.queue.full) {
      this.shed.inc({ status: String(status) });
      return Promise.resolve();
    }
    const row = this.toRow({
      userId,
      ip,
      action,
      resource: req.originalUrl.split('?')[0],
      status,
      requestId: String(req.id ?? ''),
      details: { denied: code, reason: message, params: req.params, query: req.query },
    });
    const fresh: DenialBucket = { id: row.id, second, count: 1, inserted: false, updateQueued: false };
    this.buckets.set(key, fresh);
    this.queue.offer({
      kind: 'insert',
      table: 'audit_log',
      // evaluated at flush time: the count includes every denial that arrived while it waited
      row: () => {
        fresh.inserted = true;
        return { ...row, count: fresh.count };
      },
      onLost: (err) => this.lost(err, row),
    });
    return Promise.resolve();
  }

  async find(filters: {
    userId?: string;
    action?: string;
    resource?: string;
    status?: number;
    from?: string;
    to?: string;
    cursor?: string;
    limit?: number;
  }): Promise<AuditPage> {
    const request = keysetRequest(filters);
    // what this replica accepted before the query is in the answer, batched records too
    await this.queue.flush();
    const rows = await this.repository.find({
      userId: filters.userId,
      action: filters.action,
      resource: filters.resource,
      status: filters.status,
      from: filters.from ? new Date(filters.from).toISOString() : undefined,
      to: filters.to ? new Date(filters.to).toISOString() : undefined,
      before: request.before,
      limit: request.fetch,
    });
    return keysetPage(rows, request, (r) => ({ at: r.created_at, id: r.id }), toRecord);
  }
}

function toRecord(r: AuditRow): AuditRecord {
  return {
    id: r.id,
    time: r.created_at,
    userId: r.user_id,
    ip: r.ip,
    action: r.action,
    resource: r.resource,
    status: r.status,
    requestId: r.request_id,
    details: r.details ? JSON.parse(r.details) : null,
    count: r.count,
  };
}
