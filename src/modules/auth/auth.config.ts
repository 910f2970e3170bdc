import { createPublicKey } from 'node:crypto';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { toInt } from '../../config/env-validation.js';

export const AUTH_MODES = ['jwt', 'header'] as const;
const DURATION = /^\d{1,9}[smhd]?$/;
const DURATION_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const durationSeconds = (value: string) => {
  const unit = /[smhd]$/.test(value) ? (value.slice(-1) as keyof typeof DURATION_SECONDS) : 's';
  return Number.parseInt(value, 10) * DURATION_SECONDS[unit];
};

/** How callers authenticate, and when their failures become an alert (property name = variable name). */
export class AuthConfig {
  /** Read for the production rules below; validated (and documented) with the foundation's variables. */
  @IsOptional() @IsString() KLEPAAS_ENV?: string;

  @IsIn(AUTH_MODES, { message: `must be one of ${AUTH_MODES.join(' | ')}` })
  KLEPAAS_AUTH_MODE: (typeof AUTH_MODES)[number] = 'jwt';
  @IsOptional() @IsString() KLEPAAS_JWT_SECRET?: string;
  @IsOptional() @IsString() KLEPAAS_JWT_PUBLIC_KEY?: string;
  @IsOptional() @IsString() KLEPAAS_JWT_ISSUER?: string;
  @IsOptional() @IsString() KLEPAAS_JWT_AUDIENCE?: string;
  /** Longest token lifetime accepted (exp − iat, and exp − now): `90m`, `24h`, `7d` or seconds. */
  @Matches(DURATION, { message: 'must be a duration such as 3600, 90m, 24h or 7d (1 minute to 365 days)' })
  KLEPAAS_JWT_MAX_LIFETIME: string = '24h';

  /** Alert after this many 401/403 from one caller within the window; 0 disables. */
  @Transform(toInt) @IsInt() @Min(0) @Max(100000) KLEPAAS_AUTH_FAILURE_ALERT_THRESHOLD: number = 10;
  @Transform(toInt) @IsInt() @Min(1) @Max(86400) KLEPAAS_AUTH_FAILURE_ALERT_WINDOW_SECONDS: number = 300;

  /** Rules that span several variables. */
  crossCheck(): string[] {
    const problems: string[] = [];
    if (this.KLEPAAS_AUTH_MODE === 'header' && this.isProduction) {
      problems.push(
        'KLEPAAS_AUTH_MODE: header mode trusts X-User-Id/X-Scopes and is refused when KLEPAAS_ENV=production; use jwt',
      );
    }
    problems.push(...this.keyProblems());
    if (DURATION.test(this.KLEPAAS_JWT_MAX_LIFETIME)) {
      const seconds = durationSeconds(this.KLEPAAS_JWT_MAX_LIFETIME);
      if (seconds < 60 || seconds > 365 * 86400)
        problems.push('KLEPAAS_JWT_MAX_LIFETIME: must be between 1 minute and 365 days');
    }
    return problems;
  }

  /** jwt mode needs exactly one verification key, a usable one. */
  private keyProblems(): string[] {
    const problems: string[] = [];
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
    if (this.isProduction && this.KLEPAAS_JWT_SECRET && this.KLEPAAS_JWT_SECRET.length < 32) {
      problems.push('KLEPAAS_JWT_SECRET: must be at least 32 characters in production');
    }
    return problems;
  }

  get jwtMaxLifetimeSeconds(): number {
    return durationSeconds(this.KLEPAAS_JWT_MAX_LIFETIME);
  }

  get isProduction(): boolean {
    return this.KLEPAAS_ENV === 'production';
  }
}
