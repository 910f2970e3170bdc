import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One post the fake received, as Slack would see it. */
export interface SlackPost {
  path: string;
  at: number;
  body: { text?: string; channel?: string; [k: string]: unknown };
  headers: IncomingMessage['headers'];
  /** Status the fake answered with. */
  status: number;
}

/** A scripted answer for one post; `delayMs` holds the answer back (slow Slack). */
export interface SlackResponse {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

/**
 * Stands in for Slack's incoming-webhook endpoint on 127.0.0.1: records every post (JSON body) and
 * answers `200 ok` unless responses were scripted with `respondWith()` (used in order, one per post)
 * or a default was set with `setDefault()` — e.g. 429 + Retry-After, 500, 404 `channel_not_found`.
 */
export class FakeSlack {
  readonly posts: SlackPost[] = [];
  private readonly script: SlackResponse[] = [];
  private fallback: SlackResponse = { status: 200, body: 'ok' };
  private readonly pending = new Set<ServerResponse>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeSlack> {
    const holder: { fake?: FakeSlack } = {};
    const server = createServer((req, res) => void holder.fake?.handle(req, res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeSlack(server, `http://127.0.0.1:${port}`);
    return holder.fake;
  }

  /** Webhook URL for the app (the path is recorded, like Slack's /services/T…/B…/…). */
  webhookUrl(path = '/services/T000/B000/secret'): string {
    return `${this.url}${path}`;
  }

  respondWith(...responses: SlackResponse[]): void {
    this.script.push(...responses);
  }

  setDefault(response: SlackResponse): void {
    this.fallback = response;
  }

  reset(): void {
    this.posts.length = 0;
    this.script.length = 0;
    this.fallback = { status: 200, body: 'ok' };
  }

  texts(): string[] {
    return this.posts.map((p) => p.body.text ?? '');
  }

  /** Posts answered 2xx (what reached the channel). */
  delivered(): SlackPost[] {
    return this.posts.filter((p) => p.status >= 200 && p.status < 300);
  }

  /** Polls until `predicate` holds (generous limit for a loaded machine). */
  async waitFor(
    predicate: (fake: FakeSlack) => boolean,
    timeoutMs = 15000,
    what = 'condition',
  ): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!predicate(this)) {
      if (Date.now() > until) {
        throw new Error(`FakeSlack: timed out waiting for ${what}; posts: ${JSON.stringify(this.texts())}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    for (const res of this.pending) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const scripted = this.script.shift() ?? this.fallback;
    const status = scripted.status ?? 200;
    let body: SlackPost['body'];
    try {
      body = JSON.parse(raw) as SlackPost['body'];
    } catch {
      body = {};
    }
    if (req.method !== 'POST' || req.headers['content-type']?.startsWith('application/json') !== true) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_payload');
      return;
    }
    this.posts.push({ path: req.url ?? '', at: Date.now(), body, headers: req.headers, status });
    if (scripted.delayMs) {
      // Hold the answer back; give up early if the client goes away or the fake closes.
      this.pending.add(res);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, scripted.delayMs);
        res.once('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.pending.delete(res);
      if (res.destroyed || res.writableEnded) return;
    }
    res.writeHead(status, { 'content-type': 'text/plain', ...scripted.headers });
    res.end(scripted.body ?? (status < 300 ? 'ok' : status === 429 ? 'rate_limited' : 'error'));
  }
}
