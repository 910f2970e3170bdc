import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './keyset-page.js';

/**
 * `cursor` and `limit` of a newest-first listing, for its query DTO to extend. `max` is the largest page the
 * listing serves (pass the same to `keysetRequest`).
 */
export function PageQueryDto(max = MAX_PAGE_SIZE) {
  class PageQuery {
    @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
    @IsOptional()
    @IsString()
    @MaxLength(512)
    cursor?: string;

    @ApiPropertyOptional({ minimum: 1, maximum: max, default: DEFAULT_PAGE_SIZE })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(max)
    limit?: number;
  }
  return PageQuery;
}
