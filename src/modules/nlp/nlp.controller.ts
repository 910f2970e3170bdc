import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiHeader,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { LanguageErrors } from '../../common/i18n/language-errors.interceptor.js';
import { AuditBatched } from '../audit/audit.decorators.js';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import { OPERATION_SCOPES } from '../auth/scopes.js';
import type { Principal } from '../auth/principal.js';
import { FeedbackDto, HistoryQueryDto, RulesQueryDto, StatsQueryDto } from './dto/feedback.dto.js';
import { InterpretDto, ProcessDto } from './dto/interpret.dto.js';
import { NlpProcessService } from './nlp-process.service.js';
import { NlpService } from './nlp.service.js';

const INTERPRETATION_EXAMPLE = {
  interactionId: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0',
  intent: 'deploy',
  entities: { app: 'web-app', environment: 'staging', replicas: 3 },
  confidence: 0.9,
  ambiguous: false,
  missing: [],
  suggestions: [],
  clarification: null,
  defaults: [],
  destructive: false,
  requiresConfirmation: false,
  source: 'rules',
};
/** Routes without a command: their error messages follow Accept-Language (those with one follow the command). */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  required: false,
  description:
    '`ko` or `en` (default): the language of error messages (a command decides where there is one)',
};
const BAD_REQUEST = {
  description: 'Invalid body',
  schema: {
    example: { error: 'validation_failed', message: 'Request validation failed', requestId: 'req-1' },
  },
};

@ApiTags('nlp')
@Controller('api/v1/nlp')
@UseInterceptors(LanguageErrors)
export class NlpController {
  constructor(
    private readonly nlp: NlpService,
    private readonly processor: NlpProcessService,
  ) {}

  @Post('interpret')
  @HttpCode(200)
  @RequireScopes(OPERATION_SCOPES.interpret)
  @AuditBatched()
  @ApiOperation({
    summary: 'Interpret a Korean/English command (no side effects except recording the turn)',
    description: '`clarification` and `suggestions` (and error messages) are in the language of the command',
  })
  @ApiOkResponse({ schema: { example: INTERPRETATION_EXAMPLE } })
  @ApiBadRequestResponse(BAD_REQUEST)
  async interpret(@CurrentPrincipal() principal: Principal, @Body() body: InterpretDto) {
    return (await this.nlp.interpret(principal, body)).response;
  }

  @Post('process')
  @HttpCode(200)
  @RequireScopes(OPERATION_SCOPES.process)
  @ApiOperation({
    summary:
      'Interpret and, if unambiguous, execute through the deployments service (destructive → confirmation token); ' +
      'reads (status, logs, list, history) answer from it. Everything a person reads is in the command language.',
    description:
      'Besides nlp:execute, the operation needs the scope of its REST route: deploy:write to deploy, scale, roll ' +
      'back, restart or delete; deploy:read for status, logs, list and history. Without it: 403 insufficient_scope. ' +
      'A destructive operation answers result.kind "confirmation_required" with a plan and a confirmationToken. ' +
      'Send the same command with that token to run it, or simply answer in the same session: "네" / "yes, go ' +
      'ahead" runs the plan (same user only; it still expires and fails if the cluster changed), "아니" / "cancel" ' +
      'drops it (result.kind "cancelled"). Follow-ups ("5개로", "아니다 스테이징", "운영에도 같은 거") use the session.',
  })
  @ApiOkResponse({
    schema: {
      example: {
        interpretation: INTERPRETATION_EXAMPLE,
        result: {
          kind: 'executed',
          record: { id: '…', app: 'web-app', environment: 'staging', status: 'succeeded' },
        },
        message: 'staging의 web-app을 v1 버전으로 배포했습니다.',
        language: 'ko',
      },
    },
    description:
      '`message`, plan `summary`/`destructiveBecause`, notices and error messages are in `language`, the language of the command',
  })
  @ApiBadRequestResponse(BAD_REQUEST)
  @ApiForbiddenResponse({
    description:
      "insufficient_scope: the operation's own scope is missing (deploy:write to change, deploy:read to read)",
  })
  process(@CurrentPrincipal() principal: Principal, @Body() body: ProcessDto) {
    return this.processor.process(principal, body);
  }

  @Post('feedback')
  @HttpCode(200)
  @RequireScopes('nlp:execute')
  @ApiOperation({
    summary: 'Say whether an interpretation was right; a correction is learned as a phrase rule',
  })
  @ApiOkResponse({
    schema: {
      example: {
        id: '00mifx…',
        interactionId: '00mifx…',
        correct: false,
        learned: { ruleId: '00mify…', key: '살려', scope: 'user' },
      },
    },
  })
  @ApiBadRequestResponse(BAD_REQUEST)
  @ApiNotFoundResponse({ description: 'No such interaction of the caller' })
  @ApiHeader(ACCEPT_LANGUAGE)
  feedback(@CurrentPrincipal() principal: Principal, @Body() body: FeedbackDto) {
    return this.nlp.feedback(principal, body);
  }

  @Get('feedback/stats')
  @RequireScopes('nlp:read')
  @ApiOperation({ summary: 'Accuracy from feedback: overall, per source, per day' })
  stats(@Query() q: StatsQueryDto) {
    return this.nlp.stats(q.days ?? 30);
  }

  @Get('history')
  @RequireScopes('nlp:read')
  @ApiOperation({ summary: "The caller's turns of a conversation, newest first" })
  history(@CurrentPrincipal() principal: Principal, @Query() q: HistoryQueryDto) {
    return this.nlp.history(principal, q.sessionId, q.projectName, q.limit ?? 50);
  }

  @Get('commands')
  @RequireScopes('nlp:read')
  @ApiOperation({ summary: 'Supported commands with Korean and English examples' })
  commands() {
    return this.nlp.commands();
  }

  @Get('rules')
  @RequireScopes('nlp:read')
  @ApiOperation({
    summary: 'Learned phrase rules that apply to the caller (own for the project, and global)',
  })
  rules(@CurrentPrincipal() principal: Principal, @Query() q: RulesQueryDto) {
    return this.nlp.rules(principal, q.projectName);
  }

  @Post('rules/:id/promote')
  @HttpCode(200)
  @RequireScopes('nlp:admin')
  @ApiOperation({ summary: 'Promote a learned phrase rule to every user' })
  @ApiNotFoundResponse({ description: 'No such rule' })
  @ApiHeader(ACCEPT_LANGUAGE)
  promote(@Param('id') id: string) {
    return this.nlp.promote(id);
  }
}
