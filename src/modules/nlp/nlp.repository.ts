import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../../database/database.tokens.js';
import { WriteBehindQueue } from '../../database/write-behind.js';

export interface InteractionRow {
  id: string;
  session_id: string;
  user_id: string;
  project: string | null;
  command: string;
  language: string;
  intent: string;
  entities: string;
  confidence: number;
  ambiguous: number;
  source: string;
  interpretation: string;
  /** interpret | process */
  kind: string;
  outcome: string | null;
  created_at: string;
}

export interface FeedbackRow {
  id: string;
  interaction_id: string;
  user_id: string;
  project: string | null;
  correct: number;
  source: string;
  corrected: string | null;
  created_at: string;
}

export interface RuleRow {
  id: string;
  scope: 'user' | 'global';
  user_id: string | null;
  project: string | null;
  rule_key: string;
  phrase: string;
  intent: string;
  entities: string;
  /** The corrected command as a few-shot example: {"command", "intent", "entities"}. */
  example: string;
  created_at: string;
  updated_at: string;
}

/** A plan that asked for confirmation, waiting for the user's "yes"/"no" in the same conversation. */
export interface PendingConfirmationRow {
  id: string;
  session_id: string;
  user_id: string;
  interaction_id: string;
  /** sha256 of the confirmation token (the token itself is only ever in the answer to the client). */
  token_hash: string;
  /** The OperationRequest that was planned (JSON, without any token). */
  request: string;
  language: string;
  expires_at: string;
  created_at: string;
  resolved_at: string | null;
  /** confirmed | cancelled | superseded */
  resolution: string | null;
}

interface NlpTables {
  nlp_pending_confirmations: PendingConfirmationRow;
  nlp_interactions: InteractionRow;
  nlp_feedback: FeedbackRow;
  nlp_rules: RuleRow;
}

/** How long the rules a command is read with stay fresh for rule writes of other replicas. */
export const RULES_TTL_MS = 1_000;
/** (user, project) pairs whose rules are kept at most. */
const RULES_CACHE_SIZE = 10_000;

const newestFirst = (a: InteractionRow, b: InteractionRow) =>
  a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1;

@Injectable()
export class NlpRepository {
  /**
   * Turns queued in the write-behind queue and not yet committed, by session: this replica's next
   * request in the conversation reads them as if committed (read-your-writes without waiting for the
   * flush). Another replica (PostgreSQL) sees a turn once its flush commits, KLEPAAS_WRITE_BEHIND_INTERVAL_MS later.
   */
  private readonly waiting = new Map<string, InteractionRow[]>();
  private readonly waitingById = new Map<string, InteractionRow>();
  /** rulesForCommand's reads (a read still running when a rule is written is dropped with the rest). */
  private readonly rulesCache = new Map<string, { rows: Promise<RuleRow[]>; until: number }>();

  constructor(
    @InjectDatabase() private readonly db: Kysely<NlpTables>,
    private readonly queue: WriteBehindQueue,
  ) {}

  /** 'commit': committed before it returns; 'batched': queued (waiting for room when the queue is full). */
  async insertInteraction(row: InteractionRow, durability: 'commit' | 'batched' = 'commit'): Promise<void> {
    if (durability === 'commit') {
      await this.queue.add({ kind: 'insert', table: 'nlp_interactions', row: () => row }, 'commit');
      return;
    }
    const session = this.waiting.get(row.session_id);
    if (session) session.push(row);
    else this.waiting.set(row.session_id, [row]);
    this.waitingById.set(row.id, row);
    await this.queue.add({
      kind: 'insert',
      table: 'nlp_interactions',
      row: () => row,
      onCommitted: () => this.forget(row),
    });
  }

  private forget(row: InteractionRow): void {
    this.waitingById.delete(row.id);
    const session = this.waiting.get(row.session_id);
    if (!session) return;
    const rest = session.filter((r) => r !== row);
    if (rest.length) this.waiting.set(row.session_id, rest);
    else this.waiting.delete(row.session_id);
  }

  async setOutcome(id: string, outcome: string): Promise<void> {
    // an update must find its row: commit the waiting turn first
    if (this.waitingById.has(id)) await this.queue.flush();
    await this.db.updateTable('nlp_interactions').set({ outcome }).where('id', '=', id).execute();
  }

