import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpMethod, RequestContext } from '@kubernetes/client-node';
import { kubeHttpLibrary } from './kube-http-library.js';
import { mapKubeError } from './kubernetes.errors.js';

describe('kubeHttpLibrary (the API clients over undici request, not fetch)', () => {
  let server: Server;
  let base: string;
  const seen: { method?: string; url?: string; body: string; headers: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, body, headers: req.headers });
        if (req.url === '/moved') return void res.writeHead(307, { location: '/ok?from=moved' }).end();
        // closed unanswered once, as an idle close crossing the request on the wire
        if (req.url === '/closed-once' && seen.length === 1) return void req.socket.destroy();
        res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ path: req.url }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => (seen.length = 0));

  const send = (ctx: RequestContext) => kubeHttpLibrary().send(ctx).toPromise();

  it('sends method, path with query, headers and body, and answers status, headers and body', async () => {
    const ctx = new RequestContext(`${base}/apis/apps/v1/x?labelSelector=a%3Db`, HttpMethod.PATCH);
    ctx.setHeaderParam('Content-Type', 'application/merge-patch+json');
    ctx.setBody('{"spec":{}}');
    const res = await send(ctx);
    expect(res.httpStatusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(await res.body.text())).toEqual({ path: '/apis/apps/v1/x?labelSelector=a%3Db' });
    expect((await res.body.binary()).length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({
      method: 'PATCH',
      body: '{"spec":{}}',
      headers: { 'content-type': 'application/merge-patch+json' },
    });
  });

  it('answers error statuses as they are (the generated client makes its ApiException)', async () => {
    const res = await send(new RequestContext(`${base}/missing`, HttpMethod.GET));
    expect(res.httpStatusCode).toBe(404);
  });

  it('follows a redirect as fetch did', async () => {
    const res = await send(new RequestContext(`${base}/moved`, HttpMethod.GET));
    expect(res.httpStatusCode).toBe(200);
    expect(JSON.parse(await res.body.text())).toEqual({ path: '/ok?from=moved' });
  });

  it('sends a read again, once, when its connection was closed before any response', async () => {
    const res = await send(new RequestContext(`${base}/closed-once`, HttpMethod.GET));
    expect(res.httpStatusCode).toBe(200);
    expect(seen.map((r) => r.url)).toEqual(['/closed-once', '/closed-once']);
  });

  it('does not send a write again (the server may have applied it)', async () => {
    const ctx = new RequestContext(`${base}/closed-once`, HttpMethod.POST);
    ctx.setBody('{}');
    const err = await send(ctx).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toMatch(/^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/);
    expect(seen).toHaveLength(1);
  });

  it('keeps the network error code that maps to cluster_unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const err = await send(new RequestContext(`http://127.0.0.1:${port}/api`, HttpMethod.GET)).catch(
      (e: unknown) => e,
    );
    expect(mapKubeError(err, { verb: 'get', resource: 'pods' })).toMatchObject({
      status: 503,
      code: 'cluster_unreachable',
      details: { verb: 'get', resource: 'pods' },
    });
    expect((err as { code?: string }).code).toBe('ECONNREFUSED');
  });
});
