import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination/page-query.dto.js';
import { JOB_STATUSES } from '../cicd.repository.js';

/** A delivery carries its jobs: pages stay smaller than the other listings'. */
export const DELIVERIES_MAX_PAGE = 200;

export class DeliveriesQueryDto extends PageQueryDto(DELIVERIES_MAX_PAGE) {
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
}
