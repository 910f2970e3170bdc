import { SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './test-app.js';

export interface TokenOptions {
  sub?: string;
  scope?: string;
  scopes?: string[];
  expiresIn?: string | number;
  issuer?: string;
  audience?: string;
  secret?: string;
}

/** An HS256 token as an identity provider would issue it. */
export async function signToken(options: TokenOptions = {}): Promise<string> {
  const claims: Record<string, unknown> = {};
  if (options.scope !== undefined) claims.scope = options.scope;
  if (options.scopes !== undefined) claims.scopes = options.scopes;
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setSubject(options.sub ?? 'alice');
  jwt = jwt.setExpirationTime(options.expiresIn ?? '10m');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

export const bearer = async (options: TokenOptions = {}) => `Bearer ${await signToken(options)}`;

/** README's scopes for an agent's token: every MCP tool (no wildcards). */
export const AGENT_SCOPES = 'mcp:read mcp:execute deploy:read deploy:write nlp:read nlp:execute';
/** README's scopes for a read-only agent: the read tools and resources. */
export const AGENT_READ_SCOPES = 'mcp:read deploy:read nlp:read';
