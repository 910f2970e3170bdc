import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { localizeError } from '../../common/errors/localize-error.js';
import { languageOf } from '../../common/i18n/language.js';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import { AppsService } from '../apps/apps.service.js';
import type { Principal } from '../../common/principal/principal.js';
import { CLEAR_READING } from './interpreter/confidence.js';
import { finalize, matchRule, type FinalizeOptions } from './interpreter/interpreter.js';
import { ENV_ALIASES } from './interpreter/lexicon.js';
import { turnOf } from './interpreter/conversation.js';
import { read } from './interpreter/reader.js';
import type {
  EntityName,
  Entities,
  Intent,
  Interpretation,
  LearnedRule,
  Reading,
} from './interpreter/types.js';
import { interpretTurn } from './classifier/turn.js';
import { NlpClassifier } from './classifier/nlp-classifier.js';
import type { ProviderReport } from './llm/ask.js';
import { NlpEnsemble } from './llm/ensemble.js';
import type { PromptTurn } from './llm/llm-schema.js';
import { SUPPORTED_COMMANDS, type SupportedCommand } from './nlp.commands.js';
import { NlpConfig } from './nlp.config.js';
import { CommandTooLongError, InteractionNotFoundError, RuleNotFoundError } from './nlp.errors.js';
import { NLP_MAX_COMMAND_LENGTH } from './nlp.limits.js';
import { NlpRepository, type InteractionRow, type RuleRow } from './nlp.repository.js';
import { llmReading, pick, REMEMBERED_TURN_FIELDS, turnFromRow, validCorrection } from './nlp.readings.js';

export const NLP_INTERPRETATIONS = 'nlp_interpretations_total';

export interface InterpretInput {
  command: string;
  projectName?: string;
  sessionId?: string;
}

/** The contract's answer of POST /api/v1/nlp/interpret: the interpretation (without its language) and its id. */
export interface InterpretResponse extends Omit<Interpretation, 'language'> {
  interactionId: string;
}

export interface InterpretResult {
  response: InterpretResponse;
  interpretation: Interpretation;
  sessionId: string;
  project: string | null;
  /** The command refused something ("actually no, cancel that"): a plan waiting in its session is dropped. */
  refused?: boolean;
}

export interface FeedbackInput {
  interactionId: string;
  correct: boolean;
  corrected?: { intent: string; entities?: Record<string, unknown> };
}

export interface HistoryItem {
  interactionId: string;
  command: string;
  intent: string;
  entities: Entities;
  confidence: number;
  ambiguous: boolean;
  source: string;
  kind: string;
  outcome: unknown;
  createdAt: string;
}

export interface RuleView {
  id: string;
  scope: 'user' | 'global';
  userId: string | null;
  project: string | null;
  key: string;
  phrase: string;
  intent: string;
  entities: Entities;
  createdAt: string;
  updatedAt: string;
}

