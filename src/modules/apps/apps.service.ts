import { Injectable } from '@nestjs/common';
import { EnvironmentsService } from './environments.service.js';
import type { Environment } from './environments.js';
import { AppExistsError, AppNotFoundError, InvalidAppError } from './apps.errors.js';
import { AppsRepository, type AppRow } from './apps.repository.js';
import type { App, EffectiveAppSettings, EnvironmentOverride, ResourceSpec } from './apps.types.js';
import type { CreateAppDto, UpdateAppDto } from './dto/app.dto.js';
import { containsSecret, isSecretKey } from '../../common/security/redact.js';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const QUANTITY = /^[0-9]+(\.[0-9]+)?(m|k|Ki|Mi|Gi|Ti|M|G|T)?$/;

function checkEnv(env: unknown, where: string): Record<string, string> {
  if (typeof env !== 'object' || env === null || Array.isArray(env))
    throw new InvalidAppError(`${where} must be an object of NAME: "value" strings`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (!ENV_NAME.test(k))
      throw new InvalidAppError(`${where}: "${k}" is not a valid environment variable name`);
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      throw new InvalidAppError(`${where}.${k} must be a string`);
    // Stored in plain text and shown back: a secret by name (DB_PASS) or by value (postgres://u:pw@h) is refused.
    if (isSecretKey(k))
      throw new InvalidAppError(
        `${where}.${k} looks like a secret; only non-secret variables are stored here (use a Kubernetes Secret)`,
      );
    if (containsSecret(String(v)))
      throw new InvalidAppError(
        `${where}.${k} holds a credential (user:password in a URL, a token or key); keep it in a Kubernetes Secret`,
      );
    out[k] = String(v);
  }
  return out;
}

function checkResources(value: unknown, where: string): ResourceSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidAppError(`${where} must be {requests?: {cpu?, memory?}, limits?: {cpu?, memory?}}`);
  const out: ResourceSpec = {};
  for (const [section, body] of Object.entries(value)) {
    if (section !== 'requests' && section !== 'limits')
      throw new InvalidAppError(`${where}: unknown key "${section}" (requests, limits)`);
    if (typeof body !== 'object' || body === null)
      throw new InvalidAppError(`${where}.${section} must be an object`);
    const part: { cpu?: string; memory?: string } = {};
    for (const [k, v] of Object.entries(body)) {
      if (k !== 'cpu' && k !== 'memory')
        throw new InvalidAppError(`${where}.${section}: unknown key "${k}" (cpu, memory)`);
      if (typeof v !== 'string' || !QUANTITY.test(v))
        throw new InvalidAppError(
          `${where}.${section}.${k} must be a Kubernetes quantity such as 100m or 256Mi`,
        );
      part[k] = v;
    }
    out[section] = part;
  }
  return out;
}

function checkReplicas(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)
    throw new InvalidAppError(`${where} must be an integer between 0 and 100`);
  return v;
}

const parse = <T>(text: string | null, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);

