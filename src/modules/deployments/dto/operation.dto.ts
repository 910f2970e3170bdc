import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';
import { MAX_REPLICAS, OPERATIONS } from '../deployments.contract.js';

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const TAG_MESSAGE = 'tag must be an image tag (letters, digits, _ . -; at most 128)';

class OperationOptionsDto {
  @ApiPropertyOptional({ example: false, description: 'Return the exact requests without sending them' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ example: 'cfm_3q2…', description: 'Token from a 202 confirmation_required answer' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  confirmationToken?: string;
}

export class DeployDto extends OperationOptionsDto {
  @ApiProperty({ example: 'v1.4.2' }) @IsString() @Matches(TAG, { message: TAG_MESSAGE }) tag!: string;
  @ApiPropertyOptional({
    example: 2,
    description: 'Default: keep the current count. A deploy that leaves 0 replicas needs confirmation',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_REPLICAS)
  replicas?: number;
}

export class ScaleDto extends OperationOptionsDto {
  @ApiProperty({ example: 3 }) @IsInt() @Min(0) @Max(MAX_REPLICAS) replicas!: number;
}

export class RollbackDto extends OperationOptionsDto {
  @ApiPropertyOptional({ example: 4, description: 'Revision number from our history' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;
  @ApiPropertyOptional({ example: 'v1.4.1', description: 'A tag deployed successfully before' })
  @IsOptional()
  @IsString()
  @Matches(TAG, { message: TAG_MESSAGE })
  tag?: string;
}

export class RestartDto extends OperationOptionsDto {}
export class RemoveDto extends OperationOptionsDto {}

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

export class LogsQueryDto {
  @ApiPropertyOptional({
    example: 100,
    default: 100,
    description: 'Last N lines (capped by KLEPAAS_LOGS_MAX_LINES)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  lines?: number;
  @ApiPropertyOptional({ example: 'web-app-7d4b9c-x2x1' })
  @IsOptional()
  @IsString()
  @MaxLength(253)
  pod?: string;
  @ApiPropertyOptional({ example: 'app' }) @IsOptional() @IsString() @MaxLength(63) container?: string;
  @ApiPropertyOptional({ example: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  previous?: boolean;
}

export class HistoryQueryDto extends PageQueryDto() {
  @ApiPropertyOptional({ example: 'web-app' }) @IsOptional() @IsString() @MaxLength(63) app?: string;
  @ApiPropertyOptional({ example: 'prod', description: 'Any environment alias' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  environment?: string;
  @ApiPropertyOptional({ enum: ['pending', 'in_progress', 'succeeded', 'failed'] })
  @IsOptional()
  @IsIn(['pending', 'in_progress', 'succeeded', 'failed'])
  status?: 'pending' | 'in_progress' | 'succeeded' | 'failed';
  @ApiPropertyOptional({ enum: ['api', 'nlp', 'mcp', 'cicd'] })
  @IsOptional()
  @IsIn(['api', 'nlp', 'mcp', 'cicd'])
  source?: 'api' | 'nlp' | 'mcp' | 'cicd';
  @ApiPropertyOptional({ enum: OPERATIONS })
  @IsOptional()
  @IsIn(OPERATIONS)
  operation?: (typeof OPERATIONS)[number];
}

export class RemoveQueryDto {
  @ApiPropertyOptional({ example: false }) @IsOptional() @Transform(toBoolean) @IsBoolean() dryRun?: boolean;
  @ApiPropertyOptional({ example: 'cfm_3q2…' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  confirmationToken?: string;
}
