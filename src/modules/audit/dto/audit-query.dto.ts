import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';

export class AuditQueryDto extends PageQueryDto() {
  @ApiPropertyOptional({ example: 'alice' }) @IsOptional() @IsString() @MaxLength(255) user?: string;
  @ApiPropertyOptional({ example: 'POST /api/v1/apps' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  action?: string;
  @ApiPropertyOptional({ description: 'Resource path prefix', example: '/api/v1/apps/web-app' })
  @IsOptional()
  @IsString()
  @MaxLength(1024)
  resource?: string;
  @ApiPropertyOptional({ example: 403 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(100)
  @Max(599)
  status?: number;
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z' }) @IsOptional() @IsISO8601() from?: string;
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' }) @IsOptional() @IsISO8601() to?: string;
}
