import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawEnv } from '../../src/config/env-validation.js';
import { sleep, waitFor } from './wait.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(ROOT, 'dist', 'main.js');
/** Per checkout, outside it (nothing to ignore or clean up in git). */
const BUILD_LOCK = join(
  tmpdir(),
  `klepaas-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`,
);
/** A lock older than this was left by a killed test run. */
const STALE_LOCK_MS = 120_000;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const isStale = () => !existsSync(MAIN) || statSync(MAIN).mtimeMs < newestMtime(join(ROOT, 'src'));

/**
 * `npm run build` when dist/ is missing or older than src/. Test workers of both databases may get here
 * at once: a lock directory lets one build while the others wait for it.
 */
export async function ensureBuilt(): Promise<void> {
  for (const until = Date.now() + 120_000; isStale();) {
    try {
      mkdirSync(BUILD_LOCK);
    } catch {
      const held = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS)
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() > until) throw new Error(`${BUILD_LOCK} is held for too long`);
      await sleep(250);
      continue;
    }
    try {
      if (!isStale()) return;
      const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
    } finally {
      rmSync(BUILD_LOCK, { recursive: true, force: true });
    }
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built service (`node dist/main.js`) as a real child process. */
export class ServiceProcess {
  private exited: Promise<void>;

  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    readonly output: string[],
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
  }

  /**
   * Starts it in an empty working directory (no developer .env) with exactly `env` (plus PATH), and
   * resolves once /api/v1/healthz answers.
   */
  static async start(env: RawEnv): Promise<ServiceProcess> {
    const port = await freePort();
    const output: string[] = [];
    const child = spawn(process.execPath, [MAIN], {
      cwd: mkdtempSync(join(tmpdir(), 'klepaas-service-')),
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const service = new ServiceProcess(child, `http://127.0.0.1:${port}`, output);
    try {
      await waitFor(
        'the service to answer /api/v1/healthz',
        async () => {
          if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
          return fetch(`${service.url}/api/v1/healthz`)
            .then((r) => r.ok)
            .catch(() => false);
        },
        // startup trains the intent classifier: 20–30 s on a loaded 2-core machine
        90_000,
        50,
      );
    } catch (err) {
      await service.kill();
      throw new Error(`${(err as Error).message}\n${output.join('')}`, { cause: err });
    }
    return service;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL: no shutdown hook runs, nothing is released or flushed. */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and wait (a graceful shutdown). */
  async stop(): Promise<void> {
    if (this.alive) this.child.kill('SIGTERM');
    await this.exited;
  }
}
