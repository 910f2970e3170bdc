import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';

/** An RSA key pair as a GitHub App has: the PEM goes to the app config, the public key to the fake. */
export function generateAppKey(): { privateKeyPem: string; publicKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), publicKey };
}

export interface FakeGitHub {
  url: string;
  /** Installation tokens issued (each one a refresh). */
  issued: string[];
  /** Requests whose app JWT failed verification. */
  rejected: number;
  /** Validity of issued tokens. */
  setTokenTtlSec(sec: number): void;
  close(): Promise<void>;
}

/**
 * GitHub's `POST /app/installations/:id/access_tokens`: verifies the app JWT (RS256 with the app's
 * public key, `iss` = app id, `iat`/`exp` present and at most 10 minutes apart) and issues `ghs_N`.
 */
export async function startFakeGitHub(opts: {
  appId: string;
  installationId: string;
  publicKey: KeyObject;
  tokenTtlSec?: number;
}): Promise<FakeGitHub> {
  const issued: string[] = [];
  let rejected = 0;
  let ttl = opts.tokenTtlSec ?? 3600;
  const server = createServer(async (req, res) => {
    const m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !m) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    const auth = req.headers.authorization ?? '';
    const jwt = auth.replace(/^bearer\s+/i, '');
    try {
      const { payload, protectedHeader } = await jwtVerify(jwt, opts.publicKey, { algorithms: ['RS256'] });
      if (protectedHeader.alg !== 'RS256') throw new Error('alg');
      if (String(payload.iss) !== opts.appId) throw new Error('iss');
      if (!payload.iat || !payload.exp || payload.exp - payload.iat > 660) throw new Error('lifetime');
    } catch {
      rejected++;
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end('{"message":"A JSON web token could not be decoded"}');
      return;
    }
    if (m[1] !== opts.installationId) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    const token = `ghs_fake${issued.length + 1}`;
    issued.push(token);
    res.writeHead(201, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        token,
        expires_at: new Date(Date.now() + ttl * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: { contents: 'write' },
        repository_selection: 'all',
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    issued,
    get rejected() {
      return rejected;
    },
    setTokenTtlSec: (sec) => void (ttl = sec),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
