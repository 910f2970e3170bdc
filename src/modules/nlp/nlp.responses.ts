import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SupportedCommand } from './nlp.commands.js';
import type { ProcessResult } from './nlp-process.service.js';
import type { InterpretResponse, RuleView } from './nlp.service.js';
import {
  ENTITY_NAMES,
  INTENTS,
  NLP_ENVIRONMENTS,
  type Entities,
  type EntityName,
  type Intent,
  type InterpretationSource,
  type Language,
  type NlpEnvironment,
} from './interpreter/types.js';

/**
 * The REST shapes of the NLP module, for the OpenAPI document. Classes `implement` the service's types
 * where they are named, so a field added there and not here fails the build.
 */
const SOURCES: InterpretationSource[] = ['rules', 'classifier', 'anthropic', 'openai', 'gemini', 'ensemble'];
const DATE = { format: 'date-time', example: '2026-11-29T04:00:00.000Z' } as const;

export class EntitiesDto implements Entities {
  @ApiPropertyOptional({ example: 'web-app' }) app?: string;
  @ApiPropertyOptional({ enum: NLP_ENVIRONMENTS, example: 'staging' }) environment?: NlpEnvironment;
  @ApiPropertyOptional({ type: 'integer', example: 3 }) replicas?: number;
  @ApiPropertyOptional({ example: 'v1.4.2' }) tag?: string;
  @ApiPropertyOptional({ type: 'integer', example: 4 }) revision?: number;
  @ApiPropertyOptional({ type: 'integer', example: 100 }) lines?: number;
}

export class InterpretationDto implements InterpretResponse {
  @ApiProperty({ example: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0', description: 'Send it back with feedback' })
  interactionId!: string;
  @ApiProperty({ enum: INTENTS, example: 'deploy' }) intent!: Intent;
  @ApiProperty({ type: () => EntitiesDto }) entities!: EntitiesDto;
  @ApiProperty({ example: 0.9, minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ example: false }) ambiguous!: boolean;
  @ApiProperty({ enum: ENTITY_NAMES, isArray: true, example: [] }) missing!: EntityName[];
  @ApiProperty({ type: [String], example: [] }) suggestions!: string[];
  @ApiProperty({ type: String, nullable: true, example: null, description: 'A question to ask the user' })
  clarification!: string | null;
  @ApiProperty({ enum: ENTITY_NAMES, isArray: true, example: [], description: 'Entities filled by default' })
  defaults!: EntityName[];
  @ApiProperty({ example: false }) destructive!: boolean;
  @ApiProperty({ example: false }) requiresConfirmation!: boolean;
  @ApiProperty({ enum: SOURCES, example: 'rules' }) source!: InterpretationSource;
}

/** Every kind of ProcessResult (a Record, so a kind added there and not here fails the build). */
const RESULT_KINDS = Object.keys({
  executed: true,
  confirmation_required: true,
  dry_run: true,
  clarification_needed: true,
  not_an_operation: true,
  status: true,
  logs: true,
  list: true,
  history: true,
  failed: true,
  cancelled: true,
} satisfies Record<ProcessResult['kind'], true>);

export class ProcessResponseDto {
  @ApiProperty({ type: () => InterpretationDto }) interpretation!: InterpretationDto;
  @ApiProperty({
    type: 'object',
    required: ['kind'],
    additionalProperties: true,
    properties: {
      kind: {
        type: 'string',
        enum: RESULT_KINDS,
        example: 'executed',
        description:
          'executed: `record` (a deployment record); confirmation_required: `plan`, `confirmationToken`, ' +
          '`expiresAt`; dry_run: `requests`, `notice`?; clarification_needed: `missing`; status: `status`; ' +
          'logs: `logs`; list: `environment`, `apps`; history: `app`, `environment`, `items`; failed: `error` ' +
          '{code, message}; cancelled: `operation`, `app`, `environment`',
      },
    },
    description:
      "What was done, told apart by `kind`; the other fields are those of the REST routes' answers",
  })
  result!: { kind: string; [field: string]: unknown };
  @ApiProperty({ example: 'staging의 web-app을 v1 버전으로 배포했습니다.', description: 'In `language`' })
  message!: string;
  @ApiProperty({ enum: ['ko', 'en'], example: 'ko', description: 'The language of the command' })
  language!: Language;
}

export class LearnedRuleRefDto {
  @ApiProperty({ example: '00mify…' }) ruleId!: string;
  @ApiProperty({ example: '살려' }) key!: string;
  @ApiProperty({ enum: ['user', 'global'], example: 'user' }) scope!: 'user' | 'global';
}

export class FeedbackResultDto {
  @ApiProperty({ example: '00mifx…' }) id!: string;
  @ApiProperty({ example: '00mifx…' }) interactionId!: string;
  @ApiProperty({ example: false }) correct!: boolean;
  @ApiProperty({ type: () => LearnedRuleRefDto, nullable: true }) learned!: LearnedRuleRefDto | null;
  @ApiPropertyOptional({ description: 'Why a correction was not learned as a rule' }) notLearned?: string;
}

export class AccuracyDto {
  @ApiProperty({ type: 'integer', example: 10 }) total!: number;
  @ApiProperty({ type: 'integer', example: 9 }) correct!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.9 }) accuracy!: number | null;
}

