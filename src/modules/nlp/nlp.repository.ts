import { Inject, Injectable, Optional } from '@nestjs/common';
import { CompiledQuery, type Kysely } from 'kysely';
import { DATABASE_DATA_VERSION, InjectDatabase, type DataVersion } from '../../database/database.tokens.js';
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
/** (session, user) pairs whose recent committed turns are kept at most (SQLite; ~6 rows of ~1 KiB each). */
const TURNS_CACHE_SIZE = 1_000;

/**
 * A session's newest committed turns as the database answered them (at most `limit`, none older than
 * `since`), plus the turns this process committed since. `ready` settles when the read is in.
 */
interface RecentTurns {
  rows: InteractionRow[];
  limit: number;
  since: string;
  ready: Promise<void>;
}

const TURNS_SLOTS = ['sessionId', 'userId', 'since', 'limit'] as const;
type TurnsSlot = (typeof TURNS_SLOTS)[number];
interface TurnsPlan {
  sql: string;
  slots: TurnsSlot[];
}

const newestFirst = (a: InteractionRow, b: InteractionRow) =>
  a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1;

const turnsKey = (sessionId: string, userId: string) => JSON.stringify([sessionId, userId]);

/** Waiting turns and stored ones (a turn committed meanwhile may be in both), newest first, at most `limit`. */
function merged(waiting: InteractionRow[], stored: InteractionRow[], limit: number): InteractionRow[] {
  const ids = new Set(waiting.map((r) => r.id));
  return [...waiting, ...stored.filter((r) => !ids.has(r.id))].sort(newestFirst).slice(0, limit);
}

