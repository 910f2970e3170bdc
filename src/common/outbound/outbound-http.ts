import { createGuardedFetch, type GuardedFetch, type GuardedFetchOptions } from './guarded-fetch.js';
import { OutboundPolicy, type Resolve } from './outbound-policy.js';

/**
 * The one way the service sends HTTP to user-supplied URLs: the policy (checks a URL when it is saved)
 * and the guarded fetch (enforces the same policy on every request and redirect hop). A module that
 * calls out on behalf of users builds one from its allowlist and hands `fetch` to every client it makes.
 */
export class OutboundHttp {
  readonly policy: OutboundPolicy;
  readonly fetch: GuardedFetch;

  constructor(allowlist: readonly string[], options: GuardedFetchOptions & { resolve?: Resolve } = {}) {
    this.policy = new OutboundPolicy(allowlist, options.resolve);
    this.fetch = createGuardedFetch(this.policy, options);
  }

  close(): void {
    this.fetch.close();
  }
}
