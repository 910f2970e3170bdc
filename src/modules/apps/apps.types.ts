import type { Environment } from './environments.js';

export interface ResourceSpec {
  requests?: { cpu?: string; memory?: string };
  limits?: { cpu?: string; memory?: string };
}

export interface EnvironmentOverride {
  replicas?: number;
  env?: Record<string, string>;
  resources?: ResourceSpec;
}

/** An app as the platform knows it (project state, stored in the database). */
export interface App {
  name: string;
  /** Image repository without tag, e.g. `ghcr.io/acme/web`. */
  image: string;
  port: number | null;
  replicas: number;
  env: Record<string, string>;
  resources: ResourceSpec | null;
  /** `owner/repo` on GitHub, used by CI/CD. */
  githubRepo: string | null;
  environments: Partial<Record<Environment, EnvironmentOverride>>;
  createdAt: string;
  updatedAt: string;
}

/** The effective settings of an app in one environment (overrides applied). */
export interface EffectiveAppSettings {
  replicas: number;
  env: Record<string, string>;
  resources: ResourceSpec | null;
}
