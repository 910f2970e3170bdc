import { createHmac } from 'node:crypto';
import { verify } from '@octokit/webhooks-methods';
import { webhookSigner } from './webhook-signature.js';

const secrets = [
  { name: 'primary', secret: 'new-secret' },
  { name: 'previous', secret: 'old-secret' },
];
const sign = (secret: string, body: Buffer) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('webhookSigner', () => {
  const body = Buffer.from(JSON.stringify({ ref: 'refs/heads/main', after: 'a'.repeat(40) }));

  it('names the secret that signed the raw bytes, as @octokit/webhooks-methods would accept it', async () => {
    for (const { name, secret } of secrets) {
      const signature = sign(secret, body);
      expect(webhookSigner(body, signature, secrets)).toBe(name);
      expect(await verify(secret, body.toString('utf8'), signature)).toBe(true);
    }
  });

  it('refuses another body, another secret, or a truncated signature', () => {
    expect(webhookSigner(Buffer.from('{}'), sign('new-secret', body), secrets)).toBeNull();
    expect(webhookSigner(body, sign('someone-else', body), secrets)).toBeNull();
    expect(webhookSigner(body, sign('new-secret', body).slice(0, -2), secrets)).toBeNull();
    expect(webhookSigner(body, sign('new-secret', body), [])).toBeNull();
  });

  it('verifies the bytes GitHub signed, even when they are not valid UTF-8', () => {
    const raw = Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    expect(webhookSigner(raw, sign('old-secret', raw), secrets)).toBe('previous');
  });
});
