import type { Logger } from '@nestjs/common';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  ErrorCode,
  McpError,
  type CallToolResult,
  type ServerNotification,
  type ServerRequest,
} from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../../common/errors/app-error.js';
import type { AuditEntry } from '../audit/audit.service.js';
import type { AnyToolDefinition, ConfirmAnswer, McpCaller, ToolContext, ToolOutcome } from './mcp-catalog.js';

/**
 * The parts of one tools/call: who calls, the context a tool runs in, what its outcome or failure
 * becomes on the wire, and the audit record. McpServerService puts them together per call.
 */

export type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/** Caller from the auth info the controller attached to the HTTP request carrying the message. */
export function callerOf(extra: Pick<Extra, 'authInfo'>): McpCaller {
  const info = extra.authInfo;
  const more = (info?.extra ?? {}) as Partial<McpCaller>;
  return {
    userId: more.userId ?? info?.clientId ?? 'anonymous',
    scopes: info?.scopes ?? [],
    method: more.method,
    requestId: more.requestId,
    ip: more.ip,
  };
}

export const errorResult = (text: string): CallToolResult => ({
  content: [{ type: 'text', text }],
  isError: true,
});

/** What one tools/call came to: the result sent back, and the HTTP-like status and failure audited. */
export interface ToolCallResult {
  result: CallToolResult;
  status: number;
  failure?: string;
}

export function scopeRefusal(def: AnyToolDefinition, caller: McpCaller, missing: string[]): ToolCallResult {
  const failure = `Forbidden: tool ${def.name} needs scope ${missing.join(' ')} (granted: ${caller.scopes.join(' ') || 'none'})`;
  return { result: errorResult(failure), status: 403, failure };
}

export function toolSucceeded(outcome: ToolOutcome<unknown>): ToolCallResult {
  return {
    result: {
      content: [{ type: 'text', text: outcome.text }],
      structuredContent: outcome.structured as Record<string, unknown>,
    },
    status: 200,
  };
}

/** A tool's failure as the caller sees it: our coded errors as they are, anything else without internals. */
export function toolFailed(
  err: unknown,
  def: AnyToolDefinition,
  signal: AbortSignal,
  logger: Logger,
): ToolCallResult {
  let status: number;
  let failure: string;
  if (err instanceof AppError) {
    status = err.status;
    failure = `${err.code}: ${err.message}`;
  } else if (signal.aborted) {
    status = 499;
    failure = 'cancelled: the client cancelled the request';
  } else {
    status = 500;
    failure = 'internal_error: the tool failed unexpectedly; see the server log';
    logger.error({ err, tool: def.name }, `MCP tool ${def.name} failed`);
  }
  return { result: errorResult(failure), status, failure };
}

/** The context a tool runs in; progress goes out only when the client gave a progress token. */
export function toolContext(caller: McpCaller, extra: Extra, confirm: ToolContext['confirm']): ToolContext {
  const progressToken = extra._meta?.progressToken;
  return {
    caller,
    signal: extra.signal,
    sessionId: extra.sessionId,
    confirm,
    progress: async (p) => {
      if (progressToken === undefined || extra.signal.aborted) return;
      await extra.sendNotification({ method: 'notifications/progress', params: { progressToken, ...p } });
    },
  };
}

/**
 * Asking the user through `elicitation/create`, when this session's client can answer: it declared
 * form elicitation, and the session is stateful (the answer comes back as another POST to the same
 * server). The request rides on the tool call's own stream (relatedRequestId) and waits at most
 * until the plan expires. Every answer is added to `answers` for the audit record.
 */
export function elicitingConfirmer(
  server: McpServer,
  extra: Extra,
  answers: ConfirmAnswer[],
  logger: Logger,
): ToolContext['confirm'] {
  if (!extra.sessionId || !server.server.getClientCapabilities()?.elicitation?.form) return undefined;
  return async ({ message, expiresAt }) => {
    const timeout = Math.max(new Date(expiresAt).getTime() - Date.now(), 1000);
    let answer: ConfirmAnswer;
    try {
      const result = await server.server.elicitInput(
        { mode: 'form', message, requestedSchema: { type: 'object', properties: {} } },
        { relatedRequestId: extra.requestId, signal: extra.signal, timeout },
      );
      answer = result.action;
    } catch (err) {
      if (extra.signal.aborted) throw err;
      if (err instanceof McpError && err.code === ErrorCode.RequestTimeout) answer = 'timeout';
      else {
        // The client declared elicitation but could not ask (an error answer): fall back to the token.
        logger.warn({ err, sessionId: extra.sessionId }, 'elicitation/create failed');
        answer = 'unavailable';
      }
    }
    answers.push(answer);
    return answer;
  };
}

/** The audit record of one tools/call, refused, failed or not. */
export function toolCallAudit(
  def: AnyToolDefinition,
  args: Record<string, unknown>,
  caller: McpCaller,
  extra: Extra,
  call: ToolCallResult,
  answers: ConfirmAnswer[],
): AuditEntry {
  return {
    userId: caller.userId,
    ip: caller.ip ?? null,
    action: `mcp.tools/call ${def.name}`,
    resource: `mcp:tool/${def.name}`,
    status: call.status,
    requestId: caller.requestId ?? null,
    details: {
      tool: def.name,
      arguments: args,
      sessionId: extra.sessionId ?? null,
      // The user's answer to the confirmation asked through elicitation (accept / decline / …).
      ...(answers.length ? { elicitation: answers.join(',') } : {}),
      ...(call.failure ? { error: call.failure } : {}),
    },
  };
}
