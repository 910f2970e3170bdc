import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { JOB_STATUSES } from '../cicd.repository.js';

export class DeliveriesQueryDto {
  @ApiPropertyOptional({ enum: ['pong', 'accepted', 'ignored'], example: 'accepted' })
  @IsOptional()
  @IsIn(['pong', 'accepted', 'ignored'])
  outcome?: string;

  @ApiPropertyOptional({ enum: JOB_STATUSES, example: 'waiting_confirmation', description: 'Job status' })
  @IsOptional()
  @IsIn(JOB_STATUSES)
  status?: string;

  @ApiPropertyOptional({ example: 'web-app' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  app?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
