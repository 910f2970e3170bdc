import { OPERATIONS } from '../../deployments/deployments.contract.js';
import type { EntityName, Intent } from './types.js';

/** Which entities each intent takes, and which of them it needs. */
export const INTENT_ENTITIES: Record<Intent, { allowed: EntityName[]; required: EntityName[] }> = {
  deploy: { allowed: ['app', 'environment', 'tag', 'replicas'], required: ['app'] },
  scale: { allowed: ['app', 'environment', 'replicas'], required: ['app', 'replicas'] },
  rollback: { allowed: ['app', 'environment', 'revision', 'tag'], required: ['app'] },
  restart: { allowed: ['app', 'environment'], required: ['app'] },
  status: { allowed: ['app', 'environment'], required: ['app'] },
  logs: { allowed: ['app', 'environment', 'lines'], required: ['app'] },
  list: { allowed: ['environment'], required: [] },
  // one app's history, or every app's ("what was deployed last week"); every environment unless one is said
  history: { allowed: ['app', 'environment', 'tag', 'revision'], required: [] },
  delete: { allowed: ['app', 'environment'], required: ['app'] },
  help: { allowed: [], required: [] },
  unknown: { allowed: [], required: [] },
};

/** The intents that change something in a cluster: the deployments contract's operations, no more, no less. */
export const CHANGE_INTENTS: ReadonlySet<Intent> = new Set<Intent>(OPERATIONS);

/** The intents that only read (what a "what about X?" repeats, what a refused change may be replaced by). */
export const READ_INTENTS: ReadonlySet<Intent> = new Set<Intent>(['history', 'status', 'logs', 'list']);
