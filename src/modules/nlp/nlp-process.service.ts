import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/errors/app-error.js';
import { localizeError } from '../../common/errors/localize-error.js';
import { InsufficientScopeError } from '../auth/auth.errors.js';
import type { Principal } from '../../common/principal/principal.js';
import { missingScopes, OPERATION_SCOPES, type ScopedOperation } from '../auth/scopes.js';
import type {
  AppOverview,
  AppStatus,
  DeploymentRecord,
  LogsResult,
  OperationKind,
  OperationOutcome,
  OperationRequest,
  RunOptions,
} from '../deployments/deployments.contract.js';
import { confirmationTokenHash } from '../deployments/confirmation.service.js';
import type { DeploymentsService } from '../deployments/deployments.service.js';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { languageOf } from '../../common/i18n/language.js';
import { answeredPlan } from './interpreter/conversation.js';
import { readReply, type Reply } from './interpreter/replies.js';
import type { Entities, Interpretation, Language } from './interpreter/types.js';
import { NlpRepository, type PendingConfirmationRow } from './nlp.repository.js';
import { NlpService, type InterpretResponse } from './nlp.service.js';
import {
  askTagMessage,
  cancelledMessage,
  helpMessage,
  historyMessage,
  listMessage,
  localizeOutcome,
  logsMessage,
  nothingPendingMessage,
  noOperationMessage,
  outcomeMessage,
  statusMessage,
} from './answers.js';

/** What /process needs of the deployments module (provided by DeploymentsService). */
export type NlpOperations = Pick<
  DeploymentsService,
  'run' | 'status' | 'logs' | 'statusMany' | 'overview' | 'list' | 'revokeConfirmation'
>;
export const NLP_OPERATIONS = Symbol('NLP_OPERATIONS');

export type ProcessResult =
  | OperationOutcome
  | { kind: 'clarification_needed'; missing?: string[] }
  | { kind: 'not_an_operation' }
  | { kind: 'status'; status: AppStatus }
  | { kind: 'logs'; logs: LogsResult }
  | { kind: 'list'; environment: string | null; apps: AppStatus[] | AppOverview[] }
  | { kind: 'history'; app: string | null; environment: string | null; items: DeploymentRecord[] }
  | { kind: 'failed'; error: { code: string; message: string } }
  | { kind: 'cancelled'; operation: OperationKind; app: string; environment: string };

export interface ProcessResponse {
  interpretation: InterpretResponse;
  result: ProcessResult;
  message: string;
  /** The command's language, which every text of the answer is written in. */
  language: Language;
}

const EXECUTABLE = new Set<string>(['deploy', 'scale', 'rollback', 'restart', 'delete']);
/** Records a `history` answer carries (newest first). */
export const NLP_HISTORY_LIMIT = 20;
/** A deploy without a tag redeploys the tag running there now (the planner reads it; none: ask for it). */
const NLP_RUN_OPTIONS: RunOptions = { currentTagWhenMissing: true };

type ProcessInput = {
  command: string;
  projectName?: string;
  sessionId?: string;
  confirmationToken?: string;
  dryRun?: boolean;
};

/** One answered turn: its stored interaction, its language, and how its answer is recorded. */
interface Turn {
  response: InterpretResponse;
  lang: Language;
  reply(result: ProcessResult, message: string): Promise<ProcessResponse>;
}

/**
 * POST /api/v1/nlp/process: interpret, then act on what is unambiguous — operations through
 * DeploymentsService.run (same confirmation rule: destructive → plan + token), status/logs/list through
 * the deployments service's read methods. Everything a person reads in the answer — message, plan
 * summary, notices, and the message of an error envelope — is in the command's language (answers.ts,
 * localizeError); codes and data stay as they are.
 */
@Injectable()
export class NlpProcessService {
  constructor(
    private readonly nlp: NlpService,
    private readonly repository: NlpRepository,
    @Inject(NLP_OPERATIONS) private readonly operations: NlpOperations,
  ) {}

  async process(principal: Principal, input: ProcessInput): Promise<ProcessResponse> {
    const sessionId = this.nlp.sessionOf(principal, input.sessionId, input.projectName);
    const awaited = await this.pendingAnswered(principal, input, sessionId);
    if (awaited) return this.answerPending(principal, input, awaited.pending, awaited.answer);
    const { response, interpretation, refused } = await this.nlp.interpret(principal, input, 'process');
    // another command replaces what was waiting for an answer (a question about a concept or help does not),
    // and a refusal worded as more than a bare "no" ("actually no, cancel that") drops it too
    if (refused || (interpretation.intent !== 'unknown' && interpretation.intent !== 'help'))
      await this.repository.supersedePending(sessionId, principal.userId, new Date().toISOString());
    const turn = this.turn(response, interpretation.language);
    const lang = turn.lang;

    // nothing ambiguous is ever executed
    if (interpretation.ambiguous)
      return turn.reply({ kind: 'clarification_needed' }, interpretation.clarification ?? '');
    if (interpretation.intent === 'help') return turn.reply({ kind: 'not_an_operation' }, helpMessage(lang));
    if (interpretation.intent === 'unknown')
      return turn.reply(
        { kind: 'not_an_operation' },
        interpretation.clarification ?? noOperationMessage(lang),
      );
    return this.failingInLanguage(turn, async () => {
      // The channel scope (nlp:execute) let the command in; what it does needs its own scope too.
      requireOperationScope(principal, interpretation.intent);
      const read = await this.answerRead(interpretation, turn);
      if (read) return read;
      if (!EXECUTABLE.has(interpretation.intent))
        return turn.reply({ kind: 'not_an_operation' }, noOperationMessage(lang));
      return this.runOperation(principal, input, sessionId, interpretation, turn);
    });
  }

