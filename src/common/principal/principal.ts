import type { Request } from 'express';

/** Who is calling: set on `request.user` by the global guard. */
export interface Principal {
  userId: string;
  scopes: string[];
  method: 'jwt' | 'header';
}

/** The principal of a caller known by id and scopes (an MCP session's caller); JWT unless it says otherwise. */
export function principalOf(caller: {
  userId: string;
  scopes: string[];
  method?: Principal['method'];
}): Principal {
  return { userId: caller.userId, scopes: caller.scopes, method: caller.method ?? 'jwt' };
}

/** The authenticated principal of a request, if the guard got that far. */
export function requestPrincipal(req: Request): Principal | undefined {
  return req.user as Principal | undefined;
}