/** Two lists of turns as one, each turn once, newest first, at most `limit`. */
function newestOf(a: InteractionRow[], b: InteractionRow[], limit: number): InteractionRow[] {
  if (!a.length) return b.slice(0, limit);
  if (!b.length) return a.slice(0, limit);
  return merged(a, b, limit);
}

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
  /**
   * contextTurns' reads, by session and user (SQLite only). Exact, not a TTL: this process adds every turn
   * it commits, and anything another connection commits to the file moves `data_version`, which drops it all.
   */
  private readonly recent = new Map<string, RecentTurns>();
  private seenDataVersion: number | undefined;
  private readonly turnsPlans = new Map<'all' | 'since', TurnsPlan>();

  constructor(
    @InjectDatabase() private readonly db: Kysely<NlpTables>,
    private readonly queue: WriteBehindQueue,
    @Optional() @Inject(DATABASE_DATA_VERSION) private readonly dataVersion: DataVersion = null,
  ) {}

  /** 'commit': committed before it returns; 'batched': queued (waiting for room when the queue is full). */
  async insertInteraction(row: InteractionRow, durability: 'commit' | 'batched' = 'commit'): Promise<void> {
    if (durability === 'commit') {
      await this.queue.add({ kind: 'insert', table: 'nlp_interactions', row: () => row }, 'commit');
      this.remember(row);
      return;
    }
    try {
      await this.insertBatched(row);
    } catch (err) {
      // after shutdown's drain a write runs alone and may fail after it was settled: forget the session
      this.recent.delete(turnsKey(row.session_id, row.user_id));
      throw err;
    }
  }

  private async insertBatched(row: InteractionRow): Promise<void> {
    const session = this.waiting.get(row.session_id);
    if (session) session.push(row);
    else this.waiting.set(row.session_id, [row]);
    this.waitingById.set(row.id, row);
    let lost = false;
    await this.queue.add({
      kind: 'insert',
      table: 'nlp_interactions',
      row: () => row,
      // a write the queue gives up on is settled too: only a committed turn joins the cached ones
      onLost: () => (lost = true),
      onCommitted: () => {
        if (!lost) this.remember(row);
        this.forget(row);
      },
    });
  }

  /** A turn this process committed: the next command of its session reads it from memory. */
  private remember(row: InteractionRow): void {
    const entry = this.recent.get(turnsKey(row.session_id, row.user_id));
    if (entry) entry.rows = newestOf([row], entry.rows, entry.limit);
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

  /**
   * `turns` as every command reads its conversation. On SQLite the committed part comes from memory after
   * the session's first read (what this process commits is added, another connection's commit drops
   * everything); on PostgreSQL, where other replicas write, it is read every time.
   */
  async contextTurns(
    sessionId: string,
    userId: string,
    limit: number,
    since: string,
  ): Promise<InteractionRow[]> {
    if (!this.dataVersion) return this.turns(sessionId, userId, limit, since);
    // taken before the read: a turn committed meanwhile is in one of the two, never in neither
    const waiting = this.waitingTurns(sessionId, userId, since);
    const stored = await this.recentTurns(sessionId, userId, limit, since);
    return waiting.length ? merged(waiting, stored, limit) : stored;
  }

  private async recentTurns(
    sessionId: string,
    userId: string,
    limit: number,
    since: string,
  ): Promise<InteractionRow[]> {
    const version = this.dataVersion!();
    if (version !== this.seenDataVersion) {
      this.seenDataVersion = version;
      this.recent.clear();
    }
    const key = turnsKey(sessionId, userId);
    let entry = this.recent.get(key);
    if (!entry || limit > entry.limit || since < entry.since) {
      const e: RecentTurns = { rows: [], limit, since, ready: Promise.resolve() };
      e.ready = this.storedTurns(sessionId, userId, limit, since).then(
        // turns committed while the read waited for the connection may be in both: kept once
        (rows) => void (e.rows = newestOf(e.rows, rows, limit)),
        (err: unknown) => {
          if (this.recent.get(key) === e) this.recent.delete(key);
          throw err;
        },
      );
      entry = e;
      this.recent.delete(key); // re-inserted last: the oldest entries go first past the bound
      this.recent.set(key, entry);
      if (this.recent.size > TURNS_CACHE_SIZE) this.recent.delete(this.recent.keys().next().value as string);
    }
    await entry.ready;
    const rows = entry.rows;
    // `since` only moves forward: what left the window leaves the cache too
    if (rows.length && rows[rows.length - 1].created_at < since)
      entry.rows = rows.filter((r) => r.created_at >= since);
    return entry.rows.slice(0, limit);
  }

  private waitingTurns(sessionId: string, userId: string, since?: string): InteractionRow[] {
    return (this.waiting.get(sessionId) ?? []).filter(
      (r) => r.user_id === userId && (since === undefined || r.created_at >= since),
    );
  }

  /** A session's turns of one user, newest first (only those from `since` on, when given). */
  async turns(sessionId: string, userId: string, limit: number, since?: string): Promise<InteractionRow[]> {
    // taken before the query: a turn committed meanwhile is in one of the two, never in neither
    const waiting = this.waitingTurns(sessionId, userId, since);
    const stored = await this.storedTurns(sessionId, userId, limit, since);
    return waiting.length ? merged(waiting, stored, limit) : stored;
  }

  private storedTurns(
    sessionId: string,
    userId: string,
    limit: number,
    since?: string,
  ): Promise<InteractionRow[]> {
    const shape = since === undefined ? 'all' : 'since';
    let plan = this.turnsPlans.get(shape);
    if (!plan) this.turnsPlans.set(shape, (plan = this.compileTurnsRead(shape)));
    const values: Record<TurnsSlot, unknown> = { sessionId, userId, since, limit };
    const parameters = plan.slots.map((slot) => values[slot]);
    return this.db
      .executeQuery<InteractionRow>(CompiledQuery.raw(plan.sql, parameters))
      .then((result) => result.rows);
  }

  /**
   * The turns read's SQL (with and without `since`), compiled once: on PostgreSQL every command reads its
   * conversation, and Kysely's building and compiling of the query was a per-command cost. Built with a
   * marker in each value's place, whose parameter order is recorded, so the SQL is exactly the built one's.
   */
  private compileTurnsRead(shape: 'all' | 'since'): TurnsPlan {
    const m = Object.fromEntries(TURNS_SLOTS.map((slot) => [slot, `\u0000slot:${slot}`])) as Record<
      TurnsSlot,
      string
    >;
    const compiled = this.db
      .selectFrom('nlp_interactions')
      .selectAll()
      .where('session_id', '=', m.sessionId)
      .where('user_id', '=', m.userId)
      .$if(shape === 'since', (q) => q.where('created_at', '>=', m.since))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(m.limit as unknown as number)
      .compile();
    const slots = compiled.parameters.map((p) => {
      const slot = TURNS_SLOTS.find((s) => m[s] === p);
      if (!slot) throw new Error(`nlp turns read: unexpected parameter in ${compiled.sql}`);
      return slot;
    });
    return { sql: compiled.sql, slots };
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