export class DailyAccuracyDto extends AccuracyDto {
  @ApiProperty({ example: '2026-11-29' }) date!: string;
}

export class FeedbackStatsDto {
  @ApiProperty(DATE) since!: string;
  @ApiProperty({ type: 'integer', example: 10 }) total!: number;
  @ApiProperty({ type: 'integer', example: 9 }) correct!: number;
  @ApiProperty({ type: 'integer', example: 1 }) incorrect!: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.9 }) accuracy!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/AccuracyDto' },
    description: 'By interpretation source',
  })
  bySource!: Record<string, AccuracyDto>;
  @ApiProperty({ type: () => [DailyAccuracyDto] }) daily!: DailyAccuracyDto[];
}

export class HistoryItemDto {
  @ApiProperty({ example: '00mifx…' }) interactionId!: string;
  @ApiProperty({ example: 'web-app 스테이징에 배포해줘' }) command!: string;
  @ApiProperty({ example: 'deploy' }) intent!: string;
  @ApiProperty({ type: () => EntitiesDto }) entities!: EntitiesDto;
  @ApiProperty({ example: 0.9 }) confidence!: number;
  @ApiProperty({ example: false }) ambiguous!: boolean;
  @ApiProperty({ example: 'rules' }) source!: string;
  @ApiProperty({ example: 'process', description: 'interpret | process' }) kind!: string;
  @ApiProperty({ nullable: true, description: 'What the turn did (process), or null' }) outcome!: unknown;
  @ApiProperty(DATE) createdAt!: string;
}

export class NlpHistoryDto {
  @ApiProperty({ example: 'user:alice|project:-' }) sessionId!: string;
  @ApiProperty({ type: () => [HistoryItemDto] }) items!: HistoryItemDto[];
}

export class CommandEntitiesDto {
  @ApiProperty({ enum: ENTITY_NAMES, isArray: true }) required!: EntityName[];
  @ApiProperty({ enum: ENTITY_NAMES, isArray: true }) optional!: EntityName[];
}

export class CommandExamplesDto {
  @ApiProperty({ type: [String] }) ko!: string[];
  @ApiProperty({ type: [String] }) en!: string[];
}

export class SupportedCommandDto implements SupportedCommand {
  @ApiProperty({ enum: INTENTS, example: 'deploy' }) intent!: Intent;
  @ApiProperty() description!: string;
  @ApiProperty({ type: () => CommandEntitiesDto }) entities!: CommandEntitiesDto;
  @ApiProperty({ description: 'When it is destructive' }) destructive!: string;
  @ApiProperty({ type: () => CommandExamplesDto }) examples!: CommandExamplesDto;
}

export class CommandsDto {
  @ApiProperty({ type: () => [SupportedCommandDto] }) commands!: SupportedCommandDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description: 'Words for each environment',
  })
  environments!: Record<string, string[]>;
}

export class RuleDto implements RuleView {
  @ApiProperty({ example: '00mify…' }) id!: string;
  @ApiProperty({ enum: ['user', 'global'] }) scope!: 'user' | 'global';
  @ApiProperty({ type: String, nullable: true }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true }) project!: string | null;
  @ApiProperty({ example: '살려' }) key!: string;
  @ApiProperty({ example: 'web-app 살려' }) phrase!: string;
  @ApiProperty({ example: 'restart' }) intent!: string;
  @ApiProperty({ type: () => EntitiesDto }) entities!: EntitiesDto;
  @ApiProperty(DATE) createdAt!: string;
  @ApiProperty(DATE) updatedAt!: string;
}

export class RuleListDto {
  @ApiProperty({ type: () => [RuleDto] }) items!: RuleDto[];
}
