import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createGuardedFetch, type GuardedFetch } from './guarded-fetch.js';
import { OutboundPolicy, parseAllowEntry, type Resolve } from './outbound-policy.js';
import { OutboundRefusedError } from './outbound-refused.error.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

async function serve(
  host: string,
  handler: Handler,
): Promise<{ port: number; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += String(c);
    hits.push(`${req.method} ${req.url}${body ? ` ${body}` : ''}`);
    handler(req, res, body);
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('parseAllowEntry', () => {
  it.each([
    ['127.0.0.1', { host: '127.0.0.1' }],
    ['127.0.0.1:8080', { host: '127.0.0.1', port: 8080 }],
    ['MCP.Internal', { host: 'mcp.internal' }],
    ['mcp.internal:443', { host: 'mcp.internal', port: 443 }],
    ['::1', { host: '::1' }],
    ['[::1]', { host: '::1' }],
    ['[0:0::1]:9000', { host: '::1', port: 9000 }],
  ])('%s', (raw, entry) => expect(parseAllowEntry(raw)).toEqual(entry));

  it.each(['127.0.0.1:0', 'host:99999', 'host:abc', '[nope]:1', 'http://x', 'a b'])('refuses %s', (raw) => {
    expect(typeof parseAllowEntry(raw)).toBe('string');
    expect(OutboundPolicy.problems([raw])).toHaveLength(1);
  });
});

describe('OutboundPolicy.check', () => {
  const resolveTo =
    (...addresses: string[]): Resolve =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it.each([
    'http://127.0.0.1:9000/mcp',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::1]/',
    'http://0.0.0.0/',
    'http://2130706433/', // 127.0.0.1 written as a number
    'http://0x7f.1/',
    'http://localhost:8080/',
    'http://foo.localhost/',
    'file:///etc/passwd',
    'https://u:p@example.com/',
  ])('refuses %s', async (url) => {
    expect((await new OutboundPolicy([], resolveTo('93.184.216.34')).check(url)).ok).toBe(false);
  });

  it('refuses a name when any of its addresses is internal, and names the range, not the address', async () => {
    const r = await new OutboundPolicy([], resolveTo('93.184.216.34', '169.254.169.254')).check(
      'https://m.example/',
    );
    expect(r).toEqual({ ok: false, reason: expect.stringContaining('linkLocal') });
    expect(JSON.stringify(r)).not.toContain('169.254');
  });

  it('allowlist: exact host, optional pinned port', async () => {
    const p = new OutboundPolicy(['127.0.0.1:9000', 'mcp.internal', '[::1]:7000'], resolveTo('10.0.0.5'));
    expect((await p.check('http://127.0.0.1:9000/mcp')).ok).toBe(true);
    expect((await p.check('http://127.0.0.1:9001/mcp')).ok).toBe(false);
    expect((await p.check('http://mcp.internal:1234/')).ok).toBe(true);
    expect((await p.check('http://[::1]:7000/')).ok).toBe(true);
    expect((await p.check('http://[::1]:7001/')).ok).toBe(false);
    expect((await p.check('http://other.internal/')).ok).toBe(false);
    expect(new OutboundPolicy(['example.com:443']).isAllowlisted(new URL('https://example.com/'))).toBe(true);
    expect(new OutboundPolicy(['example.com:443']).isAllowlisted(new URL('http://example.com/'))).toBe(false);
  });
});

