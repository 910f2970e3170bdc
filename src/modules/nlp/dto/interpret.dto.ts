import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { acceptWithoutValidation, onlyKeys, plainText } from '../../../common/validation/fast-accept.js';
import { NLP_MAX_COMMAND_LENGTH } from '../nlp.limits.js';

export class InterpretDto {
  @ApiProperty({
    example: 'web-app을 staging에 3개 복제본으로 배포해줘',
    maxLength: NLP_MAX_COMMAND_LENGTH,
    description: `At most ${NLP_MAX_COMMAND_LENGTH} characters; longer → 400 nlp_command_too_long`,
  })
  @IsString()
  @MinLength(1)
  @Matches(/\S/, { message: 'command must not be blank' })
  command!: string;

  @ApiPropertyOptional({
    example: 'shop',
    description: 'Project the command is about (scopes sessions and learned phrases)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  projectName?: string;

  @ApiPropertyOptional({
    example: 'chat-7f3a',
    description:
      'Same value across requests = one conversation; without it, one conversation per user + project',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  sessionId?: string;
}

export class ProcessDto extends InterpretDto {
  @ApiPropertyOptional({
    description: 'From a confirmation_required answer: go ahead with the destructive operation',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  confirmationToken?: string;

  @ApiPropertyOptional({ description: 'Plan only: answer the Kubernetes requests that would be made' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

// What the rules above certainly accept (src/common/validation/fast-accept.ts); anything else is validated.
const BLANK = /\S/;
const INTERPRET_KEYS = new Set(['command', 'projectName', 'sessionId']);
const PROCESS_KEYS = new Set([...INTERPRET_KEYS, 'confirmationToken', 'dryRun']);
// a command's length has no upper bound here (the service answers nlp_command_too_long): any such string
const interpretAccepts = (b: Record<string, unknown>) =>
  plainText(b.command, 1, Number.MAX_SAFE_INTEGER) &&
  BLANK.test(b.command) &&
  (b.projectName === undefined || plainText(b.projectName, 0, 255)) &&
  (b.sessionId === undefined || plainText(b.sessionId, 1, 255));
acceptWithoutValidation(InterpretDto, (b) => onlyKeys(b, INTERPRET_KEYS) && interpretAccepts(b));
acceptWithoutValidation(
  ProcessDto,
  (b) =>
    onlyKeys(b, PROCESS_KEYS) &&
    interpretAccepts(b) &&
    (b.confirmationToken === undefined || plainText(b.confirmationToken, 0, 4096)) &&
    (b.dryRun === undefined || typeof b.dryRun === 'boolean'),
);
