import { readFileSync, writeFileSync } from 'node:fs';
import { Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_SCOPES } from '../../src/modules/auth/auth.decorators.js';
import { SCOPES } from '../../src/modules/auth/scopes.js';
import { controllerRoutes } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The only routes allowed without a scope. A new public route must be added here on purpose. */
const PUBLIC_ROUTES = new Set([
  'GET /api/v1/health',
  'GET /api/v1/version',
  'GET /api/v1/healthz',
  'GET /api/v1/readyz',
  'GET /metrics',
  'POST /api/v1/cicd/webhook',
  'GET /.well-known/oauth-protected-resource',
  'GET /mcp/info',
]);

function walkRoutes(t: TestApp): { route: string; access: string[] | 'public' | 'none' }[] {
  const reflector = t.app.get(Reflector);
  return controllerRoutes(t.app).map(({ route, controller, handler }) => {
    const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [handler as never, controller]);
    const scopes = reflector.getAllAndOverride<string[]>(REQUIRED_SCOPES, [handler as never, controller]);
    return { route, access: isPublic ? 'public' : scopes?.length ? scopes : 'none' };
  });
}

/**
 * Every route with its scopes, committed: a changed scope (say deploy:write → deploy:read) fails here until the
 * file is rewritten on purpose with KLEPAAS_UPDATE_ROUTE_SCOPES=1 and the change is reviewed in the diff.
 */
const ROUTE_SCOPES_FILE = new URL('./route-scopes.json', import.meta.url);

describe('every route declares its scopes (deny by default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  it('no route lacks a scope; only the allow-listed routes are public; every scope is in the catalogue', () => {
    const routes = walkRoutes(t);
    expect(routes.length).toBeGreaterThan(5);
    expect(routes.filter((r) => r.access === 'none')).toEqual([]);
    expect(routes.filter((r) => r.access === 'public' && !PUBLIC_ROUTES.has(r.route))).toEqual([]);
    const unknown = routes
      .flatMap((r) => (Array.isArray(r.access) ? r.access : []))
      .filter((s) => !(s in SCOPES));
    expect(unknown).toEqual([]);
  });

  it('the route → scopes map is the committed one (test/e2e/route-scopes.json)', () => {
    const actual = Object.fromEntries(walkRoutes(t).map((r) => [r.route, r.access]));
    if (process.env.KLEPAAS_UPDATE_ROUTE_SCOPES === '1')
      writeFileSync(ROUTE_SCOPES_FILE, `${JSON.stringify(actual, null, 2)}\n`);
    const committed = JSON.parse(readFileSync(ROUTE_SCOPES_FILE, 'utf8')) as Record<string, unknown>;
    expect(actual).toEqual(committed);
  });

  it("README's scope table lists exactly the scope catalogue", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('<!-- section:auth -->'),
      readme.indexOf('<!-- /section:auth -->'),
    );
    const documented = [...section.matchAll(/^\| `([a-z*]+:[a-z*]+)` \| (.+) \|$/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(Object.fromEntries(documented)).toEqual(SCOPES);
  });
});