  /** "yes" / "no" from the user who was asked, in the conversation that asked, to a plan still pending. */
  private async pendingAnswered(
    principal: Principal,
    input: ProcessInput,
    sessionId: string,
  ): Promise<{ pending: PendingConfirmationRow; answer: Reply } | null> {
    if (input.confirmationToken) return null;
    const answer = readReply(input.command);
    if (!answer) return null;
    const pending = await this.repository.latestPending(sessionId, principal.userId);
    return pending ? { pending, answer } : null;
  }

  private turn(response: InterpretResponse, lang: Language): Turn {
    return {
      response,
      lang,
      reply: async (result, message) => {
        await this.nlp.recordOutcome(response.interactionId, storedOutcome(result));
        return { interpretation: response, result, message, language: lang };
      },
    };
  }

  /** Runs `act`; an error is answered in the command's language and kept as the turn's outcome. */
  private async failingInLanguage<T>(turn: Turn, act: () => Promise<T>): Promise<T> {
    try {
      return await act();
    } catch (err) {
      const localized = localizeError(err, turn.lang);
      if (localized instanceof AppError)
        await this.nlp.recordOutcome(turn.response.interactionId, {
          kind: 'failed',
          error: { code: localized.code, message: localized.message },
        });
      throw localized;
    }
  }

  /** history, status, logs and list; null for any other intent. */
  private async answerRead(interpretation: Interpretation, turn: Turn): Promise<ProcessResponse | null> {
    const e = interpretation.entities;
    const lang = turn.lang;
    switch (interpretation.intent) {
      case 'history': {
        const { items } = await this.operations.list({
          app: e.app,
          environment: e.environment,
          limit: NLP_HISTORY_LIMIT,
        });
        return turn.reply(
          { kind: 'history', app: e.app ?? null, environment: e.environment ?? null, items },
          historyMessage(items, e.app, e.environment, lang),
        );
      }
      case 'status': {
        const status = await this.operations.status(e.app!, e.environment!);
        return turn.reply({ kind: 'status', status }, statusMessage(status, lang));
      }
      case 'logs': {
        const logs = await this.operations.logs(e.app!, e.environment!, { lines: e.lines });
        return turn.reply({ kind: 'logs', logs }, logsMessage(logs, lang));
      }
      case 'list': {
        const apps = e.environment
          ? await this.operations.statusMany(e.environment)
          : await this.operations.overview();
        return turn.reply(
          { kind: 'list', environment: e.environment ?? null, apps },
          listMessage(apps, e.environment, lang),
        );
      }
      default:
        return null;
    }
  }

  /** deploy, scale, rollback, restart, delete: run it (or hold its plan for a "yes") and say what happened. */
  private async runOperation(
    principal: Principal,
    input: ProcessInput,
    sessionId: string,
    interpretation: Interpretation,
    turn: Turn,
  ): Promise<ProcessResponse> {
    const e = interpretation.entities;
    const request = operationRequestOf(interpretation, input);
    let outcome: OperationOutcome;
    try {
      outcome = await this.operations.run(
        request,
        { userId: principal.userId, source: 'nlp' },
        NLP_RUN_OPTIONS,
      );
    } catch (err) {
      // a deploy without a tag and nothing running there: ask for the tag
      if (!needsTag(err)) throw err;
      return turn.reply(
        { kind: 'clarification_needed', missing: ['tag'] },
        askTagMessage(e.app!, e.environment!, turn.lang),
      );
    }
    if (outcome.kind === 'confirmation_required')
      await this.holdForAnswer(
        principal,
        sessionId,
        turn.response.interactionId,
        request,
        outcome,
        turn.lang,
      );
    const said = { ...interpretation, entities: { ...e, tag: e.tag ?? releasedTag(outcome) } };
    return turn.reply(localizeOutcome(outcome, turn.lang), outcomeMessage(said, outcome, turn.lang));
  }

  /** Keeps the plan (by its token's hash only) so "네" / "yes" in this conversation can confirm it. */
  private async holdForAnswer(
    principal: Principal,
    sessionId: string,
    interactionId: string,
    request: OperationRequest,
    outcome: Extract<OperationOutcome, { kind: 'confirmation_required' }>,
    lang: Language,
  ): Promise<void> {
    const { confirmationToken: _token, dryRun: _dryRun, ...planned } = request;
    const now = new Date();
    // a day is far beyond any confirmation TTL: older plans can no longer be answered
    await this.repository.purgePending(new Date(now.getTime() - 86_400_000).toISOString());
    await this.repository.insertPending({
      id: monotonicId(),
      session_id: sessionId,
      user_id: principal.userId,
      interaction_id: interactionId,
      token_hash: confirmationTokenHash(outcome.confirmationToken),
      request: JSON.stringify(planned),
      language: lang,
      expires_at: outcome.expiresAt,
      created_at: now.toISOString(),
      resolved_at: null,
      resolution: null,
    });
  }

