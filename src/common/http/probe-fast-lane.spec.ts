import 'reflect-metadata';
import { jest } from '@jest/globals';
import { Controller, Get, Header, HttpCode, Post, Query, UseGuards, type CanActivate } from '@nestjs/common';
import { fastLaneOf, ProbeFastLane, type RouteReplier } from './probe-fast-lane.js';

class NoGuard implements CanActivate {
  canActivate(): boolean {
    return true;
  }
}

@Controller('/api/v1/')
class Probes {
  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  liveness() {
    return { status: 'ok' };
  }

  @Get('health')
  overall() {
    return Promise.resolve({ status: 'ok' });
  }

  @Get('health')
  @UseGuards(NoGuard)
  guarded() {
    return {};
  }

  @Get('health')
  @HttpCode(204)
  noContent() {
    return {};
  }

  @Post('healthz')
  posted() {
    return {};
  }

  @Get('health')
  withQuery(@Query('x') x: string) {
    return { x };
  }

  @Get('health')
  failing(): object {
    throw new Error('not ready');
  }

  @Get('health')
  rejecting(): Promise<object> {
    return Promise.reject(new Error('still not ready'));
  }

  @Get('version')
  logged() {
    return {};
  }
}

const everyonePublic = () => true;

describe('probe fast lane', () => {
  it('reads the path and @Header from the controller and calls its method', () => {
    const lane = fastLaneOf(new Probes(), 'liveness', everyonePublic);
    expect(lane.route).toBe('/api/v1/healthz');
    expect(lane.headers).toEqual([{ name: 'Cache-Control', value: 'no-store' }]);
    expect(lane.handler()).toEqual({ status: 'ok' });
  });

  it.each(['guarded', 'noContent', 'posted', 'withQuery'])(
    'refuses a route Nest would do more for: %s',
    (method) => {
      expect(() => fastLaneOf(new Probes(), method, everyonePublic)).toThrow(/probe fast lane/);
    },
  );

  it('refuses a route the guard would have to authorise, and a logged path', () => {
    expect(() => fastLaneOf(new Probes(), 'liveness', () => false)).toThrow(/not public/);
    const version = fastLaneOf(new Probes(), 'logged', everyonePublic);
    expect(() => new ProbeFastLane([version], {} as RouteReplier)).toThrow(/logged per request/);
  });

  it('matches a GET of the path as the router does: any case, one trailing slash, any query', () => {
    const fast = new ProbeFastLane(
      [fastLaneOf(new Probes(), 'liveness', everyonePublic)],
      {} as RouteReplier,
    );
    for (const url of ['/api/v1/healthz', '/API/V1/HealthZ', '/api/v1/healthz/', '/api/v1/healthz?x=1'])
      expect(fast.match('GET', url)?.route).toBe('/api/v1/healthz');
    for (const [method, url] of [
      ['HEAD', '/api/v1/healthz'],
      ['POST', '/api/v1/healthz'],
      ['GET', '/api/v1/healthz//'],
      ['GET', '/api/v1/healthzz'],
      ['GET', '/api/v1/health%7A'],
    ])
      expect(fast.match(method, url)).toBeUndefined();
  });

  it('answers through the adapter in the router order, awaits a promise, passes an exception on', async () => {
    const calls: unknown[][] = [];
    const adapter: RouteReplier = {
      status: (_res, code) => calls.push(['status', code]),
      setHeader: (_res, name, value) => calls.push(['setHeader', name, value]),
      reply: (_res, body, code) => calls.push(['reply', body, code]),
    };
    const probes = new Probes();
    const fast = new ProbeFastLane(
      [fastLaneOf(probes, 'liveness', everyonePublic), fastLaneOf(probes, 'overall', everyonePublic)],
      adapter,
    );
    const res = {} as never;
    const next = jest.fn();
    fast.answer(fast.match('GET', '/api/v1/healthz')!, res, next);
    expect(calls).toEqual([
      ['status', 200],
      ['setHeader', 'Cache-Control', 'no-store'],
      ['reply', { status: 'ok' }, 200],
    ]);
    calls.length = 0;
    fast.answer(fast.match('GET', '/api/v1/health')!, res, next);
    await Promise.resolve();
    expect(calls).toEqual([
      ['status', 200],
      ['reply', { status: 'ok' }, 200],
    ]);
    for (const method of ['failing', 'rejecting']) {
      const failing = new ProbeFastLane([fastLaneOf(probes, method, everyonePublic)], adapter);
      const next = jest.fn();
      failing.answer(failing.match('GET', '/api/v1/health')!, res, next);
      await Promise.resolve();
      expect(next).toHaveBeenCalledWith(
        expect.objectContaining({ message: expect.stringMatching(/not ready/) }),
      );
    }
  });
});
