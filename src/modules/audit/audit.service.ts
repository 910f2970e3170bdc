import { Injectable, Logger } from '@nestjs/common';
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  pageSize,
  type KeysetPosition,
} from '../../common/pagination/keyset-cursor.js';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Request } from 'express';
import type { Counter } from 'prom-client';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { redact } from '../../common/security/redact.js';
import type { Principal } from '../auth/principal.js';
import { AuditRepository, type AuditRow } from './audit.repository.js';

export const AUDIT_WRITE_FAILURES = 'audit_write_failures_total';

export interface AuditEntry {
  userId?: string | null;
  ip?: string | null;
  action: string;
  resource?: string | null;
  status: number;
  requestId?: string | null;
  details?: unknown;
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
}

export interface AuditPage {
  items: AuditRecord[];
  nextCursor: string | null;
}

const AUDITED = Symbol('klepaas:audited');
const clip = (value: string | null | undefined, max: number): string | null =>
  value === null || value === undefined ? null : value.length > max ? `${value.slice(0, max - 1)}…` : value;
const toCreatedAt = ({ at, id }: KeysetPosition) => ({ createdAt: at, id });
const lastCursor = (row: AuditRow) => encodeKeysetCursor(row.created_at, row.id);

/**
 * The audit trail: every mutating request, every 401/403, and whatever modules record explicitly
 * (MCP tool calls, webhook deliveries). Secrets are redacted before anything is stored or logged.
 * A failed write is logged as an error and counted — it never fails the request it describes.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly repository: AuditRepository,
    @InjectMetric(AUDIT_WRITE_FAILURES) private readonly failures: Counter<string>,
  ) {}

  async record(entry: AuditEntry): Promise<void> {
    // Cut to the column widths (0001-audit-log): a long path or a forwarded "IP" from a trusted proxy
    // must not make PostgreSQL refuse the record and lose it.
    const row: AuditRow = {
      id: monotonicId(),
      created_at: new Date().toISOString(),
      user_id: clip(entry.userId, 255),
      ip: clip(entry.ip, 64),
      action: clip(entry.action, 255) ?? '',
      resource: clip(entry.resource, 1024),
      status: entry.status,
      request_id: clip(entry.requestId, 128),
      details: entry.details === undefined ? null : JSON.stringify(redact(entry.details)),
    };
    this.logger.log(
      { audit: { ...row, details: row.details ? JSON.parse(row.details) : null } },
      `audit ${row.action} ${row.status}`,
    );
    try {
      await this.repository.insert(row);
    } catch (err) {
      this.failures.inc();
      this.logger.error(
        { err, audit: { action: row.action, requestId: row.request_id } },
        'Audit write failed',
      );
    }
  }

  /** Request-scoped entry from an Express request; marks the request so it is recorded once. */
  async recordRequest(
    req: Request,
    status: number,
    extra: { action?: string; details?: unknown } = {},
  ): Promise<void> {
    const flagged = req as Request & { [AUDITED]?: boolean };
    if (flagged[AUDITED]) return;
    flagged[AUDITED] = true;
    const user = req.user as Principal | undefined;
    await this.record({
      userId: user?.userId ?? null,
      ip: req.ip ?? null,
      action: extra.action ?? `${req.method} ${req.route?.path ?? req.path}`,
      resource: req.originalUrl.split('?')[0],
      status,
      requestId: String(req.id ?? ''),
      details: extra.details ?? { params: req.params, query: req.query, body: req.body },
    });
  }

  /** 401/403 are audited for every method, so probing is visible too. */
  recordDenial(req: Request, status: number, code: string, message: string): Promise<void> {
    return this.recordRequest(req, status, {
      details: { denied: code, reason: message, params: req.params, query: req.query },
    });
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
    const limit = pageSize(filters.limit);
    const rows = await this.repository.find({
      userId: filters.userId,
      action: filters.action,
      resource: filters.resource,
      status: filters.status,
      from: filters.from ? new Date(filters.from).toISOString() : undefined,
      to: filters.to ? new Date(filters.to).toISOString() : undefined,
      before: filters.cursor ? toCreatedAt(decodeKeysetCursor(filters.cursor)) : undefined,
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return {
      items: page.map((r) => ({
        id: r.id,
        time: r.created_at,
        userId: r.user_id,
        ip: r.ip,
        action: r.action,
        resource: r.resource,
        status: r.status,
        requestId: r.request_id,
        details: r.details ? JSON.parse(r.details) : null,
      })),
      nextCursor: rows.length > limit ? lastCursor(page[page.length - 1]) : null,
    };
  }
}
