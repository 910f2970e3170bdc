import {
  Global,
  Inject,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { AppConfig } from '../config/app.config.js';
import { ReadinessModule } from '../common/readiness/readiness.module.js';
import { ReadinessRegistry } from '../common/readiness/readiness.registry.js';
import { openDatabase, type DatabaseHandle } from './database.factory.js';
import {
  DATABASE,
  DATABASE_DATA_VERSION,
  DATABASE_READ_NOW,
  type DataVersion,
  type ReadNow,
} from './database.tokens.js';
import { MIGRATIONS } from './migrations/migration-list.js';
import { WriteBehindConfig } from './write-behind.config.js';
import { OVERLAPPING_READS } from './overlapping-reads.js';
import { WriteBehindQueue } from './write-behind.js';

const DATABASE_HANDLE = Symbol('DATABASE_HANDLE');

/**
 * On PostgreSQL the migration tables are pinned to our schema: Kysely otherwise looks for them in any
 * schema of the database, and would find another deployment's (or test run's) tables.
 */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const { db } = handle;
  const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };
  const { error, results } = await new Migrator({
    db,
    provider,
    migrationTableName: 'klepaas_migration',
    migrationLockTableName: 'klepaas_migration_lock',
    // Modules own number ranges (0010 deployments, 0030 cicd, 0040 mcp-external …), so a module's new
    // migration may sort before one a database already ran; each touches only its own tables.
    allowUnorderedMigrations: true,
    ...(handle.dialect === 'postgres' ? { migrationTableSchema: handle.schema ?? 'public' } : {}),
  }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Opens the database, runs migrations before the app listens, and registers the readiness check. */
@Global()
@Module({
  imports: [ReadinessModule],
  providers: [
    {
      provide: DATABASE_HANDLE,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<DatabaseHandle> => {
        const handle = await openDatabase(config.KLEPAAS_DATABASE_URL, config.KLEPAAS_DATABASE_SCHEMA);
        const applied = await migrateToLatest(handle);
        new Logger('Database').log(
          `${handle.dialect} ready${applied.length ? `, applied migrations: ${applied.join(', ')}` : ''}`,
        );
        return handle;
      },
    },
    { provide: DATABASE, inject: [DATABASE_HANDLE], useFactory: (h: DatabaseHandle) => h.db },
    {
      provide: OVERLAPPING_READS,
      inject: [DATABASE_HANDLE],
      useFactory: (h: DatabaseHandle) => h.dialect === 'postgres',
    },
    {
      provide: DATABASE_DATA_VERSION,
      inject: [DATABASE_HANDLE],
      useFactory: (h: DatabaseHandle): DataVersion => h.dataVersion ?? null,
    },
    {
      provide: DATABASE_READ_NOW,
      inject: [DATABASE_HANDLE],
      useFactory: (h: DatabaseHandle): ReadNow => h.readNow ?? null,
    },
    {
      provide: WriteBehindQueue,
      inject: [DATABASE_HANDLE, WriteBehindConfig],
      useFactory: (h: DatabaseHandle, c: WriteBehindConfig) =>
        new WriteBehindQueue(h.db, {
          intervalMs: c.KLEPAAS_WRITE_BEHIND_INTERVAL_MS,
          capacity: c.KLEPAAS_WRITE_BEHIND_CAPACITY,
          maxBatch: 1000,
          oneStatement: h.dialect === 'postgres',
          ...(h.dialect === 'sqlite' && {
            unsyncedFlushes: {
              off: 'pragma synchronous = NORMAL',
              on: 'pragma synchronous = FULL',
              maxUnsyncedMs: c.KLEPAAS_WRITE_BEHIND_MAX_UNSYNCED_MS,
            },
          }),
        }),
    },
  ],
  exports: [DATABASE, DATABASE_DATA_VERSION, DATABASE_READ_NOW, OVERLAPPING_READS, WriteBehindQueue],
})
export class DatabaseModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(DATABASE_HANDLE) private readonly handle: DatabaseHandle,
    private readonly readiness: ReadinessRegistry,
    private readonly writeBehind: WriteBehindQueue,
  ) {}

  onModuleInit(): void {
    this.readiness.register(
      'database',
      async () => {
        await this.handle.ping();
        return { dialect: this.handle.dialect };
      },
      'required',
    );
  }

  /**
   * Runs after the HTTP server has closed (in-flight requests answered): what they queued is committed
   * before the connection goes, whichever module's hook runs first.
   */
  async onApplicationShutdown(): Promise<void> {
    await this.writeBehind.drain();
    await this.handle.db.destroy();
  }
}
