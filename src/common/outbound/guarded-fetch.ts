import http, { type IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import https from 'node:https';
import { pipeline, Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { OutboundPolicy } from './outbound-policy.js';
import { OutboundRefusedError } from './outbound-refused.error.js';

/** The shape of the global fetch, which every client library here accepts as an option. */
export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export type GuardedFetch = FetchFn & {
  /** Closes the pooled keep-alive connections. */
  close(): void;
};

export interface GuardedFetchOptions {
  /** Redirect hops followed (each one re-checked) before the request is refused. */
  maxRedirects?: number;
  /** Time allowed until the response headers arrive; the body (e.g. an SSE stream) is not limited. */
  headersTimeoutMs?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([204, 205, 304]);
/** Dropped when a redirect leaves the origin, as fetch does (RFC 9110 §15.4, Fetch §4.4). */
const ORIGIN_BOUND = ['authorization', 'cookie', 'proxy-authorization'];
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];

const timeoutError = (ms: number) =>
  Object.assign(new Error(`no response headers within ${ms} ms`), { code: 'ETIMEDOUT' });

/**
 * A `fetch` for requests to user-supplied URLs (MCP servers, GitHub API bases, …) that enforces the
 * OutboundPolicy on every hop: the URL is checked before each request, host names are resolved once by
 * the socket's own `lookup` that refuses non-public answers (so the checked address is the connected
 * address), and redirects are followed by hand — each Location re-checked, cross-origin hops without
 * credentials, at most `maxRedirects`. Built on node:http(s) because the global fetch cannot take a
 * custom DNS lookup. A refusal rejects with OutboundRefusedError; nothing of the refused hop is read.
 */
export function createGuardedFetch(policy: OutboundPolicy, options: GuardedFetchOptions = {}): GuardedFetch {
  const maxRedirects = options.maxRedirects ?? 5;
  // As the built-in fetch (undici's headersTimeout): callers with a deadline pass their own signal.
  const headersTimeoutMs = options.headersTimeoutMs ?? 300_000;
  const agents = {
    'http:': new http.Agent({ keepAlive: true }),
    'https:': new https.Agent({ keepAlive: true }),
  };

  function send(
    url: URL,
    method: string,
    headers: Headers,
    body: Buffer | undefined,
    signal: AbortSignal,
  ): Promise<IncomingMessage> {
    policy.assertRequestable(url);
    signal.throwIfAborted();
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = mod.request(url, {
        method,
        headers: Object.fromEntries(headers),
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup: policy.lookupFor(url),
      });
      const onAbort = () => req.destroy(signal.reason);
      const timer = setTimeout(() => req.destroy(timeoutError(headersTimeoutMs)), headersTimeoutMs);
      timer.unref();
      signal.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      };
      req.on('error', (err) => {
        done();
        reject(err);
      });
      req.on('response', (res) => {
        done();
        resolve(res);
      });
      req.end(body);
    });
  }

  function toResponse(
    res: IncomingMessage,
    url: URL,
    method: string,
    redirected: boolean,
    signal: AbortSignal,
  ) {
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 599) {
      res.destroy();
      throw new TypeError(`fetch failed: unexpected HTTP status ${status}`);
    }
    const headers = new Headers();
    for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
      headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    let body: Readable | null = res;
    if (NULL_BODY.has(status) || method === 'HEAD') {
      res.resume();
      body = null;
    } else {
      const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
      const decoder =
        encoding === 'gzip' || encoding === 'x-gzip'
          ? createGunzip()
          : encoding === 'deflate'
            ? createInflate()
            : encoding === 'br'
              ? createBrotliDecompress()
              : undefined;
      if (decoder) body = pipeline(res, decoder, () => undefined);
      const stream = body;
      const onAbort = () => stream.destroy(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      stream.once('close', () => signal.removeEventListener('abort', onAbort));
    }
    let response: Response;
    const webBody = body ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : null;
    try {
      response = new Response(webBody, { status, statusText: res.statusMessage ?? '', headers });
    } catch {
      response = new Response(webBody, { status, headers }); // a reason phrase fetch would not accept
    }
    Object.defineProperty(response, 'url', { value: url.href });
    Object.defineProperty(response, 'redirected', { value: redirected });
    return response;
  }

  const logger = new Logger('Outbound');

  const guardedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    // Request normalises every body type and header form exactly as fetch would.
    const request = new Request(input, init);
    try {
      return await follow(request);
    } catch (err) {
      // The reason (address, range) is for operators only; callers get OutboundRefusedError's fixed text.
      if (err instanceof OutboundRefusedError)
        logger.warn({ origin: new URL(request.url).origin, reason: err.reason }, 'outbound request refused');
      throw err;
    }
  };

  async function follow(request: Request): Promise<Response> {
    const signal = request.signal;
    let url = new URL(request.url);
    let method = request.method;
    const headers = new Headers(request.headers);
    let body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    for (let hop = 0; ; hop++) {
      const res = await send(url, method, headers, body, signal);
      const location = res.headers.location;
      if (!REDIRECTS.has(res.statusCode ?? 0) || !location || request.redirect === 'manual')
        return toResponse(res, url, method, hop > 0, signal);
      res.resume();
      if (request.redirect === 'error') throw new TypeError('fetch failed: redirect mode is "error"');
      if (hop >= maxRedirects) throw new OutboundRefusedError(`more than ${maxRedirects} redirects`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new OutboundRefusedError('redirect to an invalid URL');
      }
      const status = res.statusCode ?? 0;
      if (
        (status === 303 && method !== 'GET' && method !== 'HEAD') ||
        ((status === 301 || status === 302) && method === 'POST')
      ) {
        method = 'GET';
        body = undefined;
        for (const h of BODY_HEADERS) headers.delete(h);
      }
      if (next.origin !== url.origin) for (const h of ORIGIN_BOUND) headers.delete(h);
      url = next;
    }
  }

  return Object.assign(guardedFetch, {
    close: () => {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}
