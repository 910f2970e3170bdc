import { IsOptional, Matches } from 'class-validator';

/** Optional Redis for state shared by several replicas (property name = variable name). */
export class RedisConfig {
  @IsOptional()
  @Matches(/^rediss?:\/\//, { message: 'must be redis://host:port[/db] or rediss://…' })
  KLEPAAS_REDIS_URL?: string;
}
