/** The three environments every app can run in; the apps module owns their names, aliases and namespaces. */
export const ENVIRONMENTS = ['development', 'staging', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

/**
 * Every alias a caller may write for an environment, Korean and English, lower-cased; canonical names map to
 * themselves. REST, MCP and CI/CD resolve these, and the NL interpreter reads them (plus its own spellings).
 */
export const ENVIRONMENT_ALIASES: Record<Environment, readonly string[]> = {
  development: ['development', '개발', '개발계', 'dev', 'develop'],
  staging: ['staging', '스테이징', 'stg', 'stage'],
  production: ['production', '운영', '운영계', '프로덕션', 'prod', 'prd', 'live'],
};
