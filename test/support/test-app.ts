import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import { createApp, type CreateAppOptions } from '../../src/app.factory.js';
import type { RawEnv } from '../../src/config/env-validation.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-000';
export const POSTGRES_URL =
  process.env.KLEPAAS_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type TestDatabase = 'sqlite' | 'postgres';
export const testDatabase = (): TestDatabase =>
  process.env.KLEPAAS_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A database of the current e2e project's kind that no other run can see: a temp SQLite file, or a
 * fresh PostgreSQL schema. Never the developer's ./data folder.
 */
export class TestDatabaseHandle {
  private constructor(
    readonly kind: TestDatabase,
    readonly env: RawEnv,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static create(kind: TestDatabase = testDatabase()): TestDatabaseHandle {
    if (kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'klepaas-test-'));
      return new TestDatabaseHandle(
        kind,
        { KLEPAAS_DATABASE_URL: `sqlite:${join(dir, 'klepaas.db')}` },
        async () => rmSync(dir, { recursive: true, force: true }),
      );
    }
    const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    return new TestDatabaseHandle(
      kind,
      { KLEPAAS_DATABASE_URL: POSTGRES_URL, KLEPAAS_DATABASE_SCHEMA: schema },
      async () => {
        const client = new pg.Client({ connectionString: POSTGRES_URL });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      },
    );
  }

  drop(): Promise<void> {
    return this.cleanup();
  }
}

export interface TestApp {
  app: NestExpressApplication;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Close the app; the database stays (reuse it with `startTestApp({ database })` to test restarts). */
  close(): Promise<void>;
  /** Close the app and drop its database. */
  destroy(): Promise<void>;
  database: TestDatabaseHandle;
}

export interface StartOptions {
  env?: RawEnv;
  database?: TestDatabaseHandle;
  /** createApp's options (e.g. the probe fast lane off, to compare with the routed answer). */
  app?: CreateAppOptions;
}

/** The real application on a real port, configured like production apart from what `env` overrides. */
export async function startTestApp(options: StartOptions = {}): Promise<TestApp> {
  const database = options.database ?? TestDatabaseHandle.create();
  const env: RawEnv = {
    KLEPAAS_ENV: 'test',
    KLEPAAS_AUTH_MODE: 'jwt',
    KLEPAAS_JWT_SECRET: TEST_JWT_SECRET,
    KLEPAAS_LOG_LEVEL: process.env.KLEPAAS_TEST_LOG_LEVEL ?? 'silent',
    ...database.env,
    ...options.env,
  };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const app = await createApp(env, options.app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    close,
    destroy: async () => {
      await close();
      await database.drop();
    },
    database,
  };
}
