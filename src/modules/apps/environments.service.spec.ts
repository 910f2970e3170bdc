import { ConfigValidationError, validateEnv } from '../../config/env-validation.js';
import { AppsConfig } from './apps.config.js';
import { EnvironmentsService } from './environments.service.js';

const make = (env: Record<string, string> = {}) => new EnvironmentsService(validateEnv(AppsConfig, env));

describe('EnvironmentsService', () => {
  it.each([
    ['개발', 'development'],
    ['dev', 'development'],
    ['Develop', 'development'],
    ['스테이징', 'staging'],
    ['stg', 'staging'],
    ['stage', 'staging'],
    ['운영', 'production'],
    ['운영계', 'production'],
    ['프로덕션', 'production'],
    ['prod', 'production'],
    ['PRD', 'production'],
    [' live ', 'production'],
    ['production', 'production'],
  ])('resolves %s to %s', (alias, env) => {
    expect(make().resolve(alias)).toBe(env);
  });

  it('rejects unknown names with a 400 naming the known aliases', () => {
    expect(() => make().resolve('moon')).toThrow(/Unknown environment "moon".*운영/);
    expect(make().tryResolve('moon')).toBeNull();
  });

  it('maps environments to namespaces, configurable', () => {
    expect(make().namespaceMap()).toEqual({
      development: 'dev',
      staging: 'staging',
      production: 'production',
    });
    const custom = make({ KLEPAAS_ENV_NAMESPACES: 'development=team-dev, production=prod-ns' });
    expect(custom.namespaceMap()).toEqual({
      development: 'team-dev',
      staging: 'staging',
      production: 'prod-ns',
    });
    expect(() => validateEnv(AppsConfig, { KLEPAAS_ENV_NAMESPACES: 'qa=x' })).toThrow(ConfigValidationError);
    expect(() => validateEnv(AppsConfig, { KLEPAAS_ENV_NAMESPACES: 'staging=Bad_NS' })).toThrow(
      /KLEPAAS_ENV_NAMESPACES/,
    );
  });

  it('defaults to staging, may be development, never production', () => {
    expect(make().resolveOrDefault(undefined)).toBe('staging');
    expect(make().resolveOrDefault('')).toBe('staging');
    expect(make({ KLEPAAS_DEFAULT_ENVIRONMENT: 'development' }).resolveOrDefault(null)).toBe('development');
    expect(() => validateEnv(AppsConfig, { KLEPAAS_DEFAULT_ENVIRONMENT: 'production' })).toThrow(
      /KLEPAAS_DEFAULT_ENVIRONMENT: must be development or staging/,
    );
  });
});
