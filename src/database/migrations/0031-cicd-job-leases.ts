import type { Kysely } from 'kysely';

/**
 * A running job is leased by the worker that claimed it (owner_id) until lease_expires_at, renewed
 * while it runs: a job whose worker died is taken over by any replica once its lease expires.
 * blocked_since: when the job first found its app/environment locked by another operation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cicd_job').addColumn('owner_id', 'varchar(128)').execute();
  await db.schema.alterTable('cicd_job').addColumn('lease_expires_at', 'varchar(32)').execute();
  await db.schema.alterTable('cicd_job').addColumn('blocked_since', 'varchar(32)').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cicd_job').dropColumn('blocked_since').execute();
  await db.schema.alterTable('cicd_job').dropColumn('lease_expires_at').execute();
  await db.schema.alterTable('cicd_job').dropColumn('owner_id').execute();
}
