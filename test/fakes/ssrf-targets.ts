import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingServer {
  /** `http://host:port`, IPv6 hosts bracketed. */
  url: string;
  port: number;
  /** `METHOD path` of every request received. */
  hits: string[];
  close(): Promise<void>;
}

async function start(
  host: string,
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<RecordingServer> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => handle(req, res));
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * A service that must never be reached from outside (an admin API, a metadata endpoint): answers
 * every request with HTTP 500 and a recognisable body, and records what it received.
 */
export const startInternalService = (host = '::1'): Promise<RecordingServer> =>
  start(host, (_req, res) =>
    res.writeHead(500, { 'content-type': 'text/plain' }).end('internal-secret-body'),
  );

/** Answers every request with `status` and `Location: target(path)`. */
export const startRedirector = (
  status: number,
  target: (path: string) => string,
  host = '127.0.0.1',
): Promise<RecordingServer> =>
  start(host, (req, res) => res.writeHead(status, { location: target(req.url ?? '/') }).end());
