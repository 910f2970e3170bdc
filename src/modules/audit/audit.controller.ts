import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequireScopes } from '../auth/auth.decorators.js';
import { AuditService, type AuditPage } from './audit.service.js';
import { AuditQueryDto } from './dto/audit-query.dto.js';

@ApiTags('audit')
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequireScopes('audit:read')
  @ApiOperation({ summary: 'Audit records, newest first, filtered; follow nextCursor for older ones' })
  @ApiOkResponse({
    schema: {
      example: {
        items: [
          {
            id: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0',
            time: '2026-11-29T04:00:00.000Z',
            userId: 'alice',
            ip: '10.0.0.7',
            action: 'POST /api/v1/apps',
            resource: '/api/v1/apps',
            status: 201,
            requestId: '6f1c…',
            details: { body: { name: 'web-app', apiToken: '[REDACTED]' } },
            // denials: how many of one caller on one route within that second (1 for everything else)
            count: 1,
          },
        ],
        nextCursor: null,
      },
    },
  })
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
