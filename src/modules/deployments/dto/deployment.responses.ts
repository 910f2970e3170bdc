import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ENVIRONMENTS,
  OPERATIONS,
  type AppOverview,
  type AppStatus,
  type DeploymentRecord,
  type DeploymentRecordExtras,
  type Environment,
  type KubeRequest,
  type LogsResult,
  type OperationKind,
  type OperationPlan,
  type OperationSource,
  type OperationStatus,
  type PodStatus,
} from '../deployments.contract.js';

/**
 * The REST shapes of the deployments module, for the OpenAPI document. Each class `implements` the
 * contract type the service returns, so the document cannot drift from what the API answers.
 */
const SOURCES: OperationSource[] = ['api', 'nlp', 'mcp', 'cicd'];
const STATUSES: OperationStatus[] = ['pending', 'in_progress', 'succeeded', 'failed'];
const DATE = { format: 'date-time', example: '2026-11-29T04:00:00.000Z' } as const;
const NULLABLE_DATE = { type: String, nullable: true, ...DATE } as const;

export class DeploymentRecordDto implements DeploymentRecord, DeploymentRecordExtras {
  @ApiProperty({ example: '00mifx3k2a000000a1b2c3d4e5f6a7b8c9d0' }) id!: string;
  @ApiProperty({ example: 'web-app' }) app!: string;
  @ApiProperty({ enum: ENVIRONMENTS, example: 'staging' }) environment!: Environment;
  @ApiProperty({ example: 'staging' }) namespace!: string;
  @ApiProperty({ enum: OPERATIONS, example: 'deploy' }) operation!: OperationKind;
  @ApiProperty({ type: 'integer', nullable: true, example: 5, description: 'Our revision of the app here' })
  revision!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'v1.4.2' }) tag!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2 }) replicasBefore!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2 }) replicasAfter!: number | null;
  @ApiProperty({ example: 'alice' }) user!: string;
  @ApiProperty({ enum: SOURCES, example: 'api' }) source!: OperationSource;
  @ApiProperty({ enum: STATUSES, example: 'succeeded' }) status!: OperationStatus;
  @ApiProperty({ type: String, nullable: true, example: 'RolloutComplete' }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) error!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'CI/CD job id' })
  correlationId?: string | null;
  @ApiProperty(DATE) createdAt!: string;
  @ApiProperty(NULLABLE_DATE) startedAt!: string | null;
  @ApiProperty(NULLABLE_DATE) finishedAt!: string | null;
}

export class OperationPlanDto implements OperationPlan {
  @ApiProperty({ example: 'web-app' }) app!: string;
  @ApiProperty({ enum: ENVIRONMENTS, example: 'production' }) environment!: Environment;
  @ApiProperty({ example: 'production' }) namespace!: string;
  @ApiProperty({ enum: OPERATIONS, example: 'deploy' }) operation!: OperationKind;
  @ApiProperty({ example: 'Deploy ghcr.io/acme/web-app:v1.4.2 to production (production) with 3 replica(s)' })
  summary!: string;
  @ApiProperty({ type: [String], example: ['production environment'] }) destructiveBecause!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What changes, e.g. {"image": {"from": …, "to": …}}',
  })
  changes!: Record<string, unknown>;
}

export class ConfirmationRequiredDto {
  @ApiProperty({ enum: ['confirmation_required'] }) status!: 'confirmation_required';
  @ApiProperty({ type: () => OperationPlanDto }) plan!: OperationPlanDto;
  @ApiProperty({ example: 'cfm_3q2…', description: 'Send it back as confirmationToken to run the plan' })
  confirmationToken!: string;
  @ApiProperty(DATE) expiresAt!: string;
}

export class KubeRequestDto implements KubeRequest {
  @ApiProperty({ example: 'PATCH' }) method!: string;
  @ApiProperty({ example: '/apis/apps/v1/namespaces/staging/deployments/web-app/scale' }) path!: string;
  @ApiPropertyOptional({ description: 'The request body (a Kubernetes object or patch)' }) body?: unknown;
}

export class DryRunDto {
  @ApiProperty({ enum: [true] }) dryRun!: true;
  @ApiProperty({ type: () => [KubeRequestDto] }) requests!: KubeRequestDto[];
  @ApiPropertyOptional({ description: 'Set when no cluster is configured: nothing would have been sent' })
  notice?: string;
}

