import { Module, type OnModuleInit } from '@nestjs/common';
import { makeCounterProvider } from '@willsoto/nestjs-prometheus';
import { ReadinessModule } from '../../common/readiness/readiness.module.js';
import { ReadinessRegistry } from '../../common/readiness/readiness.registry.js';
import { CicdConfig } from './cicd.config.js';
import { CicdController } from './cicd.controller.js';
import { CICD_DEPLOYER } from './cicd.deployer.js';
import { CicdRepository } from './cicd.repository.js';
import { CICD_DELIVERIES, CicdService } from './cicd.service.js';
import { CICD_JOBS, CicdWorker } from './cicd.worker.js';
import { AlertsModule } from '../alerts/alerts.module.js';
import { AppsModule } from '../apps/apps.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DeploymentsModule } from '../deployments/deployments.module.js';
import { DeploymentsDeployer } from './deployments.deployer.js';

@Module({
  imports: [ReadinessModule, AuditModule, AlertsModule, AppsModule, DeploymentsModule],
  controllers: [CicdController],
  providers: [
    CicdRepository,
    CicdService,
    CicdWorker,
    { provide: CICD_DEPLOYER, useClass: DeploymentsDeployer },
    makeCounterProvider({
      name: CICD_DELIVERIES,
      help: 'GitHub webhook deliveries by event and outcome (pong, accepted, ignored, duplicate)',
      labelNames: ['event', 'outcome'],
    }),
    makeCounterProvider({
      name: CICD_JOBS,
      help: 'Finished CI/CD deploy jobs by status and environment',
      labelNames: ['status', 'environment'],
    }),
  ],
  exports: [CicdService],
})
export class CicdModule implements OnModuleInit {
  constructor(
    private readonly readiness: ReadinessRegistry,
    private readonly config: CicdConfig,
    private readonly worker: CicdWorker,
  ) {}

  onModuleInit(): void {
    this.readiness.register('cicd', async () =>
      this.config.secrets.length === 0
        ? { state: 'not_configured' }
        : {
            secrets: this.config.secrets.map((s) => s.name),
            worker: this.worker.enabled ? 'running' : 'disabled',
            productionPolicy: this.config.KLEPAAS_CICD_PRODUCTION_POLICY,
          },
    );
  }
}
