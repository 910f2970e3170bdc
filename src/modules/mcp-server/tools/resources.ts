import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { AppError } from '../../../common/errors/app-error.js';
import { OPERATIONS } from '../../deployments/deployments.contract.js';
import type { McpResourceDefinition, McpResourceTemplateDefinition } from '../mcp-catalog.js';
import type { DeploymentReader } from './app.tools.js';
import { completeFrom } from './prompts.js';

/** MCP's "resource not found" (-32002); other domain errors become invalid params / internal errors. */
const RESOURCE_NOT_FOUND = -32002;

async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) {
      if (err.status === 404) throw new McpError(RESOURCE_NOT_FOUND, `${err.code}: ${err.message}`);
      if (err.status < 500) throw new McpError(ErrorCode.InvalidParams, `${err.code}: ${err.message}`);
      throw new McpError(ErrorCode.InternalError, `${err.code}: ${err.message}`);
    }
    throw err;
  }
}

const json = (uri: URL, value: unknown) => ({
  contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(value, null, 2) }],
});

/** klepaas://apps, klepaas://apps/{name}, klepaas://deployments/{id}. */
export function platformResources(
  reader: DeploymentReader,
  appNames: () => Promise<string[]>,
): { resources: McpResourceDefinition[]; templates: McpResourceTemplateDefinition[] } {
  return {
    resources: [
      {
        name: 'apps',
        uri: 'klepaas://apps',
        title: 'All apps',
        description: 'Every app with its state, tag and replicas in each environment',
        mimeType: 'application/json',
        operation: 'list',
        read: (uri) => guarded(async () => json(uri, { apps: await reader.overview() })),
      },
    ],
    templates: [
      {
        name: 'app',
        uriTemplate: 'klepaas://apps/{name}',
        title: 'One app',
        description: 'One app: image and its state per environment (development, staging, production)',
        mimeType: 'application/json',
        operation: 'list',
        list: async () =>
          (await appNames()).map((name) => ({ uri: `klepaas://apps/${name}`, name, title: `App ${name}` })),
        complete: { name: async (typed) => completeFrom(await appNames(), typed) },
        read: (uri, variables) =>
          guarded(async () => {
            const name = String(variables.name);
            const app = (await reader.overview()).find((a) => a.name === name);
            if (!app) throw new McpError(RESOURCE_NOT_FOUND, `App ${name} not found`);
            return json(uri, app);
          }),
      },
      {
        name: 'deployment',
        uriTemplate: 'klepaas://deployments/{id}',
        title: 'One deployment record',
        description: `A recorded operation (${OPERATIONS.join(', ')}) by id`,
        mimeType: 'application/json',
        operation: 'history',
        read: (uri, variables) => guarded(async () => json(uri, await reader.get(String(variables.id)))),
      },
    ],
  };
}
