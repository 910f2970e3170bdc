import { Injectable } from '@nestjs/common';
import { errorMessage } from '../../common/errors/error-messages.js';
import { BadRequestError } from '../../common/errors/app-error.js';
import { AppsConfig } from './apps.config.js';
import { ENVIRONMENT_ALIASES, ENVIRONMENTS, type Environment } from './environments.js';

export { ENVIRONMENT_ALIASES } from './environments.js';

const DEFAULT_NAMESPACES: Record<Environment, string> = {
  development: 'dev',
  staging: 'staging',
  production: 'production',
};

export class UnknownEnvironmentError extends BadRequestError {
  constructor(value: string) {
    const params = { environment: value, known: Object.values(ENVIRONMENT_ALIASES).flat().join(', ') };
    super(
      errorMessage('unknown_environment', params),
      { environment: value, known: ENVIRONMENTS },
      { messageKey: 'unknown_environment', params },
    );
  }
}

/** Environment names, aliases, namespaces and the default environment. */
@Injectable()
export class EnvironmentsService {
  private readonly byAlias = new Map<string, Environment>();
  private readonly namespaces: Record<Environment, string>;

  constructor(private readonly config: AppsConfig) {
    for (const env of ENVIRONMENTS)
      for (const alias of ENVIRONMENT_ALIASES[env]) this.byAlias.set(alias, env);
    this.namespaces = { ...DEFAULT_NAMESPACES };
    for (const pair of config.KLEPAAS_ENV_NAMESPACES.split(',')) {
      const [env, ns] = pair.split('=').map((s) => s.trim());
      if (env && ns) this.namespaces[env as Environment] = ns;
    }
  }

  /** Canonical environment for a name or alias (case- and space-insensitive); throws 400 otherwise. */
  resolve(alias: string): Environment {
    const found = this.tryResolve(alias);
    if (!found) throw new UnknownEnvironmentError(alias);
    return found;
  }

  tryResolve(alias: string | undefined | null): Environment | null {
    if (typeof alias !== 'string') return null;
    return this.byAlias.get(alias.trim().toLowerCase()) ?? null;
  }

  /** `resolve`, or the default environment (never production) when none is named. */
  resolveOrDefault(alias?: string | null): Environment {
    return alias === undefined || alias === null || alias.trim() === ''
      ? this.defaultEnvironment
      : this.resolve(alias);
  }

  get defaultEnvironment(): Environment {
    return this.config.KLEPAAS_DEFAULT_ENVIRONMENT;
  }

  namespaceOf(env: Environment): string {
    return this.namespaces[env];
  }

  /** environment → namespace. */
  namespaceMap(): Record<Environment, string> {
    return { ...this.namespaces };
  }

  aliases(): Record<Environment, readonly string[]> {
    return ENVIRONMENT_ALIASES;
  }

  list(): Environment[] {
    return [...ENVIRONMENTS];
  }
}
