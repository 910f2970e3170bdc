/**
 * A REST consumer's view of K-Le-PaaS: openapi-fetch typed by test/generated/klepaas-api.ts, which
 * openapi-typescript generates from the document the service serves (GET /docs-json). It imports nothing
 * of ours but those types, so test/e2e/openapi.e2e-spec.ts can type-check it on its own, quickly: a
 * schema change that breaks what a client relies on here breaks `npm test` and `npm run typecheck`.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/klepaas-api.js';

export type KlepaasClient = ReturnType<typeof klepaasClient>;
export type AppView = components['schemas']['AppDto'];
export type DeploymentRecord = components['schemas']['DeploymentRecordDto'];
export type AppStatus = components['schemas']['AppStatusDto'];
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

export function klepaasClient(baseUrl: string, authorization: string) {
  return createClient<paths>({ baseUrl, headers: { Authorization: authorization } });
}

/** An error answer, with the `error` codes the document lists for it. */
export class ApiError<Code extends string = string> extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorEnvelope & { error: Code },
  ) {
    super(`${status} ${body.error}: ${body.message}`);
  }
}

export async function registerApp(client: KlepaasClient, name: string, image: string): Promise<AppView> {
  const { data, error, response } = await client.POST('/api/v1/apps', {
    body: { name, image, port: 8080, replicas: 2, env: { LOG_LEVEL: 'info' } },
  });
  // `error.error` is typed as the codes the document lists for POST /apps (app_exists, invalid_app, …).
  if (error) throw new ApiError(response.status, error);
  return data;
}

type GetAppErrorCode =
  | 'app_not_found'
  | 'not_found'
  | 'unauthorized'
  | 'insufficient_scope'
  | 'validation_failed'
  | 'invalid_json'
  | 'bad_request'
  | 'payload_too_large'
  | 'unsupported_media_type';

export async function getApp(client: KlepaasClient, name: string): Promise<AppView> {
  const { data, error, response } = await client.GET('/api/v1/apps/{name}', { params: { path: { name } } });
  if (error) {
    // The codes this client was written against: a code the document adds fails to type-check here.
    const code: GetAppErrorCode = error.error;
    throw new ApiError(response.status, { ...error, error: code });
  }
  return data;
}

/** Deploys a tag; a record when it ran (dry runs and confirmations are not this flow's business). */
export async function deploy(
  client: KlepaasClient,
  name: string,
  env: string,
  tag: string,
): Promise<DeploymentRecord> {
  const { data, error, response } = await client.POST('/api/v1/apps/{name}/environments/{env}/deploy', {
    params: { path: { name, env } },
    body: { tag },
  });
  if (error) throw new ApiError(response.status, error);
  if (response.status === 202 || !('id' in data)) {
    throw new Error(`expected the deploy to run, got ${response.status} ${JSON.stringify(data)}`);
  }
  return data;
}

export async function status(client: KlepaasClient, name: string, env: string): Promise<AppStatus> {
  const { data, error, response } = await client.GET('/api/v1/apps/{name}/environments/{env}/status', {
    params: { path: { name, env } },
  });
  if (error) throw new ApiError(response.status, error);
  return data;
}

export async function history(client: KlepaasClient, app: string): Promise<DeploymentRecord[]> {
  const { data, error, response } = await client.GET('/api/v1/deployments', {
    params: { query: { app, limit: 10 } },
  });
  if (error) throw new ApiError(response.status, error);
  return data.items;
}
