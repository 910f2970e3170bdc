import { Body, Controller, Get, HttpCode, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { LanguageErrors } from '../../common/i18n/language-errors.interceptor.js';
import { AuditBatched } from '../audit/audit.decorators.js';
import { MutatingRoute } from '../audit/mutating-route.decorator.js';
import { CurrentPrincipal, RequireScopes } from '../auth/auth.decorators.js';
import { OPERATION_SCOPES } from '../auth/scopes.js';
import { OPERATION_ERRORS, READ_ERRORS } from '../deployments/deployments.api-errors.js';
import type { Principal } from '../../common/principal/principal.js';
import { FeedbackDto, HistoryQueryDto, RulesQueryDto, StatsQueryDto } from './dto/feedback.dto.js';
import { InterpretDto, ProcessDto } from './dto/interpret.dto.js';
import { NlpProcessService } from './nlp-process.service.js';
import {
  AccuracyDto,
  CommandsDto,
  FeedbackResultDto,
  FeedbackStatsDto,
  InterpretationDto,
  NlpHistoryDto,
  ProcessResponseDto,
  RuleDto,
  RuleListDto,
} from './nlp.responses.js';
import { NlpService } from './nlp.service.js';

/** Routes without a command: their error messages follow Accept-Language (those with one follow the command). */
const ACCEPT_LANGUAGE = {
  name: 'Accept-Language',
  required: false,
  description:
    '`ko` or `en` (default): the language of error messages (a command decides where there is one)',
};
@ApiTags('nlp')
@ApiExtraModels(AccuracyDto)
// LanguageErrors is bound per route, not to the class: it reads the command from the parsed body, so on a
// POST it must run after @MutatingRoute()'s body parsing, and controller-level interceptors run first.
@Controller('api/v1/nlp')
export class NlpController {
  constructor(
    private readonly nlp: NlpService,
    private readonly processor: NlpProcessService,
  ) {}

  @Post('interpret')
  @MutatingRoute()
  @UseInterceptors(LanguageErrors)
  @HttpCode(200)
  @RequireScopes(OPERATION_SCOPES.interpret)
  @AuditBatched()
  @ApiOperation({
    summary: 'Interpret a Korean/English command (no side effects except recording the turn)',
    description: '`clarification` and `suggestions` (and error messages) are in the language of the command',
  })
  @ApiOkResponse({ type: InterpretationDto, description: 'The interpretation and its interaction id' })
  @ApiErrors({ 400: ['nlp_command_too_long'] })
  async interpret(@CurrentPrincipal() principal: Principal, @Body() body: InterpretDto) {
    return (await this.nlp.interpret(principal, body)).response;
  }

  @Post('process')
  @MutatingRoute()
  @UseInterceptors(LanguageErrors)
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
    type: ProcessResponseDto,
    description:
      '`message`, plan `summary`/`destructiveBecause`, notices and error messages are in `language`, the language of the command',
  })
  // Everything the operation it runs can answer, and insufficient_scope for the operation's own scope.
  @ApiErrors(OPERATION_ERRORS)
  @ApiErrors(READ_ERRORS)
  @ApiErrors({ 400: ['nlp_command_too_long'], 404: ['rollback_target_not_found', 'pod_not_found'] })
  process(@CurrentPrincipal() principal: Principal, @Body() body: ProcessDto) {
    return this.processor.process(principal, body);
  }

  @Post('feedback')
  @MutatingRoute()
  @UseInterceptors(LanguageErrors)
  @HttpCode(200)
  @RequireScopes('nlp:execute')
  @ApiOperation({
    summary: 'Say whether an interpretation was right; a correction is learned as a phrase rule',
  })
  @ApiOkResponse({
    type: FeedbackResultDto,
    description: 'Recorded; `learned` names the rule a correction became',
  })
  @ApiErrors({ 400: ['nlp_invalid_correction'], 404: ['nlp_interaction_not_found'] })
  @ApiHeader(ACCEPT_LANGUAGE)
  feedback(@CurrentPrincipal() principal: Principal, @Body() body: FeedbackDto) {
    return this.nlp.feedback(principal, body);
  }

  @Get('feedback/stats')
  @UseInterceptors(LanguageErrors)
  @RequireScopes('nlp:read')
  @ApiOperation({ summary: 'Accuracy from feedback: overall, per source, per day' })
  @ApiOkResponse({ type: FeedbackStatsDto, description: 'Accuracy over the last `days` days' })
  stats(@Query() q: StatsQueryDto) {
    return this.nlp.stats(q.days ?? 30);
  }

  @Get('history')
  @UseInterceptors(LanguageErrors)
  @RequireScopes('nlp:read')
  @ApiOperation({ summary: "The caller's turns of a conversation, newest first" })
  @ApiOkResponse({ type: NlpHistoryDto, description: 'The session and its turns' })
  history(@CurrentPrincipal() principal: Principal, @Query() q: HistoryQueryDto) {
    return this.nlp.history(principal, q.sessionId, q.projectName, q.limit ?? 50);
  }

  @Get('commands')
  @UseInterceptors(LanguageErrors)
  @RequireScopes('nlp:read')
  @ApiOperation({ summary: 'Supported commands with Korean and English examples' })
  @ApiOkResponse({ type: CommandsDto, description: 'Commands and the words for each environment' })
  commands() {
    return this.nlp.commands();
  }

  @Get('rules')
  @UseInterceptors(LanguageErrors)
  @RequireScopes('nlp:read')
  @ApiOperation({
    summary: 'Learned phrase rules that apply to the caller (own for the project, and global)',
  })
  @ApiOkResponse({ type: RuleListDto, description: 'The rules' })
  rules(@CurrentPrincipal() principal: Principal, @Query() q: RulesQueryDto) {
    return this.nlp.rules(principal, q.projectName);
  }

  @Post('rules/:id/promote')
  @MutatingRoute()
  @UseInterceptors(LanguageErrors)
  @HttpCode(200)
  @RequireScopes('nlp:admin')
  @ApiOperation({ summary: 'Promote a learned phrase rule to every user' })
  @ApiOkResponse({ type: RuleDto, description: 'The rule, now global' })
  @ApiErrors({ 404: ['nlp_rule_not_found'] })
  @ApiHeader(ACCEPT_LANGUAGE)
  promote(@Param('id') id: string) {
    return this.nlp.promote(id);
  }
}
