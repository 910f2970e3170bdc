import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { toBool, toInt, toList } from './env-validation.js';
import { parseTrustProxy, type TrustProxySetting } from './trust-proxy.js';

export const RUNTIME_ENVIRONMENTS = ['development', 'test', 'production'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The foundation's environment variables (property name = variable name): what the process itself needs
 * (listening, database, logging, the HTTP edge). Modules own theirs in `<name>.config.ts` (JWT and the
 * auth-failure alert in `AuthConfig`, Redis in `RedisConfig`, …); all are validated together by AppConfigModule.
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
  @Transform(toList) @IsArray() @IsString({ each: true }) KLEPAAS_CORS_ORIGINS: string[] = [];
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'must be a size such as 1mb, 512kb' })
  KLEPAAS_BODY_LIMIT: string = '1mb';
  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(' | ')}` })
  KLEPAAS_LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
  @Transform(toBool) @IsBoolean() KLEPAAS_LOG_PRETTY: boolean = false;
  /** Log lines are written in batches at least this often (ms); 0 writes each line as it is logged. */
  @Transform(toInt) @IsInt() @Min(0) @Max(10000) KLEPAAS_LOG_FLUSH_MS: number = 100;
  @Transform(toInt) @IsInt() @Min(0) @Max(120000) KLEPAAS_SHUTDOWN_DELAY_MS: number = 0;
  @Transform(toBool) @IsBoolean() KLEPAAS_DOCS_ENABLED: boolean = true;
  /** Proxies whose X-Forwarded-For/-Proto are believed (Express trust-proxy syntax); none by default. */
  @IsOptional() @IsString() KLEPAAS_TRUST_PROXY?: string;
  @IsOptional() @IsString() KLEPAAS_GIT_SHA?: string;
  @IsOptional() @IsString() KLEPAAS_BUILD_TIME?: string;
  @IsOptional() @IsString() KLEPAAS_PUBLIC_URL?: string;

  /** Rules that span several variables. */
  crossCheck(): string[] {
    const problems: string[] = [];
    const trust = parseTrustProxy(this.KLEPAAS_TRUST_PROXY);
    if ('problem' in trust) problems.push(`KLEPAAS_TRUST_PROXY: ${trust.problem}`);
    return problems;
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