  async findInteraction(id: string): Promise<InteractionRow | undefined> {
    const waiting = this.waitingById.get(id);
    if (waiting) return waiting;
    return this.db.selectFrom('nlp_interactions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** A session's turns of one user, newest first (only those from `since` on, when given). */
  async turns(sessionId: string, userId: string, limit: number, since?: string): Promise<InteractionRow[]> {
    // taken before the query: a turn committed meanwhile is in one of the two, never in neither
    const waiting = (this.waiting.get(sessionId) ?? []).filter(
      (r) => r.user_id === userId && (since === undefined || r.created_at >= since),
    );
    const stored = await this.storedTurns(sessionId, userId, limit, since);
    if (!waiting.length) return stored;
    const ids = new Set(waiting.map((r) => r.id));
    return [...waiting, ...stored.filter((r) => !ids.has(r.id))].sort(newestFirst).slice(0, limit);
  }

  private storedTurns(
    sessionId: string,
    userId: string,
    limit: number,
    since?: string,
  ): Promise<InteractionRow[]> {
    return this.db
      .selectFrom('nlp_interactions')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .$if(since !== undefined, (q) => q.where('created_at', '>=', since!))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  async insertPending(row: PendingConfirmationRow): Promise<void> {
    await this.db.insertInto('nlp_pending_confirmations').values(row).execute();
  }

  /** Plans older than `before` (answered, replaced or long expired) are of no use to anyone. */
  async purgePending(before: string): Promise<void> {
    await this.db.deleteFrom('nlp_pending_confirmations').where('created_at', '<', before).execute();
  }

  /** The newest unresolved plan of this user in this session. */
  latestPending(sessionId: string, userId: string): Promise<PendingConfirmationRow | undefined> {
    return this.db
      .selectFrom('nlp_pending_confirmations')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .where('resolved_at', 'is', null)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst();
  }

  /** Resolves one plan; false when it already was (a concurrent "yes" got it first). */
  async resolvePending(id: string, resolution: string, at: string): Promise<boolean> {
    const r = await this.db
      .updateTable('nlp_pending_confirmations')
      .set({ resolved_at: at, resolution })
      .where('id', '=', id)
      .where('resolved_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  /** A new command in the conversation replaces whatever was waiting for an answer. */
  async supersedePending(sessionId: string, userId: string, at: string): Promise<void> {
    await this.db
      .updateTable('nlp_pending_confirmations')
      .set({ resolved_at: at, resolution: 'superseded' })
      .where('session_id', '=', sessionId)
      .where('user_id', '=', userId)
      .where('resolved_at', 'is', null)
      .execute();
  }

  /** One feedback per interaction and user: a second one replaces the first (stats count each interaction once). */
  async upsertFeedback(row: FeedbackRow): Promise<string> {
    const existing = await this.db
      .selectFrom('nlp_feedback')
      .select('id')
      .where('interaction_id', '=', row.interaction_id)
      .where('user_id', '=', row.user_id)
      .executeTakeFirst();
    if (existing) {
      await this.db
        .updateTable('nlp_feedback')
        .set({ correct: row.correct, corrected: row.corrected, created_at: row.created_at })
        .where('id', '=', existing.id)
        .execute();
      return existing.id;
    }
    await this.db.insertInto('nlp_feedback').values(row).execute();
    return row.id;
  }

  feedbackSince(since: string): Promise<Pick<FeedbackRow, 'correct' | 'source' | 'created_at'>[]> {
    return this.db
      .selectFrom('nlp_feedback')
      .select(['correct', 'source', 'created_at'])
      .where('created_at', '>=', since)
      .orderBy('created_at', 'asc')
      .execute();
  }

  /**
   * rulesFor as every command reads it: kept for RULES_TTL_MS per (user, project) and dropped whenever
   * this process writes a rule, so a correction takes effect on this replica's next command at once and
   * on other replicas (PostgreSQL) within the TTL.
   */
  rulesForCommand(userId: string, project: string | null): Promise<RuleRow[]> {
    const key = JSON.stringify([userId, project]);
    const cached = this.rulesCache.get(key);
    if (cached && cached.until > Date.now()) return cached.rows;
    const rows = this.rulesFor(userId, project);
    const entry = { rows, until: Date.now() + RULES_TTL_MS };
    this.rulesCache.delete(key); // re-inserted last: the oldest entries go first past the bound
    this.rulesCache.set(key, entry);
    if (this.rulesCache.size > RULES_CACHE_SIZE)
      this.rulesCache.delete(this.rulesCache.keys().next().value as string);
    rows.catch(() => {
      if (this.rulesCache.get(key) === entry) this.rulesCache.delete(key);
    });
    return rows;
  }

  /** The user's own rules for the project plus global ones. */
  rulesFor(userId: string, project: string | null): Promise<RuleRow[]> {
    return this.db
      .selectFrom('nlp_rules')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('scope', '=', 'global'),
          eb.and([
            eb('scope', '=', 'user'),
            eb('user_id', '=', userId),
            project === null ? eb('project', 'is', null) : eb('project', '=', project),
          ]),
        ]),
      )
      .orderBy('updated_at', 'desc')
      .execute();
  }

  /** Phrases learned from corrections, every user's, newest first: the intent classifier trains on them. */
  learnedPhrases(limit: number): Promise<{ phrase: string; intent: string }[]> {
    return this.db
      .selectFrom('nlp_rules')
      .select(['phrase', 'intent'])
      .orderBy('updated_at', 'desc')
      .limit(limit)
      .execute();
  }

  findRule(id: string): Promise<RuleRow | undefined> {
    return this.db.selectFrom('nlp_rules').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async upsertUserRule(row: RuleRow): Promise<RuleRow> {
    let q = this.db
      .selectFrom('nlp_rules')
      .selectAll()
      .where('scope', '=', 'user')
      .where('user_id', '=', row.user_id)
      .where('rule_key', '=', row.rule_key);
    q = row.project === null ? q.where('project', 'is', null) : q.where('project', '=', row.project);
    const existing = await q.executeTakeFirst();
    if (existing) {
      await this.db
        .updateTable('nlp_rules')
        .set({
          intent: row.intent,
          entities: row.entities,
          phrase: row.phrase,
          example: row.example,
          updated_at: row.updated_at,
        })
        .where('id', '=', existing.id)
        .execute();
      this.rulesCache.clear();
      return { ...existing, ...row, id: existing.id, created_at: existing.created_at };
    }
    await this.db.insertInto('nlp_rules').values(row).execute();
    this.rulesCache.clear();
    return row;
  }

  async promote(id: string, now: string): Promise<void> {
    await this.db
      .updateTable('nlp_rules')
      .set({ scope: 'global', updated_at: now })
      .where('id', '=', id)
      .execute();
    this.rulesCache.clear(); // a global rule applies to everyone
  }
}
