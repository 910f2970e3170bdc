import { IsIn, IsString, Matches } from 'class-validator';

const NON_PRODUCTION = ['development', 'staging'] as const;

export class AppsConfig {
  /** environment=namespace pairs; environments not listed keep their default namespace. */
  @IsString()
  @Matches(/^\s*((development|staging|production)\s*=\s*[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\s*(,\s*|$))*$/, {
    message:
      'must be environment=namespace pairs, e.g. development=dev,staging=staging,production=production',
  })
  KLEPAAS_ENV_NAMESPACES: string = 'development=dev,staging=staging,production=production';
  /** Environment used when a request names none; never production. */
  @IsIn(NON_PRODUCTION, { message: 'must be development or staging (never production)' })
  KLEPAAS_DEFAULT_ENVIRONMENT: (typeof NON_PRODUCTION)[number] = 'staging';
}
