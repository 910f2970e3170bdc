import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsInt, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { toBool, toInt, toList } from '../../config/env-validation.js';

/** The MCP server's environment variables (property name = variable name). */
export class McpServerConfig {
  /** One server + transport per request, no Mcp-Session-Id: for several replicas behind a load balancer. */
  @Transform(toBool) @IsBoolean() KLEPAAS_MCP_STATELESS: boolean = false;

  /**
   * Origins allowed to reach /mcp (DNS-rebinding protection); requests without Origin (desktop agents,
   * CLIs) are allowed. `scheme://host:*` allows any port; `*` allows every origin (not recommended).
   */
  @Transform(toList)
  @IsArray()
  @Matches(/^(\*|https?:\/\/(\[[0-9a-f:]+\]|[a-z0-9.-]+)(:(\d{1,5}|\*))?)$/i, {
    each: true,
    message:
      'must be a comma-separated list of origins such as https://app.example.com, http://localhost:* or *',
  })
  KLEPAAS_MCP_ALLOWED_ORIGINS: string[] = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

  /** A session nobody used for this long is closed (its server and streams released). */
  @Transform(toInt) @IsInt() @Min(500) @Max(86_400_000) KLEPAAS_MCP_SESSION_IDLE_TIMEOUT_MS: number =
    1_800_000;

  /** Upper bound on open sessions; initialize beyond it answers 503. */
  @Transform(toInt) @IsInt() @Min(1) @Max(100_000) KLEPAAS_MCP_MAX_SESSIONS: number = 1000;

  /** Authorization server issuer URL(s) published in /.well-known/oauth-protected-resource (RFC 9728). */
  @Transform(toList)
  @IsArray()
  @IsString({ each: true })
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true, message: 'must be absolute URLs' })
  KLEPAAS_MCP_AUTHORIZATION_SERVERS: string[] = [];

  /**
   * Redis pub/sub channel that carries deployment changes between replicas (resource subscriptions).
   * Redis pub/sub ignores the database number, so installations sharing one Redis need distinct names.
   */
  @IsString()
  @Matches(/^[\w:.-]{1,200}$/, { message: 'must be 1-200 characters of letters, digits, _ : . -' })
  KLEPAAS_MCP_REDIS_CHANNEL: string = 'klepaas:mcp:resource-updated';
}