export class ReplicaCountsDto {
  @ApiProperty({ type: 'integer', example: 2 }) desired!: number;
  @ApiProperty({ type: 'integer', example: 2 }) updated!: number;
  @ApiProperty({ type: 'integer', example: 2 }) ready!: number;
  @ApiProperty({ type: 'integer', example: 2 }) available!: number;
}

export class DeploymentConditionDto {
  @ApiProperty({ example: 'Available' }) type!: string;
  @ApiProperty({ example: 'True' }) status!: string;
  @ApiProperty({ type: String, nullable: true, example: 'MinimumReplicasAvailable' }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) message!: string | null;
}

export class PodStatusDto implements PodStatus {
  @ApiProperty({ example: 'web-app-5d9c-abcde' }) name!: string;
  @ApiProperty({ example: 'Running' }) phase!: string;
  @ApiProperty({ example: true }) ready!: boolean;
  @ApiProperty({ type: 'integer', example: 0 }) restarts!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'ImagePullBackOff, CrashLoopBackOff, …',
  })
  waitingReason!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ghcr.io/acme/web-app:v1.4.2' }) image!:
    string | null;
}

export class AppStatusDto implements AppStatus {
  @ApiProperty({ example: 'web-app' }) app!: string;
  @ApiProperty({ enum: ENVIRONMENTS, example: 'staging' }) environment!: Environment;
  @ApiProperty({ example: 'staging' }) namespace!: string;
  @ApiProperty({ example: true }) deployed!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'ghcr.io/acme/web-app:v1.4.2' }) image!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'v1.4.2' }) tag!: string | null;
  @ApiProperty({ type: () => ReplicaCountsDto }) replicas!: ReplicaCountsDto;
  @ApiProperty({ type: () => [DeploymentConditionDto] }) conditions!: DeploymentConditionDto[];
  @ApiProperty({
    example: 'running',
    description: 'running | progressing | degraded | scaled_to_zero | not_deployed',
  })
  state!: string;
  @ApiProperty({ type: () => [PodStatusDto] }) pods!: PodStatusDto[];
}

export class PodLogsDto {
  @ApiProperty({ example: 'web-app-5d9c-abcde' }) pod!: string;
  @ApiProperty({ type: String, nullable: true, example: 'app' }) container!: string | null;
  @ApiProperty({ example: false }) previous!: boolean;
  @ApiProperty({ type: [String], example: ['listening on :8080'] }) lines!: string[];
}

export class LogsResultDto implements LogsResult {
  @ApiProperty({ example: 'web-app' }) app!: string;
  @ApiProperty({ enum: ENVIRONMENTS, example: 'staging' }) environment!: Environment;
  @ApiProperty({ example: 'staging' }) namespace!: string;
  @ApiProperty({ type: 'integer', example: 100 }) lines!: number;
  @ApiProperty({ type: () => [PodLogsDto] }) pods!: PodLogsDto[];
}

export class EnvironmentStateDto {
  @ApiProperty({ example: 'staging' }) namespace!: string;
  @ApiProperty({ example: 'running' }) state!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ghcr.io/acme/web-app:v1.4.2' }) image!:
    string | null;
  @ApiProperty({ type: String, nullable: true, example: 'v1.4.2' }) tag!: string | null;
  @ApiProperty({ type: 'integer', example: 2 }) desired!: number;
  @ApiProperty({ type: 'integer', example: 2 }) ready!: number;
}

export class EnvironmentStatesDto implements Record<Environment, EnvironmentStateDto> {
  @ApiProperty({ type: () => EnvironmentStateDto }) development!: EnvironmentStateDto;
  @ApiProperty({ type: () => EnvironmentStateDto }) staging!: EnvironmentStateDto;
  @ApiProperty({ type: () => EnvironmentStateDto }) production!: EnvironmentStateDto;
}

export class AppOverviewDto implements AppOverview {
  @ApiProperty({ example: 'web-app' }) name!: string;
  @ApiProperty({ example: 'ghcr.io/acme/web-app' }) image!: string;
  @ApiProperty({ type: () => EnvironmentStatesDto }) environments!: EnvironmentStatesDto;
}

export class OverviewDto {
  @ApiProperty({ type: () => [AppOverviewDto] }) items!: AppOverviewDto[];
}

export class DeploymentPageDto {
  @ApiProperty({ type: () => [DeploymentRecordDto] }) items!: DeploymentRecordDto[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as cursor for older records; null at the end',
  })
  nextCursor!: string | null;
}
