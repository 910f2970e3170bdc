import { Module } from '@nestjs/common';
import { makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import { AppsModule } from '../apps/apps.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { KubernetesModule } from '../kubernetes/kubernetes.module.js';
import { ConfirmationService } from './confirmation.service.js';
import { DeploymentChanges } from './deployment-changes.js';
import { DeploymentsController } from './deployments.controller.js';
import { DeploymentsRepository } from './deployments.repository.js';
import { DeploymentsService } from './deployments.service.js';
import { DeploymentQueries } from './pipeline/deployment-queries.js';
import { DeploymentsLifetime } from './pipeline/lifetime.js';
import { OperationExecutor } from './pipeline/operation-executor.js';
import { OperationLeases } from './pipeline/operation-lease.js';
import { OperationPlanner } from './pipeline/operation-planner.js';
import { OperationReconciler } from './pipeline/operation-reconciler.js';
import { DEPLOYMENT_DURATION, DEPLOYMENTS_TOTAL, OperationRecorder } from './pipeline/operation-recorder.js';

/**
 * Operations on the cluster for the apps the apps module registers. Other modules (NLP, MCP, CI/CD) import
 * this module for DeploymentsService.run() and AppsModule for apps and environments. DeploymentsService is
 * a facade over the pipeline in ./pipeline (planner, lease, executor, recorder, queries, reconciler).
 */
@Module({
  // audit and alerts hear the recorder's events; deployments does not call them
  imports: [KubernetesModule, AppsModule, AuditModule],
  controllers: [DeploymentsController],
  providers: [
    DeploymentsRepository,
    ConfirmationService,
    DeploymentChanges,
    DeploymentsLifetime,
    OperationPlanner,
    OperationLeases,
    OperationRecorder,
    OperationExecutor,
    OperationReconciler,
    DeploymentQueries,
    DeploymentsService,
    makeCounterProvider({
      name: DEPLOYMENTS_TOTAL,
      help: 'Deployment operations by operation, environment and result (succeeded | failed | dry_run)',
      labelNames: ['operation', 'environment', 'result'],
    }),
    makeHistogramProvider({
      name: DEPLOYMENT_DURATION,
      help: 'Duration of deployment operations including the rollout wait, in seconds',
      labelNames: ['operation', 'environment', 'result'],
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    }),
  ],
  exports: [DeploymentsService, DeploymentChanges],
})
export class DeploymentsModule {}
