import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { JOB_STATUSES, type JobStatus } from './cicd.repository.js';
import type { DeliveryView, JobView } from './delivery-views.js';

/** The REST shapes of the CI/CD module, for the OpenAPI document. */
const DATE = { format: 'date-time', example: '2026-11-29T04:00:00.000Z' } as const;
const NULLABLE_DATE = { type: String, nullable: true, ...DATE } as const;
const OUTCOMES = ['pong', 'accepted', 'ignored'] as const;

export class JobDto implements JobView {
  @ApiProperty({ example: '00mifx3k2b000000f1e2d3c4b5a697887766' }) id!: string;
  @ApiProperty({ enum: JOB_STATUSES, example: 'waiting_confirmation' }) status!: JobStatus;
  @ApiProperty({ example: 'web-app' }) app!: string;
  @ApiProperty({ example: 'production' }) environment!: string;
  @ApiProperty({ example: 'v1.4.2' }) tag!: string;
  @ApiProperty({ type: [String], example: ['v1.4.2', 'v1.4', 'v1', 'latest-prod'] }) tags!: string[];
  @ApiProperty({ example: 'release.published' }) trigger!: string;
  @ApiProperty({ example: 'octo-org/web-app' }) repository!: string;
  @ApiProperty({ type: String, nullable: true, example: 'v1.4.2' }) ref!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: null }) revision!: number | null;
  @ApiProperty({ example: 'github:octocat' }) actor!: string;
  @ApiProperty({ type: 'integer', example: 0 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The deployment record it produced' })
  deploymentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) confirmedBy!: string | null;
  @ApiProperty(DATE) createdAt!: string;
  @ApiProperty(DATE) updatedAt!: string;
  @ApiProperty(NULLABLE_DATE) startedAt!: string | null;
  @ApiProperty(NULLABLE_DATE) finishedAt!: string | null;
  @ApiProperty({ ...NULLABLE_DATE, description: 'While running: when its worker lease ends unless renewed' })
  leaseExpiresAt!: string | null;
}

export class DeliveryDto implements DeliveryView {
  @ApiProperty({ example: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0' }) id!: string;
  @ApiProperty({ example: '72d3162e-cc78-11e3-81ab-4c9367dc0958', description: 'X-GitHub-Delivery' })
  deliveryId!: string;
  @ApiProperty({ example: 'release' }) event!: string;
  @ApiProperty({ type: String, nullable: true, example: 'published' }) action!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'octo-org/web-app' }) repository!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'octocat' }) sender!: string | null;
  @ApiProperty({
    example: 'primary',
    description: 'Which secret verified it: primary | previous | github_app',
  })
  secret!: string;
  @ApiProperty({ enum: OUTCOMES, example: 'accepted' }) outcome!: (typeof OUTCOMES)[number];
  @ApiProperty({ type: String, nullable: true, example: null }) reason!: string | null;
  @ApiProperty({ type: [String], example: ['web-app'], description: 'Apps the repository is mapped to' })
  apps!: string[];
  @ApiProperty(DATE) receivedAt!: string;
  @ApiProperty({ type: () => [JobDto], description: 'One deploy job per mapped app' }) jobs!: JobDto[];
}

export class DeliveryPageDto {
  @ApiProperty({ type: () => [DeliveryDto] }) items!: DeliveryDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for older deliveries; null at the end',
  })
  nextCursor!: string | null;
}

/** What the webhook answers (200 ping/redelivery, 202 recorded). */
export class WebhookAnswerDto {
  @ApiProperty({ enum: OUTCOMES, example: 'accepted' }) outcome!: string;
  @ApiPropertyOptional({ example: 'release tag "nightly" is not SemVer' }) reason?: string;
  @ApiProperty({ example: '72d3162e-cc78-11e3-81ab-4c9367dc0958' }) deliveryId!: string;
  @ApiProperty({ example: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0', description: 'Our id of the delivery' })
  id!: string;
  @ApiPropertyOptional({ enum: [true], description: 'A redelivery: answered from the recorded one' })
  duplicate?: true;
  @ApiPropertyOptional({ type: () => [JobDto] }) jobs?: JobDto[];
  @ApiPropertyOptional({ enum: [true], description: 'ping' }) pong?: true;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'ping: GitHub’s zen' }) zen?:
    string | null;
  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'ping: the hook id' })
  hookId?: number | null;
}
