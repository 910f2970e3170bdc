import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { sign } from '@octokit/webhooks-methods';

const require = createRequire(import.meta.url);
const index = require('@octokit/webhooks-examples/api.github.com/index.json') as {
  name: string;
  examples: Record<string, any>[];
}[];

/** A real GitHub payload from @octokit/webhooks-examples (a deep copy, free to modify). */
export function githubExample(
  event: string,
  pick: (e: Record<string, any>) => boolean = () => true,
): Record<string, any> {
  const found = index.find((e) => e.name === event)?.examples.find(pick);
  if (!found) throw new Error(`no ${event} example matches`);
  return structuredClone(found);
}

export interface SignedDelivery {
  headers: Record<string, string>;
  body: string;
  deliveryId: string;
}

/** Headers and body exactly as GitHub sends them, signed with `secret` (sha256). */
export async function signedDelivery(
  event: string,
  payload: unknown,
  secret: string,
  options: { deliveryId?: string; form?: boolean } = {},
): Promise<SignedDelivery> {
  const json = JSON.stringify(payload);
  const body = options.form ? `payload=${encodeURIComponent(json)}` : json;
  const deliveryId = options.deliveryId ?? randomUUID();
  return {
    body,
    deliveryId,
    headers: {
      'Content-Type': options.form ? 'application/x-www-form-urlencoded' : 'application/json',
      'User-Agent': 'GitHub-Hookshot/e2e',
      'X-GitHub-Event': event,
      'X-GitHub-Delivery': deliveryId,
      'X-Hub-Signature-256': await sign(secret, body),
    },
  };
}
