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

type Agents = Record<'http:' | 'https:', http.Agent>;

/** What createGuardedFetch's hops share: the policy, the pooled connections and the limits. */
interface Sender {
  policy: OutboundPolicy;
  agents: Agents;
  maxRedirects: number;
  headersTimeoutMs: number;
}

/** One request on the way to the final answer; a redirect changes it. */
interface Hop {
  url: URL;
  method: string;
  headers: Headers;
  body: Buffer | undefined;
}

/** Sends one hop after checking its URL; resolves when the response headers arrive. */
function send(sender: Sender, hop: Hop, signal: AbortSignal): Promise<IncomingMessage> {
  const { url } = hop;
  sender.policy.assertRequestable(url);
  signal.throwIfAborted();
  const mod = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, {
      method: hop.method,
      headers: Object.fromEntries(hop.headers),
      agent: sender.agents[url.protocol as 'http:' | 'https:'],
      lookup: sender.policy.lookupFor(url),
    });
    const onAbort = () => req.destroy(signal.reason);
    const ms = sender.headersTimeoutMs;
    const timer = setTimeout(() => req.destroy(timeoutError(ms)), ms);
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
    req.end(hop.body);
  });
}

function decoderFor(contentEncoding: string) {
  const encoding = contentEncoding.toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return undefined;
}

/** The decoded body stream, destroyed when the caller aborts; null where HTTP allows no body. */
function bodyOf(res: IncomingMessage, status: number, method: string, signal: AbortSignal): Readable | null {
  if (NULL_BODY.has(status) || method === 'HEAD') {
    res.resume();
    return null;
  }
  const decoder = decoderFor(String(res.headers['content-encoding'] ?? ''));
  const body: Readable = decoder ? pipeline(res, decoder, () => undefined) : res;
  const onAbort = () => body.destroy(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  body.once('close', () => signal.removeEventListener('abort', onAbort));
  return body;
}

/** The final hop's answer as a fetch Response (url and redirected set as fetch sets them). */
function toResponse(res: IncomingMessage, hop: Hop, redirected: boolean, signal: AbortSignal): Response {
  const status = res.statusCode ?? 0;
  if (status < 200 || status > 599) {
    res.destroy();
    throw new TypeError(`fetch failed: unexpected HTTP status ${status}`);
  }
  const headers = new Headers();
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
    headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
  const body = bodyOf(res, status, hop.method, signal);
  let response: Response;
  const webBody = body ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : null;
  try {
    response = new Response(webBody, { status, statusText: res.statusMessage ?? '', headers });
  } catch {
    response = new Response(webBody, { status, headers }); // a reason phrase fetch would not accept
  }
  Object.defineProperty(response, 'url', { value: hop.url.href });
  Object.defineProperty(response, 'redirected', { value: redirected });
  return response;
}

/**
 * The hop a redirect leads to: the Location resolved against the current URL; a POST turned into a GET
 * where fetch does so (without its body); credentials dropped when the origin changes.
 */
function redirectHop(hop: Hop, status: number, location: string): Hop {
  let url: URL;
  try {
    url = new URL(location, hop.url);
  } catch {
    throw new OutboundRefusedError('redirect to an invalid URL');
  }
  const next: Hop = { ...hop, url, headers: new Headers(hop.headers) };
  if (
    (status === 303 && hop.method !== 'GET' && hop.method !== 'HEAD') ||
    ((status === 301 || status === 302) && hop.method === 'POST')
  ) {
    next.method = 'GET';
    next.body = undefined;
    for (const h of BODY_HEADERS) next.headers.delete(h);
  }
  if (url.origin !== hop.url.origin) for (const h of ORIGIN_BOUND) next.headers.delete(h);
  return next;
}

/** Sends the request and follows its redirects by hand, each hop checked again. */
async function follow(sender: Sender, request: Request): Promise<Response> {
  const signal = request.signal;
  let hop: Hop = {
    url: new URL(request.url),
    method: request.method,
    headers: new Headers(request.headers),
    body: request.body ? Buffer.from(await request.arrayBuffer()) : undefined,
  };
  for (let redirects = 0; ; redirects++) {
    const res = await send(sender, hop, signal);
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (!REDIRECTS.has(status) || !location || request.redirect === 'manual')
      return toResponse(res, hop, redirects > 0, signal);
    res.resume();
    if (request.redirect === 'error') throw new TypeError('fetch failed: redirect mode is "error"');
    if (redirects >= sender.maxRedirects)
      throw new OutboundRefusedError(`more than ${sender.maxRedirects} redirects`);
    hop = redirectHop(hop, status, location);
  }
}

/**
 * A `fetch` for requests to user-supplied URLs (MCP servers, GitHub API bases, …) that enforces the
 * OutboundPolicy on every hop: the URL is checked before each request, host names are resolved once by
 * the socket's own `lookup` that refuses non-public answers (so the checked address is the connected
 * address), and redirects are followed by hand — each Location re-checked, cross-origin hops without
 * credentials, at most `maxRedirects`. Built on node:http(s) because the global fetch cannot take a
 * custom DNS lookup. A refusal rejects with OutboundRefusedError; nothing of the refused hop is read.
 */
export function createGuardedFetch(policy: OutboundPolicy, options: GuardedFetchOptions = {}): GuardedFetch {
  const sender: Sender = {
    policy,
    agents: { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) },
    maxRedirects: options.maxRedirects ?? 5,
    // As the built-in fetch (undici's headersTimeout): callers with a deadline pass their own signal.
    headersTimeoutMs: options.headersTimeoutMs ?? 300_000,
  };
  const logger = new Logger('Outbound');
  const guardedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    // Request normalises every body type and header form exactly as fetch would.
    const request = new Request(input, init);
    try {
      return await follow(sender, request);
    } catch (err) {
      // The reason (address, range) is for operators only; callers get OutboundRefusedError's fixed text.
      if (err instanceof OutboundRefusedError)
        logger.warn({ origin: new URL(request.url).origin, reason: err.reason }, 'outbound request refused');
      throw err;
    }
  };
  return Object.assign(guardedFetch, {
    close: () => {
      sender.agents['http:'].destroy();
      sender.agents['https:'].destroy();
    },
  });
}
