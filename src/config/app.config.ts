import { createPublicKey } from 'node:crypto';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { toBool, toInt, toList } from './env-validation.js';
import { parseTrustProxy, type TrustProxySetting } from './trust-proxy.js';

export const RUNTIME_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export const AUTH_MODES = ['jwt', 'header'] as const;
const DURATION = /^\d{1,9}[smhd]?$/;
const DURATION_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const durationSeconds = (value: string) => {
  const unit = /[smhd]$/.test(value) ? (value.slice(-1) as keyof typeof DURATION_SECONDS) : 's';
  return Number.parseInt(value, 10) * DURATION_SECONDS[unit];
};
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The foundation's environment variables (property name = variable name). Modules validate their own
 * variables in their own `<name>.config.ts` through the same mechanism.
 */
export class AppConfig {
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) PORT: number = 8080;
  @IsString() HOST: string = '0.0.0.0';
  @IsIn(RUNTIME_ENVIRONMENTS, { message: `must be one of ${RUNTIME_ENVIRONMENTS.join(' | ')}` })
  KLEPAAS_ENV: (typeof RUNTIME_ENVIRONMENTS)[number] = 'development';

  @Matches(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, {
    message: 'must be sqlite:<path> (or sqlite::memory:) or postgres://user@host:port/db',
  })
  KLEPAAS_DATABASE_URL: string = 'sqlite:./data/klepaas.db';
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'must be a lowercase PostgreSQL schema name' })
  KLEPAAS_DATABASE_SCHEMA?: string;
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'must be redis://host:port[/db] or rediss://…' })
  KLEPAAS_REDIS_URL?: string;

  @IsIn(AUTH_MODES, { message: `must be one of ${AUTH_MODES.join(' | ')}` })
  KLEPAAS_AUTH_MODE: (typeof AUTH_MODES)[number] = 'jwt';
  @IsOptional() @IsString() KLEPAAS_JWT_SECRET?: string;
  @IsOptional() @IsString() KLEPAAS_JWT_PUBLIC_KEY?: string;
  @IsOptional() @IsString() KLEPAAS_JWT_ISSUER?: string;
  @IsOptional() @IsString() KLEPAAS_JWT_AUDIENCE?: string;
  /** Longest token lifetime accepted (exp − iat, and exp − now): `90m`, `24h`, `7d` or seconds. */
  @Matches(DURATION, { message: 'must be a duration such as 3600, 90m, 24h or 7d (1 minute to 365 days)' })
  KLEPAAS_JWT_MAX_LIFETIME: string = '24h';

  @Transform(toList) @IsArray() @IsString({ each: true }) KLEPAAS_CORS_ORIGINS: string[] = [];
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 1mb, 512kb' })
  KLEPAAS_BODY_LIMIT: string = '1mb';
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(' | ')}` })
  KLEPAAS_LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
  @Transform(toBool) @IsBoolean() KLEPAAS_LOG_PRETTY: boolean = false;
  @Transform(toInt) @IsInt() @Min(0) @Max(120000) KLEPAAS_SHUTDOWN_DELAY_MS: number = 0;
  @Transform(toBool) @IsBoolean() KLEPAAS_DOCS_ENABLED: boolean = true;
  /** Proxies whose X-Forwarded-For/-Proto are believed (Express trust-proxy syntax); none by default. */
  @IsOptional() @IsString() KLEPAAS_TRUST_PROXY?: string;
  /** Alert after this many 401/403 from one caller within the window; 0 disables. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100000) KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD: number = 10;
  @Transform(toInt) @IsInt() @Min(1) @Max(86400) KLEPAAS_AUTH_FAILURE_ALERT_WINDOW_SECONDS: number = 300;

  @IsOptional() @IsString() KLEPAAS_GIT_SHA?: string;
  @IsOptional() @IsString() KLEPAAS_BUILD_TIME?: string;
  @IsOptional() @IsString() KLEPAAS_PUBLIC_URL?: string;

  /** Rules that span several variables. */
  crossCheck(): string[] {
    const problems: string[] = [];
    if (this.KLEPAAS_AUTH_MODE === 'header' && this.KLEPAAS_ENV === 'production') {
      problems.push(
        'KLEPAAS_AUTH_MODE: header mode trusts X-User-Id/X-Scopes and is refused when KLEPAAS_ENV=production; use jwt',
      );
    }
    if (this.KLEPAAS_AUTH_MODE === 'jwt' && !this.KLEPAAS_JWT_SECRET && !this.KLEPAAS_JWT_PUBLIC_KEY) {
      problems.push(
        'KLEPAAS_JWT_SECRET: jwt mode needs KLEPAAS_JWT_SECRET (HS256) or KLEPAAS_JWT_PUBLIC_KEY (RS256/ES256)',
      );
    }
    if (this.KLEPAAS_JWT_SECRET && this.KLEPAAS_JWT_PUBLIC_KEY) {
      problems.push(
        'KLEPAAS_JWT_PUBLIC_KEY: set either KLEPAAS_JWT_SECRET or KLEPAAS_JWT_PUBLIC_KEY, not both',
      );
    }
    if (this.KLEPAAS_JWT_PUBLIC_KEY) {
      try {
        const key = createPublicKey(this.KLEPAAS_JWT_PUBLIC_KEY.replace(/\\n/g, '\n'));
        if (!['rsa', 'ec'].includes(key.asymmetricKeyType ?? ''))
          problems.push('KLEPAAS_JWT_PUBLIC_KEY: must be an RSA or EC public key');
      } catch {
        problems.push('KLEPAAS_JWT_PUBLIC_KEY: must be a PEM public key (-----BEGIN PUBLIC KEY-----…)');
      }
    }
    if (this.KLEPAAS_ENV === 'production' && this.KLEPAAS_JWT_SECRET && this.KLEPAAS_JWT_SECRET.length < 32) {
      problems.push('KLEPAAS_JWT_SECRET: must be at least 32 characters in production');
    }
    if (DURATION.test(this.KLEPAAS_JWT_MAX_LIFETIME)) {
      const seconds = durationSeconds(this.KLEPAAS_JWT_MAX_LIFETIME);
      if (seconds < 60 || seconds > 365 * 86400)
        problems.push('KLEPAAS_JWT_MAX_LIFETIME: must be between 1 minute and 365 days');
    }
    const trust = parseTrustProxy(this.KLEPAAS_TRUST_PROXY);
    if ('problem' in trust) problems.push(`KLEPAAS_TRUST_PROXY: ${trust.problem}`);
    return problems;
  }

  get jwtMaxLifetimeSeconds(): number {
    return durationSeconds(this.KLEPAAS_JWT_MAX_LIFETIME);
  }

  /** Express's `trust proxy` value (validated in crossCheck). */
  get trustProxy(): TrustProxySetting {
    const trust = parseTrustProxy(this.KLEPAAS_TRUST_PROXY);
    return 'value' in trust ? trust.value : false;
  }

  get isProduction(): boolean {
    return this.KLEPAAS_ENV === 'production';
  }
}
