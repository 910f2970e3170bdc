import { z } from 'zod';
import { ENV_BY_ALIAS } from '../interpreter/lexicon.js';
import { INTENTS, NLP_ENVIRONMENTS, type Entities, type Intent } from '../interpreter/types.js';

const optionalInt = (min: number) => z.number().int().min(min).max(10000).nullish();

/** The one schema every provider answers with (tool/function arguments), validated on the way in. */
export const LlmAnswerSchema = z.object({
  intent: z.enum(INTENTS),
  entities: z
    .object({
      app: z
        .string()
        .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/)
        .nullish(),
      environment: z.enum(NLP_ENVIRONMENTS).nullish(),
      replicas: optionalInt(0),
      tag: z
        .string()
        .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
        .nullish(),
      revision: optionalInt(1),
      lines: optionalInt(1),
    })
    .strict(),
  confidence: z.number().min(0).max(1).nullish(),
});
export type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(LlmAnswerSchema, { io: 'input' }) as Record<
  string,
  unknown
>;
/** JSON Schema of the answer, as sent in tool / function declarations. */
export const LLM_ANSWER_JSON_SCHEMA: Record<string, unknown> = jsonSchema;
export const TOOL_NAME = 'interpret_command';
export const TOOL_DESCRIPTION =
  'Record the interpretation of a platform command: intent and the entities it names (omit what is not said).';

export interface ValidAnswer {
  intent: Intent;
  entities: Entities;
  confidence: number;
}

/** Parses and validates raw provider output; null when it is garbage or breaks the schema. */
export function validateAnswer(raw: unknown): ValidAnswer | null {
  let value = raw;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (value && typeof value === 'object') {
    const e = (value as { entities?: Record<string, unknown> }).entities;
    if (e && typeof e.environment === 'string')
      e.environment = ENV_BY_ALIAS.get(e.environment.toLowerCase()) ?? e.environment;
  }
  const parsed = LlmAnswerSchema.safeParse(value);
  if (!parsed.success) return null;
  const entities: Entities = {};
  for (const [k, v] of Object.entries(parsed.data.entities))
    if (v !== null && v !== undefined) (entities as Record<string, unknown>)[k] = v;
  return { intent: parsed.data.intent, entities, confidence: parsed.data.confidence ?? 0.85 };
}

export interface PromptTurn {
  command: string;
  intent: Intent;
  entities: Entities;
}

export interface LlmPrompt {
  command: string;
  knownApps: string[];
  recentTurns: PromptTurn[];
  examples: PromptTurn[];
  defaultEnvironment: string;
}

/** The system prompt: intents, environments, known apps, recent turns and learned examples. */
export function systemPrompt(p: LlmPrompt): string {
  const lines = [
    'You interpret commands for K-Le-PaaS, a platform that deploys apps to Kubernetes. Commands are in Korean, English or both.',
    `Call the tool ${TOOL_NAME} exactly once. Intents: ${INTENTS.join(', ')}.`,
    'history is a read of past deployments ("배포 이력/기록", "release history of …", "what was deployed last week"): never deploy for it.',
    'Questions, read nouns (이력, 상태, status, list), negations and hypotheticals are never a change.',
    'Use unknown for chit-chat, questions about concepts, negations ("don\'t …") and anything that is not a platform command.',
    'Entities (only what the command says or clearly refers to): app (lowercase name), environment (development | staging | production),',
    'replicas (integer), tag (image tag or version as written, e.g. v2.1.0), revision (integer), lines (integer, for logs).',
    'Aliases: 개발/dev/develop = development; 스테이징/stg/stage = staging; 운영/운영계/프로덕션/prod/prd/live = production.',
    'Never assume production. Omit an entity instead of guessing. confidence is 0..1.',
    `Known apps: ${p.knownApps.length ? p.knownApps.join(', ') : '(none registered)'}.`,
  ];
  if (p.recentTurns.length) {
    lines.push('Recent turns of this conversation (oldest first; "it", "그거", "방금 거" refer to them):');
    for (const t of p.recentTurns)
      lines.push(`- "${t.command}" → ${JSON.stringify({ intent: t.intent, entities: t.entities })}`);
  }
  if (p.examples.length) {
    lines.push('Corrections users made earlier (follow them):');
    for (const t of p.examples)
      lines.push(`- "${t.command}" → ${JSON.stringify({ intent: t.intent, entities: t.entities })}`);
  }
  return lines.join('\n');
}
