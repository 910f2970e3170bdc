import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** The raw environment the service was started with (process.env, or a test's own map). */
export type RawEnv = Record<string, string | undefined>;

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigValidationError';
  }
}

function describe(error: ValidationError): string {
  const got = error.value === undefined ? '' : ` (got ${JSON.stringify(error.value)})`;
  // class-validator starts its default messages with the property name; the line already does.
  const why = Object.values(error.constraints ?? {})
    .map((m) => (m.startsWith(`${error.property} `) ? m.slice(error.property.length + 1) : m))
    .join('; ');
  return `${error.property}: ${why}${got}`;
}

/**
 * Validates environment variables into a typed config class whose property names ARE the variable
 * names (class-validator decorators describe what is allowed). Empty strings count as unset, so
 * `FOO=` in a .env file falls back to the default. Throws one error that lists every bad variable.
 */
export function validateEnv<T extends object>(cls: new () => T, raw: RawEnv): T {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const instance = plainToInstance(cls, present, {
    exposeDefaultValues: true,
    enableImplicitConversion: false,
  });
  const errors = validateSync(instance, { whitelist: false, skipMissingProperties: false });
  const problems = errors.map(describe);
  const check = (instance as { crossCheck?: () => string[] }).crossCheck;
  if (typeof check === 'function') problems.push(...check.call(instance));
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return instance;
}

/**
 * Validates several config classes against one environment and reports every bad variable of all of them
 * in one error, so a bad value stops startup with one message — not a stack trace from the injector after
 * connections were opened.
 */
export function validateAll(classes: readonly (new () => object)[], raw: RawEnv): object[] {
  const problems: string[] = [];
  const instances = classes.map((cls) => {
    try {
      return validateEnv(cls, raw);
    } catch (err) {
      if (!(err instanceof ConfigValidationError)) throw err;
      problems.push(...err.problems);
      return undefined;
    }
  });
  if (problems.length > 0) throw new ConfigValidationError(problems);
  return instances as object[];
}

/** Transform helpers for class-transformer: env values are strings. */
export const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
export const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};
export const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;
