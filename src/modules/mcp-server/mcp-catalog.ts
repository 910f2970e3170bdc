import { Injectable } from '@nestjs/common';
import type { CallToolResult, GetPromptResult, ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import type { z, ZodRawShape } from 'zod';
import { OPERATION_SCOPES, type Scope, type ScopedOperation } from '../auth/scopes.js';

/** The two MCP scopes: read-only tools, resources and prompts; and everything that changes something. */
export type McpScope = 'mcp:read' | 'mcp:execute';

/**
 * Scopes a tool or resource needs: its MCP channel scope AND the scope of the operation behind it, the
 * same one its REST route declares (OPERATION_SCOPES).
 */
export function requiredScopes(def: { scope: McpScope; operation: ScopedOperation }): Scope[] {
  return [...new Set<Scope>([def.scope, OPERATION_SCOPES[def.operation]])];
}

/** Resources are read with mcp:read plus their operation's scope. */
export const resourceScopes = (def: { operation: ScopedOperation }): Scope[] =>
  requiredScopes({ scope: 'mcp:read', operation: def.operation });

/** Who is calling, taken from the HTTP request that carried the MCP message. */
export interface McpCaller {
  userId: string;
  scopes: string[];
  method?: 'jwt' | 'header';
  requestId?: string;
  ip?: string;
}

export interface McpProgress {
  progress: number;
  total?: number;
  message?: string;
}

/**
 * The user's answer to a confirmation asked through MCP elicitation (`timeout`: no answer in time;
 * `unavailable`: the client answered the request with an error, so nobody was asked).
 */
export type ConfirmAnswer = 'accept' | 'decline' | 'cancel' | 'timeout' | 'unavailable';

export interface ConfirmRequest {
  /** What the user is asked (the plan, in words). */
  message: string;
  /** The plan's expiry: no answer by then counts as `timeout`. */
  expiresAt: string;
}

export interface ToolContext {
  caller: McpCaller;
  /**
   * Asks the user to accept or decline, in the same tool call, through `elicitation/create`; present
   * only when the client declared the elicitation capability on a stateful session (a stateless
   * server cannot receive the answer, which arrives as another POST).
   */
  confirm?: (request: ConfirmRequest) => Promise<ConfirmAnswer>;
  /** Aborted when the client sends notifications/cancelled (or the session ends). */
  signal: AbortSignal;
  sessionId?: string;
  /** Sends notifications/progress when the client gave a progress token; a no-op otherwise. */
  progress(p: McpProgress): Promise<void>;
}

/** What a tool returns: `structured` (validated against its output schema) and a short text for humans. */
export interface ToolOutcome<O> {
  structured: O;
  text: string;
}

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** What a tool does, in words; unnamed hints are false. */
export interface ToolHints {
  readOnly?: boolean;
  destructive?: boolean;
  idempotent?: boolean;
  openWorld?: boolean;
}

/** The MCP annotations for `hints`, in the key order tools/list has always shown. */
export function toolHints(hints: ToolHints): ToolAnnotations {
  return {
    readOnlyHint: hints.readOnly ?? false,
    destructiveHint: hints.destructive ?? false,
    idempotentHint: hints.idempotent ?? false,
    openWorldHint: hints.openWorld ?? false,
  };
}

/** Hints of a tool that only reads the platform's own state. */
export const READ_ONLY_HINTS = toolHints({ readOnly: true, idempotent: true });

export interface McpToolDefinition<I extends ZodRawShape = ZodRawShape, O extends ZodRawShape = ZodRawShape> {
  /** snake_case */
  name: string;
  title: string;
  description: string;
  scope: McpScope;
  /** The operation the tool performs: its REST scope is needed too. */
  operation: ScopedOperation;
  annotations: ToolAnnotations;
  input: I;
  output: O;
  run(args: z.infer<z.ZodObject<I>>, ctx: ToolContext): Promise<ToolOutcome<z.infer<z.ZodObject<O>>>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolDefinition = McpToolDefinition<any, any>;

/** Typed helper: infers the argument and result types from the zod shapes. */
export function defineTool<I extends ZodRawShape, O extends ZodRawShape>(
  def: McpToolDefinition<I, O>,
): AnyToolDefinition {
  return def as AnyToolDefinition;
}

export interface McpResourceDefinition {
  name: string;
  uri: string;
  title: string;
  description: string;
  mimeType: string;
  /** What reading it is (its REST scope is needed besides mcp:read). */
  operation: ScopedOperation;
  read(uri: URL, caller: McpCaller): Promise<ReadResourceResult>;
}

export interface McpResourceTemplateDefinition {
  name: string;
  uriTemplate: string;
  title: string;
  description: string;
  mimeType: string;
  /** What reading it is (its REST scope is needed besides mcp:read). */
  operation: ScopedOperation;
  list?(caller: McpCaller): Promise<{ uri: string; name: string; title?: string; mimeType?: string }[]>;
  complete?: Record<string, (value: string, context?: Record<string, string>) => Promise<string[]>>;
  read(
    uri: URL,
    variables: Record<string, string | string[]>,
    caller: McpCaller,
  ): Promise<ReadResourceResult>;
}

export interface McpPromptDefinition<A extends ZodRawShape = ZodRawShape> {
  name: string;
  title: string;
  description: string;
  /** String arguments; wrap with `completable()` for argument completion. */
  args: A;
  get(args: z.infer<z.ZodObject<A>>, caller: McpCaller): Promise<GetPromptResult>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPromptDefinition = McpPromptDefinition<any>;

export type ToolResult = CallToolResult;

/**
 * Everything the MCP server offers. Tool groups add themselves (each group arrives with the service
 * behind it); the server factory builds every session's McpServer from this catalog.
 */
@Injectable()
export class McpCatalog {
  readonly tools = new Map<string, AnyToolDefinition>();
  readonly resources: McpResourceDefinition[] = [];
  readonly templates: McpResourceTemplateDefinition[] = [];
  readonly prompts: AnyPromptDefinition[] = [];

  addTools(...defs: AnyToolDefinition[]): void {
    for (const def of defs) {
      if (!/^[a-z][a-z0-9_]*$/.test(def.name))
        throw new Error(`MCP tool name must be snake_case: ${def.name}`);
      if (this.tools.has(def.name)) throw new Error(`MCP tool registered twice: ${def.name}`);
      this.tools.set(def.name, def);
    }
  }

  addResources(...defs: McpResourceDefinition[]): void {
    this.resources.push(...defs);
  }

  addTemplates(...defs: McpResourceTemplateDefinition[]): void {
    this.templates.push(...defs);
  }

  addPrompts(...defs: AnyPromptDefinition[]): void {
    this.prompts.push(...defs);
  }
}
