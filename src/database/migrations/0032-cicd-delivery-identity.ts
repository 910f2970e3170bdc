import type { Kysely } from 'kysely';

/**
 * The payload's own identity per delivery that would deploy (X-GitHub-Delivery is not signed: a replay
 * can carry a new one). Unique, so two replays racing each other record one delivery.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cicd_delivery').addColumn('payload_key', 'varchar(100)').execute();
  await db.schema
    .createIndex('cicd_delivery_payload_key_idx')
    .on('cicd_delivery')
    .column('payload_key')
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cicd_delivery_payload_key_idx').execute();
  await db.schema.alterTable('cicd_delivery').dropColumn('payload_key').execute();
}
