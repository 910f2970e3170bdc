import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppsService } from '../../apps/apps.service.js';
import { DeploymentsService } from '../../deployments/deployments.service.js';
import { McpCatalog } from '../mcp-catalog.js';
import { appTools } from './app.tools.js';
import { operationTools } from './operation.tools.js';
import { platformPrompts } from './prompts.js';
import { platformResources } from './resources.js';

/**
 * The app and deployment tools, the klepaas:// resources and the prompts, over DeploymentsService and
 * AppsService (the same path the REST API takes: confirmation, locking, history, audit).
 */
@Injectable()
export class DeploymentMcpTools implements OnModuleInit {
  constructor(
    private readonly catalog: McpCatalog,
    private readonly deployments: DeploymentsService,
    private readonly apps: AppsService,
  ) {}

  onModuleInit(): void {
    const appNames = async () => (await this.apps.list()).map((a) => a.name);
    this.catalog.addTools(...appTools(this.deployments), ...operationTools(this.deployments));
    const { resources, templates } = platformResources(this.deployments, appNames);
    this.catalog.addResources(...resources);
    this.catalog.addTemplates(...templates);
    this.catalog.addPrompts(...platformPrompts(appNames));
  }
}
