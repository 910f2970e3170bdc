/**
 * A faithful-enough fake of the Kubernetes API server for tests and the benchmark, on 127.0.0.1, spoken
 * to by the real @kubernetes/client-node through a generated kubeconfig. Plain HTTP, or HTTPS as real
 * clusters serve it (`tls: true`, or KLEPAAS_TEST_KUBE_TLS=1 — the e2e-postgres project sets it): a CA and
 * a server certificate for 127.0.0.1 made at start, the CA in the kubeconfig as certificate-authority-data,
 * bearer-token or client-certificate users; it counts the connections (and TLS handshakes) it accepts.
 *
 * Supports namespaces; Deployments (create / get / list / replace / merge + strategic-merge patch /
 * delete, resourceVersion conflicts, generation / observedGeneration, the scale subresource);
 * ReplicaSets with `deployment.kubernetes.io/revision`; Pods created for the current ReplicaSet that
 * become Ready after `readyDelayMs`, or wait in ImagePullBackOff for images marked bad, in
 * CrashLoopBackOff (with the last exit) for crashing images, or with any waiting reason; Services; pod
 * logs (tailLines, container, previous); discovery (/api, /apis: what kubectl and client-go read first);
 * RBAC denials for chosen verbs; a request log for counting,
 * and a log of the writes it applied; hooks around serving a request (crash tests kill the client
 * there, and may drop the request unapplied as if it never arrived).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { generate } from 'selfsigned';

type Obj = Record<string, any>;

export interface FakeKubeOptions {
  /** Pods become Ready this long after creation (default 30 ms). */
  readyDelayMs?: number;
  /** Deployments report ProgressDeadlineExceeded when a rollout has not finished after this long. */
  progressDeadlineMs?: number;
  namespaces?: string[];
  /** Serve HTTPS with a generated CA (default: KLEPAAS_TEST_KUBE_TLS=1). */
  tls?: boolean;
}

/** PEM material of a fake cluster: its CA, the server's certificate, and a client certificate it trusts. */
export interface FakeKubeTls {
  ca: string;
  cert: string;
  key: string;
  clientCert: string;
  clientKey: string;
}

let tlsMaterial: Promise<FakeKubeTls> | undefined;

/** A CA, a server certificate for 127.0.0.1 / localhost and a client certificate, made once per process. */
export function fakeKubeTls(): Promise<FakeKubeTls> {
  tlsMaterial ??= (async () => {
    const sha256 = { keyType: 'ec', algorithm: 'sha256' } as const;
    const ca = await generate([{ name: 'commonName', value: 'fake-kube-ca' }], {
      ...sha256,
      extensions: [
        { name: 'basicConstraints', cA: true, critical: true },
        { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
      ],
    });
    const signer = { ca: { key: ca.private, cert: ca.cert } };
    const server = await generate([{ name: 'commonName', value: 'kube-apiserver' }], {
      ...sha256,
      ...signer,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    });
    const client = await generate([{ name: 'commonName', value: FAKE_CERT_USER }], {
      ...sha256,
      ...signer,
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true },
        { name: 'extKeyUsage', clientAuth: true },
      ],
    });
    return {
      ca: ca.cert,
      cert: server.cert,
      key: server.private,
      clientCert: client.cert,
      clientKey: client.private,
    };
  })();
  return tlsMaterial;
}

/** The bearer token every generated kubeconfig carries, and the common name of the client certificate. */
export const FAKE_TOKEN = 'fake-token';
export const FAKE_CERT_USER = 'klepaas-client';

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType?: string;
  /** The object's name: the last path segment, or the body's metadata.name for a create. */
  objectName?: string;
  /** Who was authenticated: `token:<token>` or `cert:<common name>`. */
  user?: string;
  /** The RBAC check the request needed (none for /version): verb, API group ('' = core), resource. */
  rbac?: { verb: string; group: string; resource: string; namespace?: string };
}

interface PodRec {
  obj: Obj;
  createdMs: number;
  image: string;
  rsName: string;
}

const resource = (name: string, kind: string, namespaced: boolean, verbs: string[]) => ({
  name,
  singularName: kind.toLowerCase(),
  namespaced,
  kind,
  verbs,
});
const CRUD = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

/**
 * Discovery (legacy, unaggregated JSON): what kubectl and client-go read before a request to map a
 * kind to its path; the served resources only. Answers undefined for any other path.
 */
function discovery(path: string): Obj | undefined {
  const v1 = { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'v1' };
  const apps = { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'apps/v1' };
  switch (path) {
    case '/api':
      return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] };
    case '/apis':
      return {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: [
          {
            name: 'apps',
            versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
            preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
          },
        ],
      };
    case '/api/v1':
      return {
        ...v1,
        resources: [
          resource('namespaces', 'Namespace', false, ['create', 'delete', 'get', 'list']),
          resource('pods', 'Pod', true, ['get', 'list']),
          { ...resource('pods/log', 'Pod', true, ['get']), singularName: '' },
          resource('services', 'Service', true, CRUD),
        ],
      };
    case '/apis/apps/v1':
      return {
        ...apps,
        resources: [
          resource('deployments', 'Deployment', true, CRUD),
          { ...resource('deployments/scale', 'Scale', true, ['get', 'patch', 'update']), singularName: '' },
          resource('replicasets', 'ReplicaSet', true, ['list']),
        ],
      };
    default:
      return undefined;
  }
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 10);

function status(code: number, reason: string, message: string, details?: Obj): Obj {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
    ...(details ? { details } : {}),
  };
}

class HttpError extends Error {
  readonly body: Obj;
  constructor(body: Obj) {
    super(body.message);
    this.body = body;
  }
}

