import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INTENTS } from '../interpreter/types.js';

export class CorrectionDto {
  @ApiProperty({ enum: INTENTS, example: 'restart' }) @IsIn(INTENTS) intent!: string;
  @ApiPropertyOptional({ example: { app: 'web-app', environment: 'staging' } })
  @IsOptional()
  @IsObject()
  entities?: Record<string, unknown>;
}

export class FeedbackDto {
  @ApiProperty({ example: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0' })
  @IsString()
  @MaxLength(36)
  interactionId!: string;
  @ApiProperty({ example: false }) @IsBoolean() correct!: boolean;
  @ApiPropertyOptional({
    type: CorrectionDto,
    description: 'What the command meant (learned as a phrase rule)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CorrectionDto)
  corrected?: CorrectionDto;
}

export class HistoryQueryDto {
  @ApiPropertyOptional({ example: 'chat-7f3a' }) @IsOptional() @IsString() @MaxLength(255) sessionId?: string;
  @ApiPropertyOptional({ example: 'shop' }) @IsOptional() @IsString() @MaxLength(255) projectName?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class StatsQueryDto {
  @ApiPropertyOptional({ default: 30, maximum: 365, description: 'Days of feedback to report' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class RulesQueryDto {
  @ApiPropertyOptional({ example: 'shop' }) @IsOptional() @IsString() @MaxLength(255) projectName?: string;
}
