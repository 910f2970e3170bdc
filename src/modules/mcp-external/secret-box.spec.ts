import { randomBytes } from 'node:crypto';
import { parseSecretsKey, SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  const key = randomBytes(32);

  it('round-trips and never stores plaintext', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('ghp_secret', 'github');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('ghp_secret');
    expect(box.open(sealed, 'github')).toBe('ghp_secret');
    expect(box.seal('ghp_secret', 'github')).not.toBe(sealed);
  });

  it('rejects a wrong key, a tampered ciphertext and a moved row', () => {
    const sealed = new SecretBox(key).seal('x', 'a');
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'a')).toThrow();
    expect(() => new SecretBox(key).open(sealed, 'b')).toThrow();
    const parts = sealed.split(':');
    // every bit of the ciphertext flipped: a replacement byte would equal it one time in 256
    parts[3] = Buffer.from(Buffer.from(parts[3], 'base64').map((b) => b ^ 0xff)).toString('base64');
    expect(() => new SecretBox(key).open(parts.join(':'), 'a')).toThrow();
  });

  it('parses 32-byte keys as hex or base64 only', () => {
    expect(parseSecretsKey(key.toString('hex'))).toEqual(key);
    expect(parseSecretsKey(key.toString('base64'))).toEqual(key);
    expect(parseSecretsKey(key.toString('base64url'))).toEqual(key);
    expect(parseSecretsKey('short')).toBeUndefined();
    expect(parseSecretsKey(randomBytes(16).toString('base64'))).toBeUndefined();
  });
});
