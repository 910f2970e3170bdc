import { Injectable } from '@nestjs/common';
import type { CicdDeployer, CicdDeployRequest, CicdDeployResult } from './cicd.deployer.js';

/** Placeholder until the deployments module lands: no repository is mapped. */
@Injectable()
export class PendingDeployer implements CicdDeployer {
  async appsForRepository(): Promise<string[]> {
    return [];
  }
  async deploy(request: CicdDeployRequest): Promise<CicdDeployResult> {
    return {
      deploymentId: null,
      revision: null,
      succeeded: false,
      error: `deployments module unavailable for ${request.app}`,
    };
  }
}