function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return clone(patch);
  const out: Obj = target && typeof target === 'object' && !Array.isArray(target) ? clone(target as Obj) : {};
  for (const [k, v] of Object.entries(patch as Obj)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Strategic merge: like merge patch, but lists of objects with `name` merge element-wise by name. */
function strategicPatch(target: unknown, patch: unknown): unknown {
  if (
    Array.isArray(patch) &&
    Array.isArray(target) &&
    patch.every((p) => p && typeof p === 'object' && 'name' in p)
  ) {
    const out = clone(target) as Obj[];
    for (const p of patch as Obj[]) {
      const i = out.findIndex((t) => t?.name === p.name);
      if (i >= 0) out[i] = strategicPatch(out[i], p) as Obj;
      else out.push(clone(p));
    }
    return out;
  }
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return clone(patch);
  const out: Obj = target && typeof target === 'object' && !Array.isArray(target) ? clone(target as Obj) : {};
  for (const [k, v] of Object.entries(patch as Obj)) {
    if (v === null) delete out[k];
    else out[k] = strategicPatch(out[k], v);
  }
  return out;
}

function nameInBody(raw: string): string | undefined {
  try {
    const name = (JSON.parse(raw) as Obj)?.metadata?.name;
    return typeof name === 'string' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The RBAC verb of a request on a collection (no name) or on one named object. */
function rbacVerb(method: string, name: string | undefined): string {
  if (method === 'GET') return name ? 'get' : 'list';
  return ({ POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' } as Record<string, string>)[
    method
  ];
}

function matches(labels: Obj | undefined, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector
    .split(',')
    .filter(Boolean)
    .every((term) => {
      const neq = term.split('!=');
      if (neq.length === 2) return (labels ?? {})[neq[0].trim()] !== neq[1].trim();
      const [k, v] = term.split(/==?/);
      return v === undefined ? k.trim() in (labels ?? {}) : (labels ?? {})[k.trim()] === v.trim();
    });
}

export class FakeKubeApi {
  readonly requests: LoggedRequest[] = [];
  readonly namespaces = new Set<string>();
  readonly deployments = new Map<string, Obj>();
  readonly replicaSets = new Map<string, Obj>();
  readonly pods = new Map<string, PodRec>();
  readonly services = new Map<string, Obj>();
  /** Images (exact or a `repo:` prefix) whose pulls fail. */
  readonly badImages = new Set<string>();
  /** Images whose pods never become Ready (they stay ContainerCreating). */
  readonly stuckImages = new Set<string>();
  /**
   * Images whose containers wait with this reason and kubelet message from the start, e.g.
   * `CreateContainerConfigError` / `secret "db" not found`, or `ErrImagePull`.
   */
  readonly waitingImages = new Map<string, { reason: string; message?: string }>();
  /** Images whose containers start, exit with code 1 after `readyDelayMs` and restart with back-off. */
  readonly crashingImages = new Set<string>();
  /** Extra delay before pods of these images become Ready. */
  readonly imageDelays = new Map<string, number>();
  private readonly denials: { verb: string; resource: string; namespace?: string }[] = [];
  private readonly rolloutStarted = new Map<string, number>();
  private rv = 1000;
  private server!: Server;
  url = '';
  /** The cluster's TLS material when it serves HTTPS. */
  tls?: FakeKubeTls;
  /** TCP connections accepted since start (or resetConnections). */
  connections = 0;
  /** TLS handshakes completed ('secureConnection' events) since start (or resetConnections). */
  tlsConnections = 0;
  /** Every TCP connection open now (closed on `close()`, as a cluster that goes away does). */
  private readonly sockets = new Set<Socket>();
  /** Bearer tokens it accepts (a client certificate signed by its CA is accepted too). */
  readonly tokens = new Set([FAKE_TOKEN]);
  readyDelayMs: number;
  progressDeadlineMs: number;
  /** Called with each request before it is served (tests use it to change state "concurrently"). */
  onRequest?: (req: LoggedRequest) => void;
  /** Awaited before a request is served; answering 'drop' closes the connection without applying it. */
  beforeServe?: (req: LoggedRequest) => Promise<'drop' | void> | 'drop' | void;
  /** Awaited after a request was applied, before its answer is sent. */
  afterServe?: (req: LoggedRequest, code: number) => Promise<void> | void;
  /** Writes (POST, PUT, PATCH, DELETE) that were applied, in order. */
  readonly writes: LoggedRequest[] = [];
  /** Optional artificial latency per request (benchmark realism). */
  latencyMs = 0;
  /**
   * A kept-alive connection idle at least this long is closed when the next request arrives on it, the
   * request unanswered and unapplied: the moment a server's (or load balancer's) idle close crosses the
   * client's reuse of the connection on the wire, which the client cannot see coming.
   */
  closeIdleAfterMs?: number;
  /** Requests dropped that way since start. */
  idleCloses = 0;
  /** When each connection last finished a response (idle since). */
  private readonly idleSince = new WeakMap<Socket, number>();

  private constructor(opts: FakeKubeOptions) {
    this.readyDelayMs = opts.readyDelayMs ?? 30;
    this.progressDeadlineMs = opts.progressDeadlineMs ?? 600_000;
    for (const ns of opts.namespaces ?? ['default', 'dev', 'staging', 'production', 'kube-system'])
      this.namespaces.add(ns);
  }

  static async start(opts: FakeKubeOptions = {}): Promise<FakeKubeApi> {
    const fake = new FakeKubeApi(opts);
    const handler = (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res);
    if (opts.tls ?? process.env.KLEPAAS_TEST_KUBE_TLS === '1') {
      fake.tls = await fakeKubeTls();
      // Client certificates are asked for but not required: token users connect without one.
      fake.server = createHttpsServer(
        {
          key: fake.tls.key,
          cert: fake.tls.cert,
          ca: fake.tls.ca,
          requestCert: true,
          rejectUnauthorized: false,
        },
        handler,
      );
      fake.server.on('secureConnection', () => fake.tlsConnections++);
    } else fake.server = createServer(handler);
    fake.server.on('connection', (socket: Socket) => {
      fake.connections++;
      fake.sockets.add(socket);
      socket.once('close', () => fake.sockets.delete(socket));
    });
    // kube-apiserver keeps idle HTTP/1.1 connections open (client-go drops its own after 90 s); Node's
    // default of 5 s would close them under a client that pauses between bursts.
    fake.server.keepAliveTimeout = 90_000;
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const port = (fake.server.address() as AddressInfo).port;
    fake.url = `${fake.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    return fake;
  }

  resetConnections(): void {
    this.connections = 0;
    this.tlsConnections = 0;
  }

  /** Closes every connection not serving a request now (a benchmark sheds a client's leftovers with it). */
  closeIdleConnections(): void {
    this.server.closeIdleConnections();
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections?.();
    // a socket still in its TLS handshake is not yet the HTTP server's to close: the cluster is gone for it too
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** An API-server outage: connections are refused until `restart()`; the cluster's state is kept. */
  async stop(): Promise<void> {
    await this.close();
  }

  /** Ends an outage begun by `stop()`: listens again on the same address, so kubeconfigs stay valid. */
  async restart(): Promise<void> {
    const port = Number(new URL(this.url).port);
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
  }

  /**
   * Writes a kubeconfig pointing at this server: over HTTPS with its CA as certificate-authority-data,
   * over plain HTTP with insecure-skip-tls-verify (as the client requires). The user authenticates with
   * the bearer token, or (HTTPS only) with the client certificate.
   */
  writeKubeconfig(dir?: string, options: { auth?: 'token' | 'client-certificate' } = {}): string {
    if (options.auth === 'client-certificate' && !this.tls)
      throw new Error('client-certificate users need the fake to serve TLS');
    return writeFakeKubeconfig(this.url, dir, {
      ca: this.tls?.ca,
      client:
        options.auth === 'client-certificate' && this.tls
          ? { cert: this.tls.clientCert, key: this.tls.clientKey }
          : undefined,
    });
  }

  /** RBAC: refuse `verb` on `resource` (e.g. 'patch', 'deployments/scale'), optionally in one namespace. */
  deny(verb: string, resource: string, namespace?: string): void {
    this.denials.push({ verb, resource, namespace });
  }

  allowAll(): void {
    this.denials.length = 0;
  }

  resetRequests(): void {
    this.requests.length = 0;
    this.writes.length = 0;
  }

  /** Applied writes, optionally of one method and path part (e.g. 'PUT', '/deployments/web'). */
  writeCount(method?: string, pathPart?: string): number {
    return this.writes.filter(
      (r) => (!method || r.method === method) && (!pathPart || r.path.includes(pathPart)),
    ).length;
  }

  count(method?: string, pathPart?: string): number {
    return this.requests.filter(
      (r) => (!method || r.method === method) && (!pathPart || r.path.includes(pathPart)),
    ).length;
  }

  /** Simulates someone else changing the Deployment (its resourceVersion moves on). */
  touch(ns: string, name: string): void {
    const d = this.deployments.get(`${ns}/${name}`);
    if (d) d.metadata.resourceVersion = this.nextRv();
  }

  deployment(ns: string, name: string): Obj | undefined {
    const d = this.deployments.get(`${ns}/${name}`);
    return d ? this.withStatus(d) : undefined;
  }

  podsOf(ns: string, app: string): Obj[] {
    return [...this.pods.values()]
      .filter(
        (p) => p.obj.metadata.namespace === ns && p.obj.metadata.labels?.['app.kubernetes.io/name'] === app,
      )
      .map((p) => this.podView(p));
  }

  // ------------------------------------------------------------------ simulation

  private nextRv(): string {
    return String(++this.rv);
  }

  private isBad(image: string): boolean {
    return [...this.badImages].some((b) => image === b || (b.endsWith(':') && image.startsWith(b)));
  }

  private podReadyAt(p: PodRec): number {
    if (
      this.stuckImages.has(p.image) ||
      this.isBad(p.image) ||
      this.waitingImages.has(p.image) ||
      this.crashingImages.has(p.image)
    )
      return Infinity;
    return p.createdMs + this.readyDelayMs + (this.imageDelays.get(p.image) ?? 0);
  }

  private podView(p: PodRec): Obj {
    const pod = clone(p.obj);
    const now = Date.now();
    const ready = now >= this.podReadyAt(p);
    const name = pod.spec.containers[0]?.name ?? 'app';
    let state: Obj;
    let lastState: Obj | undefined;
    let restarts = pod.metadata.annotations?.['fake/restarts']
      ? Number(pod.metadata.annotations['fake/restarts'])
      : 0;
    const waiting = this.waitingImages.get(p.image);
    const started = p.createdMs + this.readyDelayMs;
    if (ready) state = { running: { startedAt: new Date(this.podReadyAt(p)).toISOString() } };
    else if (waiting) state = { waiting: { ...waiting } };
    else if (this.isBad(p.image) && now >= started)
      state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${p.image}"` } };
    else if (this.crashingImages.has(p.image) && now >= started) {
      // As the kubelet shows a container that keeps exiting: waiting in back-off, with how it last ended.
      restarts += 1 + Math.floor((now - started) / 1000);
      state = {
        waiting: {
          reason: 'CrashLoopBackOff',
          message: `back-off 10s restarting failed container=${name} pod=${pod.metadata.name}`,
        },
      };
      lastState = {
        terminated: { exitCode: 1, reason: 'Error', finishedAt: new Date(started).toISOString() },
      };
    } else if (this.crashingImages.has(p.image))
      state = { running: { startedAt: new Date(p.createdMs).toISOString() } };
    else state = { waiting: { reason: 'ContainerCreating' } };
    pod.status = {
      phase: ready ? 'Running' : 'Pending',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: pod.spec.containers.map((c: Obj) => ({
        name: c.name,
        image: c.image,
        ready,
        restartCount: restarts,
        state: c.name === name ? state : state,
        ...(lastState ? { lastState } : {}),
      })),
    };
    return pod;
  }

  private podsOfRs(ns: string, rsName: string): PodRec[] {
    return [...this.pods.values()].filter((p) => p.obj.metadata.namespace === ns && p.rsName === rsName);
  }

  /** The "deployment controller": make the current ReplicaSet match the template and replica count. */
  private reconcile(ns: string, d: Obj): void {
    const template = d.spec.template;
    const templateHash = hash(template);
    const name = d.metadata.name;
    const rss = [...this.replicaSets.values()].filter(
      (rs) => rs.metadata.namespace === ns && rs.metadata.ownerReferences?.[0]?.name === name,
    );
    let current = rss.find((rs) => rs.metadata.labels['pod-template-hash'] === templateHash);
    const maxRevision = Math.max(
      0,
      ...rss.map((rs) => Number(rs.metadata.annotations['deployment.kubernetes.io/revision'])),
    );
    const isNew =
      !current || current.metadata.annotations['deployment.kubernetes.io/revision'] !== String(maxRevision);
    if (!current) {
      current = {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: `${name}-${templateHash}`,
          namespace: ns,
          labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': templateHash },
          annotations: { 'deployment.kubernetes.io/revision': String(maxRevision + 1) },
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name, uid: d.metadata.uid }],
          resourceVersion: this.nextRv(),
          creationTimestamp: new Date().toISOString(),
        },
        spec: { replicas: 0, template: clone(template), selector: clone(d.spec.selector) },
      };
      this.replicaSets.set(`${ns}/${current.metadata.name}`, current);
    } else if (isNew) {
      current.metadata.annotations['deployment.kubernetes.io/revision'] = String(maxRevision + 1);
    }
    if (isNew) this.rolloutStarted.set(`${ns}/${name}`, Date.now());
    // Old ReplicaSets are scaled to zero (their pods go away).
    for (const rs of rss) {
      if (rs === current) continue;
      rs.spec.replicas = 0;
      for (const p of this.podsOfRs(ns, rs.metadata.name)) this.pods.delete(`${ns}/${p.obj.metadata.name}`);
    }
    const want = d.spec.replicas ?? 1;
    current.spec.replicas = want;
    const have = this.podsOfRs(ns, current.metadata.name);
    if (have.length !== want)
      this.rolloutStarted.set(`${ns}/${name}`, this.rolloutStarted.get(`${ns}/${name}`) ?? Date.now());
    for (const p of have.slice(want)) this.pods.delete(`${ns}/${p.obj.metadata.name}`);
    for (let i = have.length; i < want; i++) {
      const podName = `${current.metadata.name}-${randomBytes(3).toString('hex').slice(0, 5)}`;
      const image = template.spec.containers[0]?.image ?? '';
      this.pods.set(`${ns}/${podName}`, {
        rsName: current.metadata.name,
        image,
        createdMs: Date.now(),
        obj: {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: podName,
            namespace: ns,
            labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': templateHash },
            annotations: { ...(template.metadata?.annotations ?? {}) },
            ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: current.metadata.name }],
            creationTimestamp: new Date().toISOString(),
            uid: randomBytes(8).toString('hex'),
          },
          spec: clone(template.spec),
        },
      });
    }
  }

  private withStatus(d: Obj): Obj {
    const out = clone(d);
    const ns = d.metadata.namespace;
    const rs = [...this.replicaSets.values()].find(
      (r) =>
        r.metadata.namespace === ns &&
        r.metadata.labels['pod-template-hash'] === hash(d.spec.template) &&
        r.metadata.ownerReferences?.[0]?.name === d.metadata.name,
    );
    const all = [...this.pods.values()].filter(
      (p) =>
        p.obj.metadata.namespace === ns &&
        this.replicaSets.get(`${ns}/${p.rsName}`)?.metadata.ownerReferences?.[0]?.name === d.metadata.name,
    );
    const updated = rs ? all.filter((p) => p.rsName === rs.metadata.name) : [];
    const now = Date.now();
    const ready = updated.filter((p) => now >= this.podReadyAt(p)).length;
    const want = d.spec.replicas ?? 1;
    const done = ready >= want && updated.length === want && all.length === want;
    const started = this.rolloutStarted.get(`${ns}/${d.metadata.name}`) ?? now;
    const progressing = done
      ? {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${rs?.metadata.name}" has successfully progressed.`,
        }
      : now - started > this.progressDeadlineMs
        ? {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: `ReplicaSet "${rs?.metadata.name}" has timed out progressing.`,
          }
        : {
            type: 'Progressing',
            status: 'True',
            reason: 'ReplicaSetUpdated',
            message: `ReplicaSet "${rs?.metadata.name}" is progressing.`,
          };
    out.status = {
      observedGeneration: d.metadata.generation,
      replicas: all.length,
      updatedReplicas: updated.length,
      readyReplicas: ready,
      availableReplicas: ready,
      ...(all.length - ready > 0 ? { unavailableReplicas: all.length - ready } : {}),
      conditions: [
        ready >= want
          ? {
              type: 'Available',
              status: 'True',
              reason: 'MinimumReplicasAvailable',
              message: 'Deployment has minimum availability.',
            }
          : {
              type: 'Available',
              status: 'False',
              reason: 'MinimumReplicasUnavailable',
              message: 'Deployment does not have minimum availability.',
            },
        progressing,
      ],
    };
    return out;
  }

  private validateDeployment(d: Obj): void {
    const causes: Obj[] = [];
    if (!d?.metadata?.name) causes.push({ field: 'metadata.name', message: 'Required value' });
    if (!d?.spec?.selector?.matchLabels) causes.push({ field: 'spec.selector', message: 'Required value' });
    const containers = d?.spec?.template?.spec?.containers;
    if (!Array.isArray(containers) || containers.length === 0)
      causes.push({ field: 'spec.template.spec.containers', message: 'Required value' });
    else
      containers.forEach((c: Obj, i: number) => {
        if (!c.image)
          causes.push({ field: `spec.template.spec.containers[${i}].image`, message: 'Required value' });
      });
    if (
      d?.spec?.selector?.matchLabels &&
      !matches(
        d.spec.template?.metadata?.labels,
        Object.entries(d.spec.selector.matchLabels)
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
      )
    )
      causes.push({
        field: 'spec.template.metadata.labels',
        message: 'Invalid value: `selector` does not match template `labels`',
      });
    if (d?.spec?.replicas !== undefined && (!Number.isInteger(d.spec.replicas) || d.spec.replicas < 0))
      causes.push({ field: 'spec.replicas', message: 'Invalid value: must be greater than or equal to 0' });
    if (causes.length)
      throw new HttpError(
        status(
          422,
          'Invalid',
          `Deployment.apps "${d?.metadata?.name ?? ''}" is invalid: ${causes.map((c) => `${c.field}: ${c.message}`).join(', ')}`,
          {
            name: d?.metadata?.name,
            group: 'apps',
            kind: 'Deployment',
            causes,
          },
        ),
      );
  }

  // ------------------------------------------------------------------ HTTP

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const idleSince = this.idleSince.get(req.socket);
    if (
      this.closeIdleAfterMs !== undefined &&
      idleSince !== undefined &&
      performance.now() - idleSince >= this.closeIdleAfterMs
    ) {
      this.idleCloses++;
      req.socket.destroy();
      return;
    }
    res.once('finish', () => this.idleSince.set(req.socket, performance.now()));
    const url = new URL(req.url ?? '/', 'http://x');
    const query = Object.fromEntries(url.searchParams.entries());
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      contentType: req.headers['content-type'],
      user: this.authenticate(req),
    };
    this.requests.push(logged);
    this.onRequest?.(logged);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    const raw = Buffer.concat(chunks).toString();
    logged.objectName =
      logged.method === 'POST' ? nameInBody(raw) : url.pathname.split('/').filter(Boolean).at(-1);
    if ((await this.beforeServe?.(logged)) === 'drop') {
      res.destroy();
      return;
    }
    const send = async (code: number, body: unknown, type = 'application/json') => {
      if (code < 300 && logged.method !== 'GET') this.writes.push(logged);
      await this.afterServe?.(logged, code);
      if (res.destroyed) return;
      res.writeHead(code, { 'content-type': type });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    try {
      let body: Obj | undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          throw new HttpError(status(400, 'BadRequest', 'the request body is not valid JSON'));
        }
      }

      if (!logged.user) throw new HttpError(status(401, 'Unauthorized', 'Unauthorized'));
      const out = this.route(
        req.method ?? 'GET',
        url.pathname,
        query,
        body,
        req.headers['content-type'] ?? '',
        logged,
      );
      if (typeof out.body === 'string') await send(out.code, out.body, 'text/plain');
      else await send(out.code, out.body);
    } catch (err) {
      if (err instanceof HttpError) await send(err.body.code, err.body);
      else await send(500, status(500, 'InternalError', String(err)));
    }
  }

  /** The bearer token if it is one we accept, else a client certificate signed by our CA. */
  private authenticate(req: IncomingMessage): string | undefined {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (bearer && this.tokens.has(bearer)) return `token:${bearer}`;
    const socket = req.socket as TLSSocket;
    if (socket.encrypted && socket.authorized) return `cert:${socket.getPeerCertificate().subject.CN}`;
    return undefined;
  }

  private current?: LoggedRequest;

  private checkRbac(
    verb: string,
    resource: string,
    ns: string | undefined,
    name: string | undefined,
    group: string,
  ): void {
    if (this.current) this.current.rbac = { verb, group, resource, ...(ns ? { namespace: ns } : {}) };
    const denied = this.denials.find(
      (d) => d.verb === verb && d.resource === resource && (!d.namespace || d.namespace === ns),
    );
    if (!denied) return;
    const [res, sub] = resource.split('/');
    const what = `${res}${group ? `.${group}` : ''}${name ? ` "${name}"` : ''}`;
    throw new HttpError(
      status(
        403,
        'Forbidden',
        `${what} is forbidden: User "system:serviceaccount:klepaas:klepaas" cannot ${verb} resource "${res}"${sub ? ` (subresource "${sub}")` : ''} in API group "${group}"${ns ? ` in the namespace "${ns}"` : ''}`,
        { name, group, kind: res },
      ),
    );
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Obj | undefined,
    contentType: string,
    logged: LoggedRequest,
  ): { code: number; body: unknown } {
    this.current = logged; // routing is synchronous: checkRbac records on this request
    try {
      return this.routeTo(method, path, query, body, contentType);
    } finally {
      this.current = undefined;
    }
  }

  private routeTo(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Obj | undefined,
    contentType: string,
  ): { code: number; body: unknown } {
    if (path === '/version')
      return { code: 200, body: { major: '1', minor: '34', gitVersion: 'v1.34.0-fake' } };
    const discovered = method === 'GET' ? discovery(path) : undefined;
    if (discovered) return { code: 200, body: discovered };
    if (path === '/apis/apps/v1/deployments' && method === 'GET') {
      this.checkRbac('list', 'deployments', undefined, undefined, 'apps');
      return {
        code: 200,
        body: this.list(
          'DeploymentList',
          'apps/v1',
          [...this.deployments.values()]
            .filter((d) => matches(d.metadata.labels, query.labelSelector))
            .map((d) => this.withStatus(d)),
        ),
      };
    }
    if (path === '/api/v1/pods' && method === 'GET') {
      this.checkRbac('list', 'pods', undefined, undefined, '');
      return {
        code: 200,
        body: this.list(
          'PodList',
          'v1',
          [...this.pods.values()]
            .filter((p) => matches(p.obj.metadata.labels, query.labelSelector))
            .map((p) => this.podView(p)),
        ),
      };
    }
    let m = path.match(/^\/api\/v1\/namespaces(?:\/([^/]+))?$/);
    if (m) return this.namespaceRoute(method, m[1], body);
    m = path.match(
      /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/(deployments|replicasets)(?:\/([^/]+))?(?:\/(scale))?$/,
    );
    if (m) {
      const [, ns, kind, name, sub] = m;
      this.requireNamespace(ns);
      if (kind === 'replicasets') {
        if (method !== 'GET' || name)
          throw new HttpError(
            status(
              405,
              'MethodNotAllowed',
              'the server does not allow this method on the requested resource',
            ),
          );
        this.checkRbac('list', 'replicasets', ns, undefined, 'apps');
        return {
          code: 200,
          body: this.list(
            'ReplicaSetList',
            'apps/v1',
            [...this.replicaSets.values()].filter(
              (r) => r.metadata.namespace === ns && matches(r.metadata.labels, query.labelSelector),
            ),
          ),
        };
      }
      if (sub) return this.scaleRoute(method, ns, name!, body, contentType);
      return this.deploymentRoute(method, ns, name, query, body, contentType);
    }
    m = path.match(/^\/api\/v1\/namespaces\/([^/]+)\/(pods|services)(?:\/([^/]+))?(?:\/(log))?$/);
    if (m) {
      const [, ns, kind, name, sub] = m;
      this.requireNamespace(ns);
      if (kind === 'pods') return this.podRoute(method, ns, name, sub, query);
      return this.serviceRoute(method, ns, name, body, contentType);
    }
    throw new HttpError(status(404, 'NotFound', 'the server could not find the requested resource'));
  }

  private list(kind: string, apiVersion: string, items: Obj[]) {
    return { kind, apiVersion, metadata: { resourceVersion: String(this.rv) }, items };
  }

  private requireNamespace(ns: string): void {
    if (!this.namespaces.has(ns))
      throw new HttpError(
        status(404, 'NotFound', `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' }),
      );
  }

  private namespaceRoute(method: string, name: string | undefined, body: Obj | undefined) {
    if (method === 'GET' && !name)
      return {
        code: 200,
        body: this.list(
          'NamespaceList',
          'v1',
          [...this.namespaces].map((n) => ({ metadata: { name: n } })),
        ),
      };
    if (method === 'GET' && name) {
      this.requireNamespace(name);
      return {
        code: 200,
        body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name }, status: { phase: 'Active' } },
      };
    }
    if (method === 'POST' && !name) {
      const n = body?.metadata?.name;
      if (this.namespaces.has(n))
        throw new HttpError(status(409, 'AlreadyExists', `namespaces "${n}" already exists`));
      this.namespaces.add(n);
      return { code: 201, body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: n } } };
    }
    throw new HttpError(status(405, 'MethodNotAllowed', 'method not allowed'));
  }

  private patchBody(current: Obj, patch: Obj | undefined, contentType: string): Obj {
    if (contentType.startsWith('application/merge-patch+json')) return mergePatch(current, patch) as Obj;
    if (contentType.startsWith('application/strategic-merge-patch+json'))
      return strategicPatch(current, patch) as Obj;
    throw new HttpError(
      status(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: application/merge-patch+json, application/strategic-merge-patch+json (got ${contentType})`,
      ),
    );
  }

  private storeDeployment(ns: string, next: Obj, previous: Obj | undefined): Obj {
    this.validateDeployment(next);
    delete next.status;
    next.metadata.namespace = ns;
    next.metadata.resourceVersion = this.nextRv();
    next.metadata.uid = previous?.metadata.uid ?? randomBytes(8).toString('hex');
    next.metadata.creationTimestamp = previous?.metadata.creationTimestamp ?? new Date().toISOString();
    const changed = !previous || JSON.stringify(previous.spec) !== JSON.stringify(next.spec);
    next.metadata.generation = (previous?.metadata.generation ?? 0) + (changed ? 1 : 0);
    next.spec.replicas = next.spec.replicas ?? 1;
    next.spec.strategy = next.spec.strategy ?? {
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: '25%', maxSurge: '25%' },
    };
    this.deployments.set(`${ns}/${next.metadata.name}`, next);
    this.reconcile(ns, next);
    return this.withStatus(next);
  }

  private getDeployment(ns: string, name: string): Obj {
    const d = this.deployments.get(`${ns}/${name}`);
    if (!d)
      throw new HttpError(
        status(404, 'NotFound', `deployments.apps "${name}" not found`, {
          name,
          group: 'apps',
          kind: 'deployments',
        }),
      );
    return d;
  }

  private deploymentRoute(
    method: string,
    ns: string,
    name: string | undefined,
    query: Record<string, string>,
    body: Obj | undefined,
    contentType: string,
  ) {
    const verb = rbacVerb(method, name);
    this.checkRbac(verb, 'deployments', ns, name ?? body?.metadata?.name, 'apps');
    if (!name && method === 'GET')
      return {
        code: 200,
        body: this.list(
          'DeploymentList',
          'apps/v1',
          [...this.deployments.values()]
            .filter((d) => d.metadata.namespace === ns && matches(d.metadata.labels, query.labelSelector))
            .map((d) => this.withStatus(d)),
        ),
      };
    if (!name && method === 'POST') {
      const n = body?.metadata?.name;
      if (n && this.deployments.has(`${ns}/${n}`))
        throw new HttpError(
          status(409, 'AlreadyExists', `deployments.apps "${n}" already exists`, {
            name: n,
            group: 'apps',
            kind: 'deployments',
          }),
        );
      const created = this.storeDeployment(ns, clone(body ?? {}), undefined);
      return { code: 201, body: created };
    }
    if (!name) throw new HttpError(status(405, 'MethodNotAllowed', 'method not allowed'));
    const current = this.getDeployment(ns, name);
    switch (method) {
      case 'GET':
        return { code: 200, body: this.withStatus(current) };
      case 'PUT': {
        const next = clone(body ?? {});
        if (next.metadata?.name !== name)
          throw new HttpError(
            status(400, 'BadRequest', 'the name of the object does not match the name on the URL'),
          );
        if (
          next.metadata?.resourceVersion &&
          next.metadata.resourceVersion !== current.metadata.resourceVersion
        )
          throw new HttpError(
            status(
              409,
              'Conflict',
              `Operation cannot be fulfilled on deployments.apps "${name}": the object has been modified; please apply your changes to the latest version and try again`,
              { name, group: 'apps', kind: 'deployments' },
            ),
          );
        return { code: 200, body: this.storeDeployment(ns, next, current) };
      }
      case 'PATCH': {
        const next = this.patchBody(clone(current), body, contentType);
        return { code: 200, body: this.storeDeployment(ns, next, current) };
      }
      case 'DELETE': {
        this.deployments.delete(`${ns}/${name}`);
        for (const [k, rs] of this.replicaSets)
          if (rs.metadata.namespace === ns && rs.metadata.ownerReferences?.[0]?.name === name) {
            for (const p of this.podsOfRs(ns, rs.metadata.name))
              this.pods.delete(`${ns}/${p.obj.metadata.name}`);
            this.replicaSets.delete(k);
          }
        return {
          code: 200,
          body: {
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Success',
            details: { name, group: 'apps', kind: 'deployments', uid: current.metadata.uid },
          },
        };
      }
    }
    throw new HttpError(status(405, 'MethodNotAllowed', 'method not allowed'));
  }

  private scaleRoute(method: string, ns: string, name: string, body: Obj | undefined, contentType: string) {
    const verb = method === 'GET' ? 'get' : method === 'PUT' ? 'update' : 'patch';
    this.checkRbac(verb, 'deployments/scale', ns, name, 'apps');
    const current = this.getDeployment(ns, name);
    const scaleOf = (d: Obj) => {
      const s = this.withStatus(d);
      return {
        kind: 'Scale',
        apiVersion: 'autoscaling/v1',
        metadata: { name, namespace: ns, resourceVersion: d.metadata.resourceVersion, uid: d.metadata.uid },
        spec: { replicas: d.spec.replicas },
        status: {
          replicas: s.status.replicas,
          selector: Object.entries(d.spec.selector.matchLabels)
            .map(([k, v]) => `${k}=${v}`)
            .join(','),
        },
      };
    };
    if (method === 'GET') return { code: 200, body: scaleOf(current) };
    let replicas: unknown;
    if (method === 'PUT') {
      if (
        body?.metadata?.resourceVersion &&
        body.metadata.resourceVersion !== current.metadata.resourceVersion
      )
        throw new HttpError(
          status(
            409,
            'Conflict',
            `Operation cannot be fulfilled on deployments.apps "${name}": the object has been modified`,
          ),
        );
      replicas = body?.spec?.replicas;
    } else if (method === 'PATCH')
      replicas = (this.patchBody(scaleOf(current), body, contentType) as Obj).spec?.replicas;
    else throw new HttpError(status(405, 'MethodNotAllowed', 'method not allowed'));
    if (!Number.isInteger(replicas) || (replicas as number) < 0)
      throw new HttpError(
        status(
          422,
          'Invalid',
          `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: must be greater than or equal to 0`,
          { causes: [{ field: 'spec.replicas', message: 'Invalid value' }] },
        ),
      );
    const next = clone(current);
    next.spec.replicas = replicas;
    this.storeDeployment(ns, next, current);
    return { code: 200, body: scaleOf(this.deployments.get(`${ns}/${name}`)!) };
  }

  private podRoute(
    method: string,
    ns: string,
    name: string | undefined,
    sub: string | undefined,
    query: Record<string, string>,
  ) {
    if (method !== 'GET') throw new HttpError(status(405, 'MethodNotAllowed', 'method not allowed'));
    if (!name) {
      this.checkRbac('list', 'pods', ns, undefined, '');
      return {
        code: 200,
        body: this.list(
          'PodList',
          'v1',
          [...this.pods.values()]
            .filter(
              (p) => p.obj.metadata.namespace === ns && matches(p.obj.metadata.labels, query.labelSelector),
            )
            .map((p) => this.podView(p)),
        ),
      };
    }
    this.checkRbac('get', sub ? 'pods/log' : 'pods', ns, name, '');
    const pod = this.pods.get(`${ns}/${name}`);
    if (!pod)
      throw new HttpError(status(404, 'NotFound', `pods "${name}" not found`, { name, kind: 'pods' }));
    if (!sub) return { code: 200, body: this.podView(pod) };
    const containers: string[] = pod.obj.spec.containers.map((c: Obj) => c.name);
    const container = query.container ?? (containers.length === 1 ? containers[0] : undefined);
    if (!container)
      throw new HttpError(
        status(
          400,
          'BadRequest',
          `a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]`,
        ),
      );
    if (!containers.includes(container))
      throw new HttpError(status(400, 'BadRequest', `container ${container} is not valid for pod ${name}`));
    const previous = query.previous === 'true';
    if (previous && !pod.obj.metadata.annotations?.['fake/restarts'])
      throw new HttpError(
        status(400, 'BadRequest', `previous terminated container "${container}" in pod "${name}" not found`),
      );
    const total = 300;
    const all = Array.from(
      { length: total },
      (_, i) => `${previous ? 'previous ' : ''}${name}/${container} line ${i + 1}`,
    );
    const tail = query.tailLines !== undefined ? Number(query.tailLines) : total;
    return { code: 200, body: `${all.slice(Math.max(0, total - tail)).join('\n')}\n` };
  }

  private serviceRoute(
    method: string,
    ns: string,
    name: string | undefined,
    body: Obj | undefined,
    contentType: string,
  ) {
    const verb = rbacVerb(method, name);
    this.checkRbac(verb, 'services', ns, name ?? body?.metadata?.name, '');
    if (!name && method === 'GET')
      return {
        code: 200,
        body: this.list(
          'ServiceList',
          'v1',
          [...this.services.values()].filter((s) => s.metadata.namespace === ns),
        ),
      };
    if (!name && method === 'POST') {
      const n = body?.metadata?.name;
      if (this.services.has(`${ns}/${n}`))
        throw new HttpError(
          status(409, 'AlreadyExists', `services "${n}" already exists`, { name: n, kind: 'services' }),
        );
      const s = clone(body ?? {});
      s.metadata = {
        ...s.metadata,
        namespace: ns,
        resourceVersion: this.nextRv(),
        uid: randomBytes(8).toString('hex'),
      };
      s.spec = {
        type: 'ClusterIP',
        ...s.spec,
        clusterIP: `10.96.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`,
      };
      this.services.set(`${ns}/${n}`, s);
      return { code: 201, body: s };
    }
    if (!name) throw new HttpError(status(405, 'MethodNotAllowed', 'method not allowed'));
    const current = this.services.get(`${ns}/${name}`);
    if (!current)
      throw new HttpError(
        status(404, 'NotFound', `services "${name}" not found`, { name, kind: 'services' }),
      );
    if (method === 'GET') return { code: 200, body: current };
    if (method === 'DELETE') {
      this.services.delete(`${ns}/${name}`);
      return {
        code: 200,
        body: { kind: 'Status', apiVersion: 'v1', status: 'Success', details: { name, kind: 'services' } },
      };
    }
    const next = method === 'PATCH' ? this.patchBody(current, body, contentType) : clone(body ?? {});
    if (
      method === 'PUT' &&
      next.metadata?.resourceVersion &&
      next.metadata.resourceVersion !== current.metadata.resourceVersion
    )
      throw new HttpError(
        status(
          409,
          'Conflict',
          `Operation cannot be fulfilled on services "${name}": the object has been modified`,
        ),
      );
    if ((next.spec?.clusterIP ?? '') !== current.spec.clusterIP)
      throw new HttpError(
        status(
          422,
          'Invalid',
          `Service "${name}" is invalid: spec.clusterIP: Invalid value: "${next.spec?.clusterIP ?? ''}": field is immutable`,
          { causes: [{ field: 'spec.clusterIP', message: 'field is immutable' }] },
        ),
      );
    next.metadata = {
      ...next.metadata,
      namespace: ns,
      resourceVersion: this.nextRv(),
      uid: current.metadata.uid,
    };
    this.services.set(`${ns}/${name}`, next);
    return { code: 200, body: next };
  }
}

const base64 = (pem: string) => Buffer.from(pem).toString('base64');

/**
 * A kubeconfig for `server`, returning its path. With `ca` the server is verified against it (as real
 * clusters are); without, plain HTTP needs insecure-skip-tls-verify. The user has the bearer token, or the
 * `client` certificate and key.
 */
export function writeFakeKubeconfig(
  server: string,
  dir = mkdtempSync(join(tmpdir(), 'klepaas-kube-')),
  tls: { ca?: string; client?: { cert: string; key: string } } = {},
): string {
  const path = join(dir, 'kubeconfig');
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'fake',
        cluster: tls.ca
          ? { server, 'certificate-authority-data': base64(tls.ca) }
          : { server, 'insecure-skip-tls-verify': true },
      },
    ],
    users: [
      {
        name: 'fake-user',
        user: tls.client
          ? { 'client-certificate-data': base64(tls.client.cert), 'client-key-data': base64(tls.client.key) }
          : { token: FAKE_TOKEN },
      },
    ],
    contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'fake-user' } }],
    'current-context': 'fake',
  };
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}
