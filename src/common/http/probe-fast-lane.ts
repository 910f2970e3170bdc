import {
  EXCEPTION_FILTERS_METADATA,
  GUARDS_METADATA,
  HEADERS_METADATA,
  HTTP_CODE_METADATA,
  INTERCEPTORS_METADATA,
  METHOD_METADATA,
  PATH_METADATA,
  PIPES_METADATA,
  REDIRECT_METADATA,
  RENDER_METADATA,
  ROUTE_ARGS_METADATA,
  SSE_METADATA,
  VERSION_METADATA,
} from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import type { Response } from 'express';
import { isQuietRequest, requestPath } from '../logging/logging.module.js';

/**
 * The probe fast lane: a few public, argument-less `GET` routes (liveness, health) answered by the entry
 * middleware, before Express's router and Nest's route pipeline — which, for a probe, cost more than
 * everything the service itself does (a bare NestJS app is itself ~0.75 of bare Express).
 *
 * Nothing is written twice: each lane is read from the controller's own decorators at start-up (its path,
 * `@Header`s) and answers by calling the controller's own method, so the body is the route's. What the
 * entry middleware does for every request (request id, metrics timer with the route's template as its
 * label, `%00` refusal, the request logger's quiet-path skip) happens before, as for the routed request.
 * A route qualifies only if nothing else would run for it in Nest (no guard, interceptor, pipe, filter,
 * argument, status code, redirect, version or render of its own; public for the global scope guard):
 * otherwise start-up fails rather than answer differently. The answer goes through Nest's own HTTP
 * adapter calls and an exception (a 503 `not_ready`) through Nest's exception layer, so the response is
 * the router's, byte for byte.
 */
export interface FastLane {
  /** The route's template as Express/Nest label it in metrics (`/api/v1/healthz`). */
  readonly route: string;
  readonly headers: ReadonlyArray<{ name: string; value: string | (() => string) }>;
  readonly handler: () => unknown;
}

type Handler = (...args: unknown[]) => unknown;

/** Route metadata that would make Nest do more for the route than call it and reply. */
const NOT_FAST_LANE = [
  GUARDS_METADATA,
  INTERCEPTORS_METADATA,
  PIPES_METADATA,
  EXCEPTION_FILTERS_METADATA,
  ROUTE_ARGS_METADATA,
  HTTP_CODE_METADATA,
  REDIRECT_METADATA,
  RENDER_METADATA,
  SSE_METADATA,
  VERSION_METADATA,
];

const trimSlashes = (p: string) => p.replace(/^\/+|\/+$/g, '');

/**
 * The lane of one controller method, from its decorators. `isPublic` is the global guard's rule for
 * (handler, controller class): a route the guard would have to authorise is never fast-laned.
 */
export function fastLaneOf(
  controller: object,
  methodName: string,
  isPublic: (handler: Handler, controllerClass: object) => boolean,
): FastLane {
  const cls = controller.constructor;
  const handler = (controller as Record<string, Handler>)[methodName];
  const name = `${cls.name}.${methodName}`;
  if (typeof handler !== 'function') throw new Error(`probe fast lane: ${name} is not a method`);
  if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET || handler.length > 0)
    throw new Error(`probe fast lane: ${name} is not an argument-less GET route`);
  for (const key of NOT_FAST_LANE) {
    const onMethod = Reflect.getMetadata(key, handler) as unknown;
    const onClass = key === ROUTE_ARGS_METADATA ? undefined : (Reflect.getMetadata(key, cls) as unknown);
    const declared = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);
    if (declared(onMethod) || declared(onClass))
      throw new Error(`probe fast lane: ${name} declares ${key}; the router must answer it`);
  }
  if (!isPublic(handler, cls)) throw new Error(`probe fast lane: ${name} is not public`);
  const paths = [Reflect.getMetadata(PATH_METADATA, cls), Reflect.getMetadata(PATH_METADATA, handler)];
  if (!paths.every((p) => typeof p === 'string'))
    throw new Error(`probe fast lane: ${name} has no single path`);
  const route = '/' + (paths as string[]).map(trimSlashes).filter(Boolean).join('/');
  const headers = (Reflect.getMetadata(HEADERS_METADATA, handler) as FastLane['headers'] | undefined) ?? [];
  return { route, headers, handler: () => handler.call(controller) };
}

/** What Nest's router calls on its HTTP adapter to answer a route (the adapter itself is passed). */
export interface RouteReplier {
  status(res: Response, statusCode: number): unknown;
  setHeader(res: Response, name: string, value: string): unknown;
  reply(res: Response, body: unknown, statusCode?: number): unknown;
}

/** The fast lanes, found by the request path the way the router matches it (any case, one trailing slash). */
export class ProbeFastLane {
  private readonly lanes = new Map<string, FastLane>();

  constructor(
    lanes: FastLane[],
    private readonly adapter: RouteReplier,
  ) {
    for (const lane of lanes) {
      // the entry middleware answers a lane where the request logger would be skipped: only quiet paths
      if (!isQuietRequest('GET', lane.route))
        throw new Error(`probe fast lane: ${lane.route} is logged per request; the router must answer it`);
      this.lanes.set(lane.route.toLowerCase(), lane);
    }
  }

  /** The lane of a `GET` (HEAD and the rest go to the router), or undefined: one Map lookup. */
  match(method: string | undefined, url: string | undefined): FastLane | undefined {
    if (method !== 'GET' || !url) return undefined;
    const path = requestPath(url);
    return this.lanes.get(path) ?? this.lanes.get(path.toLowerCase());
  }

  /**
   * Answers as Nest's router does for such a route, through the same adapter calls in the same order:
   * status 200 and the route's `@Header`s, then the method's value (awaited when it is a promise) through
   * the adapter's `reply`. An exception goes to `next`, which is Nest's exception layer: the application's
   * exception filter answers it as it answers the route's (the route has no filter of its own).
   */
  answer(lane: FastLane, res: Response, next: (err: unknown) => void): void {
    this.adapter.status(res, 200);
    for (const { name, value } of lane.headers)
      this.adapter.setHeader(res, name, typeof value === 'function' ? value() : value);
    let body: unknown;
    try {
      body = lane.handler();
    } catch (err) {
      return next(err);
    }
    if (isThenable(body))
      body.then(
        (value) => this.adapter.reply(res, value, 200),
        (err: unknown) => next(err),
      );
    else this.adapter.reply(res, body, 200);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
