import type { Kysely } from 'kysely';

/**
 * NLP: plans waiting for a "yes"/"no" in the conversation that asked for them (one session, one user).
 * The confirmation token is kept only as its hash, like confirmation_tokens.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('nlp_pending_confirmations')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('session_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('interaction_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('request', 'text', (c) => c.notNull())
    .addColumn('language', 'varchar(8)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('resolved_at', 'varchar(32)')
    .addColumn('resolution', 'varchar(16)')
    .execute();
  await db.schema
    .createIndex('nlp_pending_confirmations_session_idx')
    .on('nlp_pending_confirmations')
    .columns(['session_id', 'user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('nlp_pending_confirmations').execute();
}
