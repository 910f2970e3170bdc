import type { Kysely } from 'kysely';

/** CI/CD: one row per GitHub delivery (idempotency key = X-GitHub-Delivery) and one per deploy job. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cicd_delivery')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('delivery_id', 'varchar(128)', (c) => c.notNull().unique())
    .addColumn('event', 'varchar(64)', (c) => c.notNull())
    .addColumn('action', 'varchar(64)')
    .addColumn('repository', 'varchar(255)')
    .addColumn('sender', 'varchar(255)')
    .addColumn('secret', 'varchar(32)', (c) => c.notNull())
    .addColumn('outcome', 'varchar(32)', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('apps', 'text')
    .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('cicd_delivery_received_idx')
    .on('cicd_delivery')
    .columns(['received_at', 'id'])
    .execute();
  await db.schema
    .createTable('cicd_job')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('delivery_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('app', 'varchar(255)', (c) => c.notNull())
    .addColumn('environment', 'varchar(32)', (c) => c.notNull())
    .addColumn('tag', 'varchar(255)', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('trigger', 'varchar(64)', (c) => c.notNull())
    .addColumn('repository', 'varchar(255)', (c) => c.notNull())
    .addColumn('revision', 'integer')
    .addColumn('ref', 'varchar(255)')
    .addColumn('actor', 'varchar(255)', (c) => c.notNull())
    .addColumn('status', 'varchar(32)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deployment_id', 'varchar(64)')
    .addColumn('error', 'text')
    .addColumn('confirmed_by', 'varchar(255)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('run_after', 'varchar(32)')
    .addColumn('started_at', 'varchar(32)')
    .addColumn('finished_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('cicd_job_delivery_idx')
    .on('cicd_job')
    .columns(['delivery_id', 'app'])
    .unique()
    .execute();
  await db.schema
    .createIndex('cicd_job_status_idx')
    .on('cicd_job')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('cicd_job_target_idx')
    .on('cicd_job')
    .columns(['app', 'environment', 'tag'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cicd_job').execute();
  await db.schema.dropTable('cicd_delivery').execute();
}
