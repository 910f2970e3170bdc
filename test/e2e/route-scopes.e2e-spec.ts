import { readFileSync, writeFileSync } from 'node:fs';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { PUBLIC_ROUTE, REQUIRED_SCOPES } from '../../src/modules/auth/auth.decorators.js';
import { SCOPES } from '../../src/modules/auth/scopes.js';
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

const joinPath = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`;

function walkRoutes(t: TestApp): { route: string; access: string[] | 'public' | 'none' }[] {
  const modules = t.app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const reflector = t.app.get(Reflector);
  const routes: { route: string; access: string[] | 'public' | 'none' }[] = [];
  const controllers = [...modules.values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of controllers) {
    const cls = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
    if (!cls) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
    const proto = cls.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      for (const p of Array.isArray(path) ? path : [path]) {
        const route = `${method} ${joinPath(base, p)}`;
        const isPublic = reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [handler as never, cls]);
        const scopes = reflector.getAllAndOverride<string[]>(REQUIRED_SCOPES, [handler as never, cls]);
        routes.push({ route, access: isPublic ? 'public' : scopes?.length ? scopes : 'none' });
      }
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
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
