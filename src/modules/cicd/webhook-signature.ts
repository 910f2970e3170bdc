import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Which of the secrets signed these bytes (the first that did), or null; every secret is tried, so the
 * time does not tell which one matched. The HMAC runs over the raw bytes GitHub signed, once per secret,
 * and is compared in constant time as 32 bytes — what @octokit/webhooks-methods' verify() does, without
 * turning the body into a string and the digest into hex first (and without refusing a signed body that
 * is not valid UTF-8). `signature` is `sha256=<64 hex>`, checked by the caller.
 */
export function webhookSigner<N extends string>(
  raw: Buffer,
  signature: string,
  secrets: readonly { name: N; secret: string }[],
): N | null {
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  let matched: N | null = null;
  for (const { name, secret } of secrets) {
    const expected = createHmac('sha256', secret).update(raw).digest();
    if (given.length === expected.length && timingSafeEqual(given, expected) && matched === null)
      matched = name;
  }
  return matched;
}