describe('OutboundPolicy.lookupFor (the socket lookup)', () => {
  const publicAnswer: Resolve = async () => [
    { address: '93.184.216.34', family: 4 },
    { address: '2606:2800:220:1:248:1893:25c8:1946', family: 6 },
  ];

  it.each([true, false])(
    'hands the checked addresses to net.connect (autoSelectFamily %s)',
    async (autoSelectFamily) => {
      const lookup = new OutboundPolicy([], publicAnswer).lookupFor(new URL('http://svc.test/'));
      const socket = connect({ host: 'svc.test', port: 9, lookup, autoSelectFamily });
      const [err, address] = await new Promise<unknown[]>((resolve) =>
        socket.once('lookup', (...args: unknown[]) => resolve(args)),
      );
      socket.destroy();
      expect(err).toBeNull();
      expect(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']).toContain(address);
    },
  );

  it('needs no lookup for IP literals and allowlisted hosts', () => {
    const policy = new OutboundPolicy(['mcp.internal']);
    expect(policy.lookupFor(new URL('http://93.184.216.34/'))).toBeUndefined();
    expect(policy.lookupFor(new URL('http://mcp.internal/'))).toBeUndefined();
    expect(policy.lookupFor(new URL('http://example.com/'))).toBeDefined();
  });
});

describe('createGuardedFetch', () => {
  let internal: Awaited<ReturnType<typeof serve>>;
  let fetcher: GuardedFetch | undefined;
  beforeAll(async () => {
    internal = await serve('::1', (_req, res) => res.writeHead(500).end('internal-secret-body'));
  });
  afterAll(() => internal.close());
  afterEach(() => fetcher?.close());

  const guarded = (allow: string[], resolve?: Resolve) =>
    (fetcher = createGuardedFetch(new OutboundPolicy(allow, resolve)));

  it('follows an allowed redirect and keeps the method and body on 307', async () => {
    const api = await serve('127.0.0.1', (req, res, body) => {
      if (req.url === '/start') res.writeHead(307, { location: '/end' }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(`${req.method}:${body}`);
    });
    try {
      const res = await guarded(['127.0.0.1'])(`http://127.0.0.1:${api.port}/start`, {
        method: 'POST',
        body: 'x=1',
      });
      expect(res.status).toBe(200);
      expect(res.redirected).toBe(true);
      expect(await res.text()).toBe('POST:x=1');
    } finally {
      await api.close();
    }
  });

  it.each([302, 307])('a %i to a refused address is never requested', async (status) => {
    const api = await serve('127.0.0.1', (_req, res) =>
      res.writeHead(status, { location: `http://[::1]:${internal.port}/internal-secret` }).end(),
    );
    try {
      const err = await guarded(['127.0.0.1'])(`http://127.0.0.1:${api.port}/token`, {
        method: 'POST',
        body: '{}',
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OutboundRefusedError);
      expect((err as Error).message).toBe(OutboundRefusedError.MESSAGE);
      expect(internal.hits).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('port pinning: the allowlisted host on another port is refused', async () => {
    const api = await serve('127.0.0.1', (_req, res) => res.writeHead(200).end('ok'));
    try {
      const f = guarded([`127.0.0.1:${api.port}`]);
      expect(await (await f(`http://127.0.0.1:${api.port}/`)).text()).toBe('ok');
      await expect(f(`http://127.0.0.1:${api.port + 1}/`)).rejects.toBeInstanceOf(OutboundRefusedError);
    } finally {
      await api.close();
    }
  });

  it('checks the resolved address at connect time, resolving once (no rebinding window)', async () => {
    const api = await serve('127.0.0.1', (_req, res) => res.writeHead(200).end('reached'));
    let lookups = 0;
    // first answer public, every later one loopback: a rebinding DNS server
    const rebinding: Resolve = async () => {
      lookups++;
      return [{ address: lookups === 1 ? '93.184.216.34' : '127.0.0.1', family: 4 }];
    };
    try {
      const policy = new OutboundPolicy([], rebinding);
      expect((await policy.check(`http://rebind.test:${api.port}/`)).ok).toBe(true); // registration-time check
      fetcher = createGuardedFetch(policy);
      await expect(fetcher(`http://rebind.test:${api.port}/`)).rejects.toBeInstanceOf(OutboundRefusedError);
      expect(lookups).toBe(2);
      expect(api.hits).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('refuses a name that resolves only to loopback, before any byte is sent', async () => {
    const api = await serve('127.0.0.1', (_req, res) => res.writeHead(200).end('reached'));
    try {
      const toLoopback: Resolve = async () => [{ address: '127.0.0.1', family: 4 }];
      await expect(guarded([], toLoopback)(`http://svc.test:${api.port}/`)).rejects.toBeInstanceOf(
        OutboundRefusedError,
      );
      expect(api.hits).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('drops Authorization on a cross-origin redirect, stops after maxRedirects, decodes gzip', async () => {
    const seen: (string | undefined)[] = [];
    const b = await serve('127.0.0.1', (req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('hello'));
    });
    const a = await serve('127.0.0.1', (req, res) => {
      seen.push(req.headers.authorization);
      if (req.url === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else res.writeHead(302, { location: `http://127.0.0.1:${b.port}/` }).end();
    });
    try {
      const f = guarded(['127.0.0.1']);
      const res = await f(`http://127.0.0.1:${a.port}/`, { headers: { authorization: 'Bearer s3cret' } });
      expect(await res.text()).toBe('hello');
      expect(seen).toEqual(['Bearer s3cret', undefined]);
      await expect(f(`http://127.0.0.1:${a.port}/loop`)).rejects.toBeInstanceOf(OutboundRefusedError);
      expect(a.hits.filter((h) => h.includes('/loop'))).toHaveLength(6);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('gives up when no response headers arrive in time (ETIMEDOUT)', async () => {
    const slow = await serve('127.0.0.1', () => undefined);
    try {
      fetcher = createGuardedFetch(new OutboundPolicy(['127.0.0.1']), { headersTimeoutMs: 50 });
      await expect(fetcher(`http://127.0.0.1:${slow.port}/`)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    } finally {
      await slow.close();
    }
  });

  it('aborts with the signal', async () => {
    const slow = await serve('127.0.0.1', () => undefined);
    try {
      const controller = new AbortController();
      const pending = guarded(['127.0.0.1'])(`http://127.0.0.1:${slow.port}/`, { signal: controller.signal });
      setTimeout(() => controller.abort(new Error('stop')), 50);
      await expect(pending).rejects.toThrow('stop');
    } finally {
      await slow.close();
    }
  });
});
