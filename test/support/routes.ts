import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** One route of a controller: `route` is `METHOD /path` (`GET /api/v1/apps/:name`). */
export interface ControllerRoute {
  route: string;
  method: string;
  controller: Type;
  handler: object;
}

export const joinPath = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`;

/** Every route of every controller of the running app, read from Nest's own metadata, sorted. */
export function controllerRoutes(app: NestExpressApplication): ControllerRoute[] {
  const scanner = new MetadataScanner();
  const routes: ControllerRoute[] = [];
  const wrappers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  for (const wrapper of wrappers) {
    const controller = wrapper.metatype as Type | undefined;
    if (!controller) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    const proto = controller.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name] as object;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
      for (const p of Array.isArray(path) ? path : [path])
        routes.push({ route: `${method} ${joinPath(base, p)}`, method, controller, handler });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

interface ExpressLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the Express router serves (`METHOD /path`, sorted): what requests can actually reach. */
export function expressRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack
    .flatMap(({ route }) =>
      route
        ? Object.keys(route.methods).map((m) => `${m === '_all' ? 'ALL' : m.toUpperCase()} ${route.path}`)
        : [],
    )
    .sort((a, b) => a.localeCompare(b));
}
