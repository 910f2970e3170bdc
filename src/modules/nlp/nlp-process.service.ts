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
} from '../deployments/deployments.contract.js';
import { confirmationTokenHash } from '../deployments/confirmation.service.js';
import type { DeploymentsService } from '../deployments/deployments.service.js';
import { monotonicId } from '../../common/ids/monotonic-id.js';
import { languageOf } from '../../common/i18n/language.js';
import { answeredPlan } from './interpreter/conversation.js';
import { readReply, type Reply } from './interpreter/replies.js';
import type { Entities, Language } from './interpreter/types.js';
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

  async process(
    principal: Principal,
    input: {
      command: string;
      projectName?: string;
      sessionId?: string;
      confirmationToken?: string;
      dryRun?: boolean;
    },
  ): Promise<ProcessResponse> {
    const sessionId = this.nlp.sessionOf(principal, input.sessionId, input.projectName);
    if (!input.confirmationToken) {
      const answer = readReply(input.command);
      // only the user who was asked, in the conversation that asked, answers a pending plan
      const pending = answer && (await this.repository.latestPending(sessionId, principal.userId));
      if (answer && pending) return this.answerPending(principal, input, pending, answer);
    }
    const { response, interpretation } = await this.nlp.interpret(principal, input, 'process');
    // another command replaces what was waiting for an answer (a question about a concept or help does not)
    if (interpretation.intent !== 'unknown' && interpretation.intent !== 'help')
      await this.repository.supersedePending(sessionId, principal.userId, new Date().toISOString());
    const lang = interpretation.language;
    const reply = async (result: ProcessResult, message: string): Promise<ProcessResponse> => {
      await this.nlp.recordOutcome(response.interactionId, storedOutcome(result));
      return { interpretation: response, result, message, language: lang };
    };

    // nothing ambiguous is ever executed
    if (interpretation.ambiguous)
      return reply({ kind: 'clarification_needed' }, interpretation.clarification ?? '');
    if (interpretation.intent === 'help') return reply({ kind: 'not_an_operation' }, helpMessage(lang));
    if (interpretation.intent === 'unknown')
      return reply({ kind: 'not_an_operation' }, interpretation.clarification ?? noOperationMessage(lang));
    const e = interpretation.entities;
    try {
      // The channel scope (nlp:execute) let the command in; what it does needs its own scope too.
      const needed = OPERATION_SCOPES[interpretation.intent as ScopedOperation];
      if (needed && missingScopes(principal.scopes, [needed]).length > 0)
        throw new InsufficientScopeError(
          [needed],
          principal.scopes,
          undefined,
          `${interpretation.intent} through a natural-language command`,
        );
      if (interpretation.intent === 'history') {
        const { items } = await this.operations.list({
          app: e.app,
          environment: e.environment,
          limit: NLP_HISTORY_LIMIT,
        });
        return await reply(
          { kind: 'history', app: e.app ?? null, environment: e.environment ?? null, items },
          historyMessage(items, e.app, e.environment, lang),
        );
      }
      if (interpretation.intent === 'status') {
        const status = await this.operations.status(e.app!, e.environment!);
        return await reply({ kind: 'status', status }, statusMessage(status, lang));
      }
      if (interpretation.intent === 'logs') {
        const logs = await this.operations.logs(e.app!, e.environment!, { lines: e.lines });
        return await reply({ kind: 'logs', logs }, logsMessage(logs, lang));
      }
      if (interpretation.intent === 'list') {
        const apps = e.environment
          ? await this.operations.statusMany(e.environment)
          : await this.operations.overview();
        return await reply(
          { kind: 'list', environment: e.environment ?? null, apps },
          listMessage(apps, e.environment, lang),
        );
      }
      if (!EXECUTABLE.has(interpretation.intent))
        return await reply({ kind: 'not_an_operation' }, noOperationMessage(lang));

      // a deploy without a tag redeploys the tag running there now; with nothing running, ask for it
      let tag = e.tag;
      if (interpretation.intent === 'deploy' && tag === undefined) {
        tag = (await this.operations.status(e.app!, e.environment!).catch(() => null))?.tag ?? undefined;
        if (tag === undefined) {
          return await reply(
            { kind: 'clarification_needed', missing: ['tag'] },
            askTagMessage(e.app!, e.environment!, lang),
          );
        }
      }
      const request: OperationRequest = {
        app: e.app!,
        environment: e.environment!,
        operation: interpretation.intent as OperationKind,
        ...(tag !== undefined ? { tag } : {}),
        ...(e.replicas !== undefined ? { replicas: e.replicas } : {}),
        ...(e.revision !== undefined ? { revision: e.revision } : {}),
        ...(input.dryRun ? { dryRun: true } : {}),
        ...(input.confirmationToken ? { confirmationToken: input.confirmationToken } : {}),
      };
      const outcome = await this.operations.run(request, { userId: principal.userId, source: 'nlp' });
      if (outcome.kind === 'confirmation_required')
        await this.holdForAnswer(principal, sessionId, response.interactionId, request, outcome, lang);
      return await reply(
        localizeOutcome(outcome, lang),
        outcomeMessage({ ...interpretation, entities: { ...e, tag } }, outcome, lang),
      );
    } catch (err) {
      const localized = localizeError(err, lang);
      if (localized instanceof AppError) {
        await this.nlp.recordOutcome(response.interactionId, {
          kind: 'failed',
          error: { code: localized.code, message: localized.message },
        });
      }
      throw localized;
    }
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
    const lang: Language = languageOf(input.command);
    const entities: Entities = {
      app: request.app,
      environment: request.environment as Entities['environment'],
      ...(request.tag !== undefined ? { tag: request.tag } : {}),
      ...(request.replicas !== undefined ? { replicas: request.replicas } : {}),
      ...(request.revision !== undefined ? { revision: request.revision } : {}),
    };
    const interpretation = answeredPlan({ intent: request.operation, entities, ambiguous: false }, lang);
    const { response } = await this.nlp.recordAnswer(principal, input, interpretation);
    const reply = async (result: ProcessResult, message: string): Promise<ProcessResponse> => {
      await this.nlp.recordOutcome(response.interactionId, storedOutcome(result));
      return { interpretation: response, result, message, language: lang };
    };
    // a "yes" runs the operation: it needs the operation's own scope now (the plan stays for a token that has it)
    const needed = OPERATION_SCOPES[request.operation as ScopedOperation];
    if (answer === 'confirm' && needed && missingScopes(principal.scopes, [needed]).length > 0) {
      const denied = localizeError(
        new InsufficientScopeError(
          [needed],
          principal.scopes,
          undefined,
          `${request.operation} through a natural-language command`,
        ),
        lang,
      );
      if (denied instanceof AppError)
        await this.nlp.recordOutcome(response.interactionId, {
          kind: 'failed',
          error: { code: denied.code, message: denied.message },
        });
      throw denied;
    }
    const now = new Date().toISOString();
    const claimed = await this.repository.resolvePending(
      pending.id,
      answer === 'confirm' ? 'confirmed' : 'cancelled',
      now,
    );
    if (!claimed) return reply({ kind: 'not_an_operation' }, nothingPendingMessage(lang));
    if (answer === 'cancel') {
      await this.operations.revokeConfirmation(pending.token_hash, principal.userId);
      return reply(
        {
          kind: 'cancelled',
          operation: request.operation,
          app: request.app,
          environment: request.environment,
        },
        cancelledMessage(request.operation, request.app, request.environment, lang),
      );
    }
    try {
      const outcome = await this.operations.run(
        request,
        { userId: principal.userId, source: 'nlp' },
        { confirmationTokenHash: pending.token_hash },
      );
      return await reply(localizeOutcome(outcome, lang), outcomeMessage(interpretation, outcome, lang));
    } catch (err) {
      const localized = localizeError(err, lang);
      if (localized instanceof AppError)
        await this.nlp.recordOutcome(response.interactionId, {
          kind: 'failed',
          error: { code: localized.code, message: localized.message },
        });
      throw localized;
    }
  }
}

/** What is kept of an answer in `nlp_interactions.outcome`: a confirmation token only as its hash. */
export function storedOutcome(result: ProcessResult): unknown {
  if (result.kind !== 'confirmation_required') return result;
  const { confirmationToken, ...rest } = result;
  return { ...rest, confirmationTokenHash: confirmationTokenHash(confirmationToken) };
}
