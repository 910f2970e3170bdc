import { Module } from '@nestjs/common';
import { makeCounterProvider, makeHistogramProvider } from '@willsoto/nestjs-prometheus';
import { AlertsModule } from '../alerts/alerts.module.js';
import { AppsModule } from '../apps/apps.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { KubernetesModule } from '../kubernetes/kubernetes.module.js';
import { ConfirmationService } from './confirmation.service.js';
import { DeploymentChanges } from './deployment-changes.js';
import { DeploymentsController } from './deployments.controller.js';
import { DeploymentsRepository } from './deployments.repository.js';
import { DEPLOYMENT_DURATION, DEPLOYMENTS_TOTAL, DeploymentsService } from './deployments.service.js';

/**
 * Operations on the cluster for the apps the apps module registers. Other modules (NLP, MCP, CI/CD) import
 * this module for DeploymentsService.run() and AppsModule for apps and environments.
 */
@Module({
  imports: [KubernetesModule, AppsModule, AuditModule, AlertsModule],
  controllers: [DeploymentsController],
  providers: [
    DeploymentsRepository,
    ConfirmationService,
    DeploymentChanges,
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
