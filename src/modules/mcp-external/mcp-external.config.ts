import { Transform } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { OutboundPolicy } from '../../common/outbound/outbound-policy.js';
import { toInt, toList } from '../../config/env-validation.js';
import { parseSecretsKey } from './secret-box.js';

/** Environment of the external MCP connectors (property name = variable name). */
export class McpExternalConfig {
  /** 32-byte key (64 hex chars or base64) for AES-256-GCM of provider secrets; unset = secrets refused. */
  @IsOptional() @IsString() KLEPAAS_SECRETS_KEY?: string;
  /** Hosts allowed even though they are private/loopback: `host`, `host:port`, IPs, `[v6]:port`. */
  @Transform(toList) @IsArray() @IsString({ each: true }) KLEPAAS_MCP_ALLOWED_HOSTS: string[] = [];
  /** Default overall deadline of one external call, retries included. */
  @Transform(toInt) @IsInt() @Min(100) @Max(600000) KLEPAAS_MCP_EXTERNAL_TIMEOUT_MS: number = 30000;
  /** How long a replica trusts its cached copy of a provider row before re-reading the database. */
  @Transform(toInt) @IsInt() @Min(0) @Max(600000) KLEPAAS_MCP_REGISTRY_REFRESH_MS: number = 5000;

  @IsOptional()
  @Matches(/^\d+$/, { message: 'must be the numeric GitHub App id' })
  KLEPAAS_GITHUB_APP_ID?: string;
  /** PEM (PKCS#1 or PKCS#8); `\n` escapes are accepted. */
  @IsOptional() @IsString() KLEPAAS_GITHUB_APP_PRIVATE_KEY?: string;
  @IsOptional()
  @Matches(/^\d+$/, { message: 'must be the numeric installation id' })
  KLEPAAS_GITHUB_APP_INSTALLATION_ID?: string;
  /** GitHub REST API base (GitHub Enterprise: https://HOST/api/v3). */
  @Matches(/^https?:\/\//, { message: 'must be an http(s) URL' })
  KLEPAAS_GITHUB_API_URL: string = 'https://api.github.com';
  /** Base URL of the GitHub MCP server; when set, a provider named `github` is configured from env. */
  @IsOptional()
  @Matches(/^https?:\/\//, { message: 'must be an http(s) URL' })
  KLEPAAS_GITHUB_MCP_URL?: string;
  /** Static token (PAT / fine-grained) instead of App credentials. */
  @IsOptional() @IsString() KLEPAAS_GITHUB_TOKEN?: string;
  /** Installation tokens are refreshed this many seconds before they expire. */
  @Transform(toInt) @IsInt() @Min(0) @Max(3000) KLEPAAS_GITHUB_TOKEN_REFRESH_MARGIN_SEC: number = 300;

  crossCheck(): string[] {
    const problems: string[] = [];
    for (const p of OutboundPolicy.problems(this.KLEPAAS_MCP_ALLOWED_HOSTS))
      problems.push(`KLEPAAS_MCP_ALLOWED_HOSTS: ${p} (use host, host:port, an IP or [IPv6]:port)`);
    if (this.KLEPAAS_SECRETS_KEY && !parseSecretsKey(this.KLEPAAS_SECRETS_KEY))
      problems.push('KLEPAAS_SECRETS_KEY: must be 32 bytes, as 64 hex characters or base64');
    const app = [
      this.KLEPAAS_GITHUB_APP_ID,
      this.KLEPAAS_GITHUB_APP_PRIVATE_KEY,
      this.KLEPAAS_GITHUB_APP_INSTALLATION_ID,
    ];
    if (app.some(Boolean) && !app.every(Boolean))
      problems.push(
        'KLEPAAS_GITHUB_APP_ID: GitHub App auth needs KLEPAAS_GITHUB_APP_ID, KLEPAAS_GITHUB_APP_PRIVATE_KEY and KLEPAAS_GITHUB_APP_INSTALLATION_ID together',
      );
    if (this.KLEPAAS_GITHUB_MCP_URL && !this.KLEPAAS_GITHUB_TOKEN && !app.every(Boolean))
      problems.push(
        'KLEPAAS_GITHUB_MCP_URL: needs GitHub App credentials (KLEPAAS_GITHUB_APP_*) or KLEPAAS_GITHUB_TOKEN',
      );
    return problems;
  }

  get secretsKey(): Buffer | undefined {
    return this.KLEPAAS_SECRETS_KEY ? parseSecretsKey(this.KLEPAAS_SECRETS_KEY) : undefined;
  }

  get githubPrivateKey(): string | undefined {
    return this.KLEPAAS_GITHUB_APP_PRIVATE_KEY?.replace(/\\n/g, '\n');
  }
}