  /**
   * "응 진행해" / "yes, go ahead" runs the pending plan through the same confirmation check as a token sent
   * by the client (same user, not expired, plan unchanged, once); "아니" / "cancel" drops it and its token.
   */
  private async answerPending(
    principal: Principal,
    input: { command: string; projectName?: string; sessionId?: string },
    pending: PendingConfirmationRow,
    answer: Reply,
  ): Promise<ProcessResponse> {
    const request = JSON.parse(pending.request) as OperationRequest;
    const interpretation = pendingPlanOf(request, languageOf(input.command));
    const { response } = await this.nlp.recordAnswer(principal, input, interpretation);
    const turn = this.turn(response, interpretation.language);
    // a "yes" runs the operation: it needs the operation's own scope now (the plan stays for a token that has it)
    if (answer === 'confirm')
      await this.failingInLanguage(turn, async () => requireOperationScope(principal, request.operation));
    const claimed = await this.repository.resolvePending(
      pending.id,
      answer === 'confirm' ? 'confirmed' : 'cancelled',
      new Date().toISOString(),
    );
    if (!claimed) return turn.reply({ kind: 'not_an_operation' }, nothingPendingMessage(turn.lang));
    if (answer === 'cancel') return this.cancelPending(principal, pending, request, turn);
    return this.failingInLanguage(turn, async () => {
      const outcome = await this.operations.run(
        request,
        { userId: principal.userId, source: 'nlp' },
        { ...NLP_RUN_OPTIONS, confirmationTokenHash: pending.token_hash },
      );
      const said = {
        ...interpretation,
        entities: { ...interpretation.entities, tag: request.tag ?? releasedTag(outcome) },
      };
      return turn.reply(localizeOutcome(outcome, turn.lang), outcomeMessage(said, outcome, turn.lang));
    });
  }

  private async cancelPending(
    principal: Principal,
    pending: PendingConfirmationRow,
    request: OperationRequest,
    turn: Turn,
  ): Promise<ProcessResponse> {
    await this.operations.revokeConfirmation(pending.token_hash, principal.userId);
    return turn.reply(
      { kind: 'cancelled', operation: request.operation, app: request.app, environment: request.environment },
      cancelledMessage(request.operation, request.app, request.environment, turn.lang),
    );
  }
}

/** The interpretation a pending plan stands for (what the "yes" or "no" answers). */
function pendingPlanOf(request: OperationRequest, lang: Language): Interpretation {
  const entities: Entities = {
    app: request.app,
    environment: request.environment as Entities['environment'],
    ...(request.tag !== undefined ? { tag: request.tag } : {}),
    ...(request.replicas !== undefined ? { replicas: request.replicas } : {}),
    ...(request.revision !== undefined ? { revision: request.revision } : {}),
  };
  return answeredPlan({ intent: request.operation, entities, ambiguous: false }, lang);
}

function operationRequestOf(interpretation: Interpretation, input: ProcessInput): OperationRequest {
  const e = interpretation.entities;
  return {
    app: e.app!,
    environment: e.environment!,
    operation: interpretation.intent as OperationKind,
    ...(e.tag !== undefined ? { tag: e.tag } : {}),
    ...(e.replicas !== undefined ? { replicas: e.replicas } : {}),
    ...(e.revision !== undefined ? { revision: e.revision } : {}),
    ...(input.dryRun ? { dryRun: true } : {}),
    ...(input.confirmationToken ? { confirmationToken: input.confirmationToken } : {}),
  };
}

/** An operation a natural-language command asks for needs that operation's own scope. */
function requireOperationScope(principal: Principal, intent: string): void {
  const needed = OPERATION_SCOPES[intent as ScopedOperation];
  if (needed && missingScopes(principal.scopes, [needed]).length > 0)
    throw new InsufficientScopeError(
      [needed],
      principal.scopes,
      undefined,
      `${intent} through a natural-language command`,
    );
}

/** The planner found no tag for a deploy: none was said and nothing runs there. */
function needsTag(err: unknown): boolean {
  return err instanceof AppError && err.messageKey === 'invalid_operation.deploy_needs_tag';
}

/** The tag an executed deploy or rollback released (what a deploy without a tag took). */
function releasedTag(outcome: OperationOutcome): string | undefined {
  return outcome.kind === 'executed' ? (outcome.record.tag ?? undefined) : undefined;
}

/** What is kept of an answer in `nlp_interactions.outcome`: a confirmation token only as its hash. */
export function storedOutcome(result: ProcessResult): unknown {
  if (result.kind !== 'confirmation_required') return result;
  const { confirmationToken, ...rest } = result;
  return { ...rest, confirmationTokenHash: confirmationTokenHash(confirmationToken) };
}