const toRuleView = (r: RuleRow): RuleView => ({
  id: r.id,
  scope: r.scope,
  userId: r.user_id,
  project: r.project,
  key: r.rule_key,
  phrase: r.phrase,
  intent: r.intent,
  entities: JSON.parse(r.entities) as Entities,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** What the service reads a command with (loaded once per command). */
interface SessionState {
  turns: InteractionRow[];
  ruleRows: RuleRow[];
  rules: LearnedRule[];
  knownApps: string[];
}

/** A rule learned from feedback, as the feedback answer names it. */
interface LearnedRuleRef {
  ruleId: string;
  key: string;
  scope: 'user' | 'global';
}

function nothingPending(lang: 'ko' | 'en'): string {
  return lang === 'ko'
    ? '확인을 기다리는 작업이 없습니다. 하려는 작업을 다시 말씀해 주세요.'
    : 'Nothing is waiting for confirmation. Please say the operation again.';
}

/**
 * Natural-language commands: the offline interpreter (always there), the LLM ensemble when configured,
 * conversation context from stored turns, learned phrase rules and few-shot examples from feedback.
 */
@Injectable()
export class NlpService implements OnModuleInit {
  private readonly logger = new Logger('Nlp');
  /** nlp_interpretations_total's children by source and intent (both bounded sets), resolved once each. */
  private readonly counted = new Map<string, { inc(): void }>();

  constructor(
    @Inject(NlpConfig) private readonly config: NlpConfig,
    private readonly repository: NlpRepository,
    private readonly ensemble: NlpEnsemble,
    private readonly readiness: ReadinessRegistry,
    private readonly apps: AppsService,
    private readonly classifier: NlpClassifier,
    @InjectMetric(NLP_INTERPRETATIONS) private readonly interpretations: Counter<string>,
  ) {}

  onModuleInit(): void {
    // LLM providers are a dependency: one whose breaker is open makes `nlp` degraded (the offline
    // interpreter still answers).
    this.readiness.register('nlp', async () => {
      const breakers = this.ensemble.breakerStates();
      const down = Object.keys(breakers).filter((name) => breakers[name] !== 'closed');
      return {
        ...(down.length ? { state: 'degraded', down } : {}),
        offline: 'ready',
        classifier: this.classifier.status(),
        providers: this.ensemble.configured.length
          ? this.ensemble.configured
          : 'none (offline interpreter only)',
        ...(this.ensemble.configured.length ? { breakers } : {}),
        strategy: this.config.KLEPAAS_NLP_STRATEGY,
      };
    });
  }

  /** The session a request belongs to: its sessionId, or one per user + project. */
  sessionOf(principal: Principal, sessionId?: string, projectName?: string): string {
    return sessionId ?? `user:${principal.userId}|project:${projectName ?? '-'}`;
  }

  async interpret(
    principal: Principal,
    input: InterpretInput,
    kind: 'interpret' | 'process' = 'interpret',
  ): Promise<InterpretResult> {
    if (input.command.length > NLP_MAX_COMMAND_LENGTH)
      throw localizeError(new CommandTooLongError(NLP_MAX_COMMAND_LENGTH), languageOf(input.command));
    const command = input.command.trim();
    const project = input.projectName ?? null;
    const sessionId = this.sessionOf(principal, input.sessionId, input.projectName);
    const session = await this.sessionState(principal, sessionId, project);
    const { knownApps, rules } = session;
    const defaultEnvironment = this.config.KLEPAAS_NLP_DEFAULT_ENVIRONMENT;
    // rules + the trained classifier: a disagreement about a change asks, never executes a guess
    const read = interpretTurn(
      command,
      { knownApps, rules, defaultEnvironment, history: session.turns.map(turnFromRow) },
      (text) => this.classifier.classify(text, knownApps),
    );
    const { conversation, weighed } = read;
    const rulesReading = conversation.reading;
    const options: FinalizeOptions = { knownApps, context: conversation.context, rules, defaultEnvironment };
    // a bare "네"/"no" to a plan: /interpret says which plan it answers; /process only gets here when the
    // plan no longer waits (answered, replaced, or never held), so there is nothing to do
    let interpretation =
      kind === 'process' && conversation.reply && conversation.plan
        ? { ...weighed, clarification: nothingPending(weighed.language) }
        : read.interpretation;
    let finalReading = rulesReading;
    let reports: ProviderReport[] = [];
    const learned = rules.some((r) => r.key === rulesReading.key);
    const wantLlm =
      this.ensemble.configured.length > 0 &&
      !conversation.reply &&
      !learned &&
      (this.config.KLEPAAS_NLP_LLM_MODE === 'always' ||
        interpretation.ambiguous ||
        interpretation.confidence < CLEAR_READING);
    if (wantLlm) {
      const asked = await this.askLlm(command, rulesReading, session, options);
      reports = asked.reports;
      if (asked.reading && asked.interpretation) {
        finalReading = asked.reading;
        interpretation = asked.interpretation;
      }
    }

    const next = turnOf(interpretation, finalReading, knownApps);
    const recorded = await this.record(principal, { command, sessionId, project, kind }, interpretation, {
      providers: reports,
      ruleApplied: matchRule(rulesReading, rules)?.id ?? null,
      // what the next turns may refer back to (conversation.ts reads it in turnFromRow)
      ...pick(next, [...REMEMBERED_TURN_FIELDS]),
    });
    return { ...recorded, refused: next.refused === true };
  }

  /** What a command is read with: the session's recent turns, the user's learned rules, the apps known. */
  private async sessionState(
    principal: Principal,
    sessionId: string,
    project: string | null,
  ): Promise<SessionState> {
    const since = new Date(Date.now() - this.config.KLEPAAS_NLP_CONTEXT_TTL_MINUTES * 60_000).toISOString();
    const [turns, ruleRows, registeredApps] = await Promise.all([
      this.repository.contextTurns(sessionId, principal.userId, this.config.KLEPAAS_NLP_CONTEXT_TURNS, since),
      this.repository.rulesForCommand(principal.userId, project),
      this.apps.listNames().catch(() => [] as string[]),
    ]);
    return {
      turns,
      ruleRows,
      knownApps: [...new Set([...this.config.KLEPAAS_NLP_KNOWN_APPS, ...registeredApps])],
      rules: ruleRows.map((r) => ({
        id: r.id,
        key: r.rule_key,
        intent: r.intent as Intent,
        entities: JSON.parse(r.entities) as Entities,
      })),
    };
  }

  /** The LLM ensemble's reading (with the user's examples and the recent turns), finalized like the rules'. */
  private async askLlm(
    command: string,
    rulesReading: Reading,
    session: SessionState,
    options: FinalizeOptions,
  ): Promise<{ reports: ProviderReport[]; reading?: Reading; interpretation?: Interpretation }> {
    const examples: PromptTurn[] = session.ruleRows
      .slice(0, 20)
      .map((r) => JSON.parse(r.example) as PromptTurn);
    const recentTurns: PromptTurn[] = [...session.turns].reverse().map((t) => ({
      command: t.command,
      intent: t.intent as Intent,
      entities: JSON.parse(t.entities) as Entities,
    }));
    const result = await this.ensemble.ask({
      command,
      knownApps: session.knownApps,
      recentTurns,
      examples,
      defaultEnvironment: this.config.KLEPAAS_NLP_DEFAULT_ENVIRONMENT,
    });
    const c = result.combined;
    if (!c) return { reports: result.reports };
    const reading = llmReading(rulesReading, c, session.knownApps);
    const interpretation = finalize(reading, {
      ...options,
      source: c.source,
      alternatives: c.alternatives?.map((a) => ({ intent: a.intent, entities: a.entities })),
    });
    return { reports: result.reports, reading, interpretation };
  }

  /**
   * Records a turn the service answered without interpreting it as a new command (a "yes"/"no" to a plan
   * waiting for confirmation): it carries the plan's operation, so later turns can refer back to it.
   */
  async recordAnswer(
    principal: Principal,
    input: InterpretInput,
    interpretation: Interpretation,
  ): Promise<InterpretResult> {
    const project = input.projectName ?? null;
    const sessionId = this.sessionOf(principal, input.sessionId, input.projectName);
    return this.record(
      principal,
      { command: input.command.trim(), sessionId, project, kind: 'process' },
      interpretation,
      { answered: 'pending_confirmation' },
    );
  }

  private async record(
    principal: Principal,
    turn: { command: string; sessionId: string; project: string | null; kind: 'interpret' | 'process' },
    interpretation: Interpretation,
    extra: Record<string, unknown>,
  ): Promise<InterpretResult> {
    const id = monotonicId();
    const row: InteractionRow = {
      id,
      session_id: turn.sessionId,
      user_id: principal.userId,
      project: turn.project,
      command: turn.command,
      language: interpretation.language,
      intent: interpretation.intent,
      entities: JSON.stringify(interpretation.entities),
      confidence: Math.round(interpretation.confidence * 100),
      ambiguous: interpretation.ambiguous ? 1 : 0,
      source: interpretation.source,
      interpretation: JSON.stringify({ ...interpretation, ...extra }),
      kind: turn.kind,
      outcome: null,
      created_at: new Date().toISOString(),
    };
    // an /interpret turn changes nothing: batched (README: durability); /process turns are committed
    await this.repository.insertInteraction(row, turn.kind === 'interpret' ? 'batched' : 'commit');
    this.count(interpretation.source, interpretation.intent);
    const { language: _language, ...contract } = interpretation;
    return {
      response: { interactionId: id, ...contract },
      interpretation,
      sessionId: turn.sessionId,
      project: turn.project,
    };
  }

  private count(source: string, intent: string): void {
    const key = `${source} ${intent}`;
    let child = this.counted.get(key);
    if (!child) this.counted.set(key, (child = this.interpretations.labels({ source, intent })));
    child.inc();
  }

  async recordOutcome(interactionId: string, outcome: unknown): Promise<void> {
    await this.repository.setOutcome(interactionId, JSON.stringify(outcome));
  }

  async feedback(principal: Principal, input: FeedbackInput) {
    const interaction = await this.repository.findInteraction(input.interactionId);
    if (!interaction || interaction.user_id !== principal.userId)
      throw new InteractionNotFoundError(input.interactionId);
    const corrected = validCorrection(input.corrected);
    if (!input.correct && !corrected)
      this.logger.log({ interactionId: input.interactionId }, 'negative feedback without a correction');
    const now = new Date().toISOString();
    const feedbackId = await this.repository.upsertFeedback({
      id: monotonicId(),
      interaction_id: interaction.id,
      user_id: principal.userId,
      project: interaction.project,
      correct: input.correct ? 1 : 0,
      source: interaction.source,
      corrected: corrected ? JSON.stringify(corrected) : null,
      created_at: now,
    });
    const outcome =
      !input.correct && corrected
        ? await this.learnFrom(principal, interaction, corrected, now)
        : { learned: null };
    return {
      id: feedbackId,
      interactionId: interaction.id,
      correct: input.correct,
      learned: outcome.learned,
      ...(outcome.notLearned ? { notLearned: outcome.notLearned } : {}),
    };
  }

  /**
   * A correction teaches the classifier the command's intent, and (when the command has wording besides its
   * entities) a user rule: the phrase's residue key → the corrected intent and the entities it did not say.
   */
  private async learnFrom(
    principal: Principal,
    interaction: InteractionRow,
    corrected: { intent: Intent; entities: Entities },
    now: string,
  ): Promise<{ learned: LearnedRuleRef | null; notLearned?: string }> {
    this.classifier.learn({ text: interaction.command, intent: corrected.intent });
    const reading = read(interaction.command);
    if (reading.key.length < 2)
      return { learned: null, notLearned: 'the command has no wording besides its entities to learn from' };
    const fixed: Entities = {};
    for (const [k, v] of Object.entries(corrected.entities) as [EntityName, never][]) {
      if (reading.entities[k] === undefined) (fixed as Record<string, unknown>)[k] = v;
    }
    const rule = await this.repository.upsertUserRule({
      id: monotonicId(),
      scope: 'user',
      user_id: principal.userId,
      project: interaction.project,
      rule_key: reading.key,
      phrase: interaction.command,
      intent: corrected.intent,
      entities: JSON.stringify(fixed),
      example: JSON.stringify({
        command: interaction.command,
        intent: corrected.intent,
        entities: corrected.entities,
      }),
      created_at: now,
      updated_at: now,
    });
    return { learned: { ruleId: rule.id, key: rule.rule_key, scope: 'user' } };
  }

  async stats(days: number) {
    const since = new Date(Date.now() - days * 86_400_000).toISOString();
    const rows = await this.repository.feedbackSince(since);
    const acc = (t: number, c: number) => (t === 0 ? null : Math.round((c / t) * 1000) / 1000);
    const bySource: Record<string, { total: number; correct: number; accuracy: number | null }> = {};
    const byDay = new Map<string, { total: number; correct: number }>();
    let correct = 0;
    for (const r of rows) {
      correct += r.correct;
      const s = (bySource[r.source] ??= { total: 0, correct: 0, accuracy: null });
      s.total += 1;
      s.correct += r.correct;
      const day = r.created_at.slice(0, 10);
      const d = byDay.get(day) ?? { total: 0, correct: 0 };
      d.total += 1;
      d.correct += r.correct;
      byDay.set(day, d);
    }
    for (const s of Object.values(bySource)) s.accuracy = acc(s.total, s.correct);
    return {
      since,
      total: rows.length,
      correct,
      incorrect: rows.length - correct,
      accuracy: acc(rows.length, correct),
      bySource,
      daily: [...byDay.entries()].map(([date, d]) => ({ date, ...d, accuracy: acc(d.total, d.correct) })),
    };
  }

  async history(
    principal: Principal,
    sessionId: string | undefined,
    projectName: string | undefined,
    limit: number,
  ) {
    const session = this.sessionOf(principal, sessionId, projectName);
    const rows = await this.repository.turns(session, principal.userId, limit);
    const items: HistoryItem[] = rows.map((r) => ({
      interactionId: r.id,
      command: r.command,
      intent: r.intent,
      entities: JSON.parse(r.entities) as Entities,
      confidence: r.confidence / 100,
      ambiguous: r.ambiguous === 1,
      source: r.source,
      kind: r.kind,
      outcome: r.outcome ? (JSON.parse(r.outcome) as unknown) : null,
      createdAt: r.created_at,
    }));
    return { sessionId: session, items };
  }

  commands(): { commands: SupportedCommand[]; environments: Record<string, string[]> } {
    return {
      commands: SUPPORTED_COMMANDS,
      // the words the interpreter itself reads, so the list can never promise one it does not
      environments: Object.fromEntries(ENV_ALIASES.map(([env, aliases]) => [env, [...aliases]])),
    };
  }

  async rules(principal: Principal, projectName?: string): Promise<{ items: RuleView[] }> {
    const rows = await this.repository.rulesFor(principal.userId, projectName ?? null);
    return { items: rows.map(toRuleView) };
  }

  async promote(id: string): Promise<RuleView> {
    const rule = await this.repository.findRule(id);
    if (!rule) throw new RuleNotFoundError(id);
    const now = new Date().toISOString();
    await this.repository.promote(id, now);
    return toRuleView({ ...rule, scope: 'global', updated_at: now });
  }
}
