import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { principalOf } from '../../../common/principal/principal.js';
import { DESTRUCTIVE_RULE_TEXT, OPERATIONS } from '../../deployments/deployments.contract.js';
import { NlpProcessService } from '../../nlp/nlp-process.service.js';
import { render } from '../../../common/i18n/templates.js';
import type { Language } from '../../nlp/interpreter/types.js';
import { NLP_MAX_COMMAND_LENGTH } from '../../nlp/nlp.limits.js';
import { ANSWERS } from '../../nlp/answers.js';
import { NlpService, type InterpretResponse } from '../../nlp/nlp.service.js';
import { defineTool, McpCatalog, toolHints, type ToolContext } from '../mcp-catalog.js';

const commandInput = {
  command: z
    .string()
    .min(1)
    .max(NLP_MAX_COMMAND_LENGTH)
    .describe('What to do, in Korean or English, e.g. "web-app을 staging에 배포해줘"'),
  projectName: z
    .string()
    .min(1)
    .max(128)
    .optional()
    .describe('Project the command is about (context, learned phrases)'),
  sessionId: z
    .string()
    .min(1)
    .max(256)
    .optional()
    .describe('Conversation id for follow-ups ("now scale it to 3"); defaults to this MCP session'),
};

const interpretationShape = z.object({
  interactionId: z.string(),
  intent: z.string(),
  entities: z.record(z.string(), z.unknown()),
  confidence: z.number(),
  ambiguous: z.boolean(),
  missing: z.array(z.string()),
  suggestions: z.array(z.string()),
  clarification: z.string().nullable(),
  destructive: z.boolean(),
  requiresConfirmation: z.boolean(),
  source: z.string(),
});

const structuredOf = (r: InterpretResponse) => ({
  ...r,
  entities: { ...r.entities } as Record<string, unknown>,
});

/** interpret_command's text, in the command's language. */
export function describeInterpretation(r: InterpretResponse, lang: Language): string {
  const args = {
    intent: r.intent,
    entities: Object.entries(r.entities)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', '),
    confidence: r.confidence.toFixed(2),
  };
  if (r.ambiguous)
    return render(ANSWERS.mcpAmbiguous, { ...args, clarification: r.clarification ?? undefined }, lang);
  return render(
    ANSWERS.mcpInterpretation,
    { ...args, confirmation: r.requiresConfirmation ? 'yes' : undefined },
    lang,
  );
}

/** The conversation a command belongs to: the one named, else this MCP session's. */
const conversationOf = (sessionId: string | undefined, ctx: ToolContext) =>
  sessionId ?? (ctx.sessionId ? `mcp:${ctx.sessionId}` : undefined);

type ProcessedResult = { kind: string; confirmationToken?: string } & Record<string, unknown>;

/** process_command's text: the answer, and how to confirm when a plan waits for it. */
function describeProcessed(message: string, result: ProcessedResult, lang: Language): string {
  if (result.kind !== 'confirmation_required') return message;
  return `${message}\n${render(ANSWERS.mcpConfirm, { token: result.confirmationToken ?? '' }, lang)}`;
}

const interpretCommandTool = (nlp: NlpService) =>
  defineTool({
    name: 'interpret_command',
    title: 'Interpret a natural-language command',
    description:
      'Turns a Korean or English command into an intent and entities (app, environment, tag, replicas, …) ' +
      'with confidence, ambiguity and a clarification question. Executes nothing.',
    scope: 'mcp:read',
    operation: 'interpret',
    annotations: toolHints({ readOnly: true, idempotent: true }),
    input: commandInput,
    output: interpretationShape.shape,
    run: async (a, ctx) => {
      const { response, interpretation } = await nlp.interpret(principalOf(ctx.caller), {
        command: a.command,
        projectName: a.projectName,
        sessionId: conversationOf(a.sessionId, ctx),
      });
      return {
        structured: structuredOf(response),
        text: describeInterpretation(response, interpretation.language),
      };
    },
  });

const processCommandTool = (processor: NlpProcessService) =>
  defineTool({
    name: 'process_command',
    title: 'Run a natural-language command',
    description:
      'Interprets a Korean or English command and, when it is unambiguous, runs it (status, logs, list, ' +
      `history, ${OPERATIONS.join(', ')}). Destructive operations ` +
      `(${DESTRUCTIVE_RULE_TEXT}) first return a plan and a confirmationToken; run them by calling ` +
      'again with the same command and that token, or by answering "yes" / "네" (or "no" / "아니" to ' +
      'cancel) in the same session.',
    scope: 'mcp:execute',
    operation: 'process',
    annotations: toolHints({ destructive: true }),
    input: {
      ...commandInput,
      confirmationToken: z.string().min(1).max(512).optional().describe('Token from the first call'),
      dryRun: z.boolean().optional().describe('Only show the Kubernetes requests'),
    },
    output: {
      interpretation: interpretationShape,
      result: z.object({ kind: z.string() }).catchall(z.unknown()),
      message: z.string(),
      language: z.enum(['ko', 'en']).describe('Language of the command, which message is written in'),
    },
    run: async (a, ctx) => {
      const res = await processor.process(principalOf(ctx.caller), {
        command: a.command,
        projectName: a.projectName,
        sessionId: conversationOf(a.sessionId, ctx),
        confirmationToken: a.confirmationToken,
        dryRun: a.dryRun,
      });
      const result = res.result as unknown as ProcessedResult;
      return {
        structured: {
          interpretation: structuredOf(res.interpretation),
          result,
          message: res.message,
          language: res.language,
        },
        text: describeProcessed(res.message, result, res.language),
      };
    },
  });

/** interpret_command / process_command over the NLP module (interpretation, then DeploymentsService). */
@Injectable()
export class NlpMcpTools implements OnModuleInit {
  constructor(
    private readonly catalog: McpCatalog,
    private readonly nlp: NlpService,
    private readonly processor: NlpProcessService,
  ) {}

  onModuleInit(): void {
    this.catalog.addTools(interpretCommandTool(this.nlp), processCommandTool(this.processor));
  }
}
