import type { Kysely } from 'kysely';

/** A CI/CD job resumed after a crash finds the deployment record it started by its correlation id. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('deployment_records_correlation_idx')
    .on('deployment_records')
    .columns(['correlation_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deployment_records_correlation_idx').execute();
}
