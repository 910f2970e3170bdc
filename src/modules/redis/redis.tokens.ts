/** The shared Redis client (ioredis), or null when KLEPAAS_REDIS_URL is unset. */
export const REDIS = Symbol('REDIS');
