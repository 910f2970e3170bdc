import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { ApplicationConfig } from '@nestjs/core';
import { MUTATING_ROUTE_INTERCEPTORS } from '../../src/modules/audit/mutating-route.decorator.js';
import { controllerRoutes, expressRoutes, type ControllerRoute } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Methods whose requests can carry a body or change state: audited, body parsed (@MutatingRoute()). */
const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'ALL']);

const nameOf = (interceptor: unknown) =>
  typeof interceptor === 'function' ? interceptor.name : (interceptor as object).constructor.name;

/** The interceptors a request to the route runs through, outermost first, in the order Nest chains them. */
function chainOf(t: TestApp, { controller, handler }: ControllerRoute): string[] {
  const own = (target: object) => (Reflect.getMetadata(INTERCEPTORS_METADATA, target) ?? []) as unknown[];
  const global = t.app.get(ApplicationConfig).getGlobalInterceptors();
  return [...global, ...own(controller), ...own(handler)].map(nameOf);
}

/**
 * Audit and body parsing are bound per route, so a read runs through no interceptor chain (rxjs and Nest's
 * interceptor consumer cost ~40 µs of CPU per probe). Every route of the real app is checked, /mcp's included:
 * a new mutating route without @MutatingRoute() would go unaudited and could not read its body.
 */
describe('audit and body parsing are bound to exactly the mutating routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.destroy());

  const mutating = MUTATING_ROUTE_INTERCEPTORS.map((i) => i.name);

  it('every POST/PUT/PATCH/DELETE/ALL route runs them first, in order, and nothing else runs them', () => {
    const routes = controllerRoutes(t.app);
    expect(routes.filter((r) => MUTATING_METHODS.has(r.method)).length).toBeGreaterThan(15);
    expect(routes.some((r) => r.route === 'POST /mcp')).toBe(true);
    const wrong = routes.flatMap((route) => {
      const chain = chainOf(t, route);
      const expected = MUTATING_METHODS.has(route.method)
        ? [...mutating, ...chain.filter((name) => !mutating.includes(name))]
        : chain.filter((name) => !mutating.includes(name));
      return chain.join() === expected.join() ? [] : [`${route.route}: ${chain.join(' → ') || '(none)'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('no interceptor is global: a probe builds no chain', () => {
    expect(t.app.get(ApplicationConfig).getGlobalInterceptors().map(nameOf)).toEqual([]);
    const probes = controllerRoutes(t.app).filter((r) =>
      /^GET \/api\/v1\/(health|healthz|readyz)$/.test(r.route),
    );
    expect(probes.map((r) => [r.route, chainOf(t, r)])).toEqual([
      ['GET /api/v1/health', []],
      ['GET /api/v1/healthz', []],
      ['GET /api/v1/readyz', []],
    ]);
  });

  it('the routes checked are all the routes Express serves, but for the Swagger UI (GET /docs…)', () => {
    const checked = controllerRoutes(t.app).map((r) => r.route);
    const served = expressRoutes(t.app);
    expect(checked.filter((r) => !served.includes(r))).toEqual([]);
    expect(served.filter((r) => !checked.includes(r) && !/^GET \/docs/.test(r))).toEqual([]);
  });
});