function toApp(row: AppRow): App {
  return {
    name: row.name,
    image: row.image,
    port: row.port,
    replicas: row.replicas,
    env: parse(row.env, {}),
    resources: parse(row.resources, null),
    githubRepo: row.github_repo,
    environments: parse(row.environments, {}),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** How long app names read for NLP stay fresh for writes of other replicas (this one's drop them at once). */
export const APP_NAMES_TTL_MS = 1_000;

/** Apps registry: what to run (image, port, replicas, env, resources) and per-environment overrides. */
@Injectable()
export class AppsService {
  private names: { list: Promise<string[]>; until: number } | null = null;

  constructor(
    private readonly repository: AppsRepository,
    private readonly environments: EnvironmentsService,
  ) {}

  /** Validated overrides; with `allowNull`, `null` for an environment means "remove its override". */
  private checkOverrides(
    value: unknown,
    allowNull = false,
  ): Partial<Record<Environment, EnvironmentOverride | null>> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new InvalidAppError('environments must be an object keyed by environment');
    const out: Partial<Record<Environment, EnvironmentOverride | null>> = {};
    for (const [alias, body] of Object.entries(value)) {
      const env = this.environments.tryResolve(alias);
      if (!env) throw new InvalidAppError(`environments: unknown environment "${alias}"`);
      if (body === null && allowNull) {
        out[env] = null;
        continue;
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        throw new InvalidAppError(`environments.${alias} must be an object {replicas?, env?, resources?}`);
      const o: EnvironmentOverride = {};
      for (const [k, v] of Object.entries(body)) {
        if (k === 'replicas') o.replicas = checkReplicas(v, `environments.${alias}.replicas`);
        else if (k === 'env') o.env = checkEnv(v, `environments.${alias}.env`);
        else if (k === 'resources') o.resources = checkResources(v, `environments.${alias}.resources`);
        else
          throw new InvalidAppError(`environments.${alias}: unknown key "${k}" (replicas, env, resources)`);
      }
      out[env] = o;
    }
    return out;
  }

  async create(dto: CreateAppDto, userId: string | null = null): Promise<App> {
    const now = new Date().toISOString();
    const row: AppRow = {
      name: dto.name,
      image: dto.image,
      port: dto.port ?? null,
      replicas: dto.replicas ?? 1,
      env: JSON.stringify(dto.env === undefined ? {} : checkEnv(dto.env, 'env')),
      resources:
        dto.resources === undefined ? null : JSON.stringify(checkResources(dto.resources, 'resources')),
      github_repo: dto.githubRepo ?? null,
      environments: JSON.stringify(
        dto.environments === undefined ? {} : this.checkOverrides(dto.environments),
      ),
      created_by: userId,
      created_at: now,
      updated_at: now,
    };
    const inserted = await this.repository.insert(row);
    this.forgetNames();
    if (!inserted) throw new AppExistsError(dto.name);
    return toApp(row);
  }

  async list(): Promise<App[]> {
    return (await this.repository.list()).map(toApp);
  }

  /**
   * Names of every app, sorted (NLP reads them for every command to recognise app names). Kept for
   * APP_NAMES_TTL_MS and dropped whenever this process creates or deletes an app, so a registration is
   * known to this replica's next command at once and to other replicas (PostgreSQL) within the TTL.
   */
  listNames(): Promise<string[]> {
    const cached = this.names;
    if (cached && cached.until > Date.now()) return cached.list;
    const list = this.repository.names();
    const entry = { list, until: Date.now() + APP_NAMES_TTL_MS };
    this.names = entry;
    // a failed read is not kept (a read still running when a write of ours ends is dropped by forgetNames)
    list.catch(() => {
      if (this.names === entry) this.names = null;
    });
    return list;
  }

  private forgetNames(): void {
    this.names = null;
  }

  /** The app, or 404 `app_not_found`. */
  async get(name: string): Promise<App> {
    const row = await this.repository.find(name);
    if (!row) throw new AppNotFoundError(name);
    return toApp(row);
  }

  async find(name: string): Promise<App | null> {
    const row = await this.repository.find(name);
    return row ? toApp(row) : null;
  }

  /** Apps linked to a GitHub repository (`owner/repo`, case-insensitive); CI/CD uses it. */
  async findByGithubRepo(ownerRepo: string): Promise<App[]> {
    return (await this.repository.findByGithubRepo(ownerRepo)).map(toApp);
  }

  async update(name: string, dto: UpdateAppDto): Promise<App> {
    const current = await this.get(name);
    const values: Partial<AppRow> = { updated_at: new Date().toISOString() };
    if (dto.image !== undefined) values.image = dto.image;
    if (dto.port !== undefined) values.port = dto.port;
    if (dto.replicas !== undefined) values.replicas = dto.replicas;
    if (dto.env !== undefined) values.env = JSON.stringify(checkEnv(dto.env, 'env'));
    if (dto.resources !== undefined)
      values.resources =
        dto.resources === null ? null : JSON.stringify(checkResources(dto.resources, 'resources'));
    if (dto.githubRepo !== undefined) values.github_repo = dto.githubRepo;
    if (dto.environments !== undefined) {
      const merged: Record<string, EnvironmentOverride | null> = {
        ...current.environments,
        ...this.checkOverrides(dto.environments, true),
      };
      for (const [env, o] of Object.entries(merged)) if (o === null) delete merged[env];
      values.environments = JSON.stringify(merged);
    }
    if (!(await this.repository.update(name, values))) throw new AppNotFoundError(name);
    return this.get(name);
  }

  async delete(name: string): Promise<void> {
    const deleted = await this.repository.delete(name);
    this.forgetNames();
    if (!deleted) throw new AppNotFoundError(name);
  }

  /** Settings in one environment with its overrides applied. */
  effective(app: App, env: Environment): EffectiveAppSettings {
    const o = app.environments[env] ?? {};
    return {
      replicas: o.replicas ?? app.replicas,
      env: { ...app.env, ...(o.env ?? {}) },
      resources: o.resources ?? app.resources,
    };
  }
}
