/** The three environments every app can run in; the apps module owns their names, aliases and namespaces. */
export const ENVIRONMENTS = ['development', 'staging', 'production'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
