import type { Kysely } from 'kysely';

/** NLP: conversation turns (interactions), feedback, learned phrase rules. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('nlp_interactions')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('session_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('project', 'varchar(255)')
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('language', 'varchar(8)', (c) => c.notNull())
    .addColumn('intent', 'varchar(32)', (c) => c.notNull())
    .addColumn('entities', 'text', (c) => c.notNull())
    .addColumn('confidence', 'integer', (c) => c.notNull())
    .addColumn('ambiguous', 'integer', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('interpretation', 'text', (c) => c.notNull())
    .addColumn('kind', 'varchar(16)', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('nlp_interactions_session_idx')
    .on('nlp_interactions')
    .columns(['session_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('nlp_interactions_user_idx')
    .on('nlp_interactions')
    .columns(['user_id', 'project', 'created_at'])
    .execute();

  await db.schema
    .createIndex('nlp_interactions_kind_idx')
    .on('nlp_interactions')
    .columns(['kind', 'project', 'created_at'])
    .execute();

  await db.schema
    .createTable('nlp_feedback')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('interaction_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)', (c) => c.notNull())
    .addColumn('project', 'varchar(255)')
    .addColumn('correct', 'integer', (c) => c.notNull())
    .addColumn('source', 'varchar(16)', (c) => c.notNull())
    .addColumn('corrected', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('nlp_feedback_created_idx')
    .on('nlp_feedback')
    .columns(['created_at'])
    .execute();

  await db.schema
    .createTable('nlp_rules')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('scope', 'varchar(16)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)')
    .addColumn('project', 'varchar(255)')
    .addColumn('rule_key', 'varchar(500)', (c) => c.notNull())
    .addColumn('phrase', 'text', (c) => c.notNull())
    .addColumn('intent', 'varchar(32)', (c) => c.notNull())
    .addColumn('entities', 'text', (c) => c.notNull())
    .addColumn('example', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('nlp_rules_owner_idx')
    .on('nlp_rules')
    .columns(['scope', 'user_id', 'project'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('nlp_rules').execute();
  await db.schema.dropTable('nlp_feedback').execute();
  await db.schema.dropTable('nlp_interactions').execute();
}
