/**
 * Every scope the API knows, with what it grants. README's scope table is checked against this list
 * (test/e2e/route-scopes.e2e-spec.ts), and every route declares scopes from here or is @Public().
 */
export const SCOPES = {
  'apps:read': 'Read apps and their per-environment settings',
  'apps:write': 'Create, change and delete apps',
  'deploy:read': 'Read deployment status, logs and history',
  'deploy:write': 'Deploy, scale, roll back, restart and remove apps from environments',
  'nlp:read': 'Interpret natural-language commands (no side effects), read history and commands',
  'nlp:execute': 'Execute natural-language commands and send feedback',
  'nlp:admin': 'Promote learned phrases to every user',
  'cicd:read': 'Read CI/CD webhook deliveries and their jobs',
  'cicd:write': 'Confirm or cancel pending CI/CD production deploys',
  'audit:read': 'Read the audit log',
  'alerts:admin': 'Send test alerts',
  'mcp:read': 'MCP read-only tools, resources and prompts; list external MCP providers and tools',
  'mcp:execute': 'MCP tools that change things; call external MCP tools',
  'mcp:admin': 'Add, replace and delete external MCP providers',
} as const;

export type Scope = keyof typeof SCOPES;

/**
 * What each operation needs, whichever way it arrives. Its REST route declares exactly this scope; through
 * natural language (`/nlp/process`, MCP `process_command`) or an MCP tool the caller needs the channel's
 * scope (`nlp:execute`, `mcp:read`/`mcp:execute`) AND this one. One map, so the channels cannot drift.
 */
export const OPERATION_SCOPES = {
  deploy: 'deploy:write',
  scale: 'deploy:write',
  rollback: 'deploy:write',
  restart: 'deploy:write',
  delete: 'deploy:write',
  status: 'deploy:read',
  logs: 'deploy:read',
  /** Every app's state in every environment (GET /deployments/overview, NL "list", MCP list_apps). */
  list: 'deploy:read',
  /** Deployment records (GET /deployments, /deployments/:id). */
  history: 'deploy:read',
  interpret: 'nlp:read',
  process: 'nlp:execute',
  listExternalTools: 'mcp:read',
  callExternalTool: 'mcp:execute',
} as const satisfies Record<string, Scope>;
export type ScopedOperation = keyof typeof OPERATION_SCOPES;

/**
 * `*` grants everything (operators' tokens only); `prefix:*` grants every scope of that prefix except
 * `prefix:admin`: an admin scope is granted only by its exact name (so `mcp:*` is read + execute, never
 * the power to change external providers).
 */
export function grants(granted: readonly string[], required: string): boolean {
  if (granted.includes('*') || granted.includes(required)) return true;
  const [prefix, action] = required.split(':');
  return action !== 'admin' && granted.includes(`${prefix}:*`);
}

export function missingScopes(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((r) => !grants(granted, r));
}

/** Scopes from a JWT's `scope` (space-separated) or `scopes` (array) claim, or X-Scopes (space/comma). */
export function parseScopes(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((s): s is string => typeof s === 'string' && s.length > 0);
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
