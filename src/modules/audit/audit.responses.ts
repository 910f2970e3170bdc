import { ApiProperty } from '@nestjs/swagger';
import type { AuditPage, AuditRecord } from './audit.service.js';

/** The REST shapes of the audit module, for the OpenAPI document. */
export class AuditRecordDto implements AuditRecord {
  @ApiProperty({ example: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0' }) id!: string;
  @ApiProperty({ format: 'date-time', example: '2026-11-29T04:00:00.000Z' }) time!: string;
  @ApiProperty({ type: String, nullable: true, example: 'alice' }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '10.0.0.7' }) ip!: string | null;
  @ApiProperty({ example: 'POST /api/v1/apps' }) action!: string;
  @ApiProperty({ type: String, nullable: true, example: '/api/v1/apps' }) resource!: string | null;
  @ApiProperty({ type: 'integer', example: 201, description: 'HTTP status of the request' }) status!: number;
  @ApiProperty({ type: String, nullable: true, example: '6f1c…' }) requestId!: string | null;
  @ApiProperty({ description: 'What was done, secrets redacted ([REDACTED])' }) details!: unknown;
  @ApiProperty({
    type: 'integer',
    example: 1,
    description:
      'Requests the record stands for: denials (401/403) of one caller on one route with one status within one second share a row; 1 for everything else',
  })
  count!: number;
}

export class AuditPageDto implements AuditPage {
  @ApiProperty({ type: () => [AuditRecordDto] }) items!: AuditRecordDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for older records; null at the end',
  })
  nextCursor!: string | null;
}
