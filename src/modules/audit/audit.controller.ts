import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../common/openapi/api-errors.decorator.js';
import { RequireScopes } from '../auth/auth.decorators.js';
import { AuditPageDto } from './audit.responses.js';
import { AuditService, type AuditPage } from './audit.service.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'Audit records, newest first, filtered; follow nextCursor for older ones' })
  @ApiOkResponse({ type: AuditPageDto, description: 'A page of records, newest first' })
  @ApiErrors({ 400: ['bad_request'] })
  list(@Query() q: AuditQueryDto): Promise<AuditPage> {
    return this.audit.find({
      userId: q.user,
      action: q.action,
      resource: q.resource,
      status: q.status,
      from: q.from,
      to: q.to,
      cursor: q.cursor,
      limit: q.limit,
    });
  }
}
