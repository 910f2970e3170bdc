import type { AgentOptions, RequestOptions } from 'node:https';
import type {
  DispatcherOptions,
  KubeConfig,
  RequestContext,
  SecurityAuthentication,
} from '@kubernetes/client-node';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';

export interface KubeTransportOptions {
  /** Most connections open to the API server at once; further calls wait for a free one. */
  maxConnections: number;
  /** An idle kept-alive connection is closed after this long (unless the server asks for less). */
  idleTimeoutMs: number;
  /**
   * A call still unanswered after this long is aborted, so an abandoned call (our own deadline gave up
   * on it earlier) does not hold a pooled connection forever.
   */
  abortAfterMs: number;
}

/**
 * Whether two transport plans (proxy, TLS material as bytes) are the same: the pool is kept while they are.
 * Compared field by field with the previous call's plan — a SHA-256 of every plan, CA bytes included, was
 * ~1 % of an MCP status read's CPU (two API calls per read).
 */
export function samePlan(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Buffer.isBuffer(a) || Buffer.isBuffer(b))
    return Buffer.isBuffer(a) && Buffer.isBuffer(b) && a.equals(b);
  if (Array.isArray(a) || Array.isArray(b))
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => samePlan(x, b[i]))
    );
  if (typeof a === 'function' && typeof b === 'function') return String(a) === String(b);
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return isAbsent(a) && isAbsent(b);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys)
    if (!samePlan((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** undefined and null are the same absence (a key set to undefined is no key at all). */
const isAbsent = (v: unknown): boolean => v === undefined || v === null;

/**
 * Credentials and transport of every Kubernetes API call.
 *
 * Why: @kubernetes/client-node 2.x builds a new undici Agent for every request whose cluster has any TLS
 * option (CA data, a client certificate, skip-verify), so every call paid a TCP + TLS handshake and no
 * connection was ever reused (40 status reads opened 81 TLS connections). This applies the same
 * kubeconfig credentials on every call — tokens from exec / file / OIDC plugins are refreshed as the
 * library does — but sends every call through ONE kept-alive pool per cluster. The pool is rebuilt (the
 * old one drained) only when the TLS material itself changes, e.g. a rotated client certificate or CA.
 *
 * A SOCKS proxy in the kubeconfig keeps the library's own per-call transport (its connector is private).
 */
export class PooledKubeTransport implements SecurityAuthentication {
  private pool: { plan: DispatcherOptions; dispatcher: Dispatcher } | null = null;

  constructor(
    private readonly kc: KubeConfig,
    private readonly options: KubeTransportOptions,
  ) {}

  getName(): string {
    return 'kubeconfig authentication over a kept-alive connection pool';
  }

  async applySecurityAuthentication(context: RequestContext): Promise<void> {
    const opts: RequestOptions = {};
    // Runs the kubeconfig's authenticators (token, token file, exec plugin, OIDC…) and reads the TLS
    // material (CA, client certificate and key) exactly as the library's own path does.
    await this.kc.applyToHTTPSOptions(opts);
    const cluster = this.kc.getCurrentCluster();
    const plan = this.kc.createDispatcherOptions(cluster, {
      ca: opts.ca,
      cert: opts.cert,
      key: opts.key,
      pfx: opts.pfx,
      passphrase: opts.passphrase,
      ...(opts.rejectUnauthorized !== undefined ? { rejectUnauthorized: opts.rejectUnauthorized } : {}),
      ...(opts.servername !== undefined ? { servername: opts.servername } : {}),
    } as AgentOptions);
    if (plan.type === 'socks') {
      await this.kc.applySecurityAuthentication(context);
      return;
    }
    const user = this.kc.getCurrentUser();
    if (user?.username)
      context.setHeaderParam(
        'Authorization',
        `Basic ${Buffer.from(`${user.username}:${user.password ?? ''}`).toString('base64')}`,
      );
    for (const [name, value] of Object.entries(opts.headers ?? {}))
      if (value !== undefined) context.setHeaderParam(name, String(value));
    context.setDispatcher(this.dispatcherFor(plan));
    if (!context.getSignal()) context.setSignal(AbortSignal.timeout(this.options.abortAfterMs));
  }

  /** Closes the pool: waits a moment for calls in flight, then drops whatever is left. */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (pool) await drain(pool.dispatcher);
  }

  private dispatcherFor(plan: DispatcherOptions): Dispatcher {
    if (this.pool && samePlan(this.pool.plan, plan)) return this.pool.dispatcher;
    const previous = this.pool;
    const pool = {
      connections: this.options.maxConnections,
      keepAliveTimeout: this.options.idleTimeoutMs,
      keepAliveMaxTimeout: this.options.idleTimeoutMs,
    };
    const dispatcher: Dispatcher =
      plan.type === 'proxy'
        ? new ProxyAgent({ ...pool, uri: plan.uri, requestTls: plan.requestTls, connect: plan.connect })
        : new Agent({
            ...pool,
            // 'none' (no TLS option at all: system CAs) still gets our pool, with the library's TCP keep-alive.
            connect:
              plan.type === 'agent' ? plan.connect : { keepAlive: true, keepAliveInitialDelay: 30_000 },
          });
    this.pool = { plan, dispatcher };
    if (previous) void drain(previous.dispatcher);
    return dispatcher;
  }
}

async function drain(dispatcher: Dispatcher): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceful = dispatcher.close().then(() => true);
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), 2_000);
    timer.unref();
  });
  const done = await Promise.race([graceful, late]).finally(() => clearTimeout(timer));
  if (!done) await dispatcher.destroy().catch(() => undefined);
}
