import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deployment_records')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('app', 'varchar(63)', (c) => c.notNull())
    .addColumn('environment', 'varchar(16)', (c) => c.notNull())
    .addColumn('namespace', 'varchar(63)', (c) => c.notNull())
    .addColumn('operation', 'varchar(16)', (c) => c.notNull())
    .addColumn('revision', 'integer')
    .addColumn('tag', 'varchar(255)')
    .addColumn('replicas_before', 'integer')
    .addColumn('replicas_after', 'integer')
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('source', 'varchar(8)', (c) => c.notNull())
    .addColumn('status', 'varchar(16)', (c) => c.notNull())
    .addColumn('reason', 'varchar(255)')
    .addColumn('error', 'text')
    .addColumn('correlation_id', 'varchar(255)')
    .addColumn('details', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('deployment_records_app_env_idx')
    .on('deployment_records')
    .columns(['app', 'environment', 'created_at'])
    .execute();
  await db.schema
    .createIndex('deployment_records_status_idx')
    .on('deployment_records')
    .columns(['status', 'created_at'])
    .execute();

  // One row per app+environment while an operation runs: the unique key serialises operations across
  // replicas on SQLite and PostgreSQL alike; expires_at is a lease renewed while the operation runs.
  await db.schema
    .createTable('operation_locks')
    .addColumn('lock_key', 'varchar(128)', (c) => c.primaryKey())
    .addColumn('operation_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('acquired_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('confirmation_tokens')
    .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('plan_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('used_at', 'varchar(32)')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('confirmation_tokens').execute();
  await db.schema.dropTable('operation_locks').execute();
  await db.schema.dropTable('deployment_records').execute();
}
