import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('user_id', 'varchar(255)')
    .addColumn('ip', 'varchar(64)')
    .addColumn('action', 'varchar(255)', (c) => c.notNull())
    .addColumn('resource', 'varchar(1024)')
    .addColumn('status', 'integer', (c) => c.notNull())
    .addColumn('request_id', 'varchar(128)')
    .addColumn('details', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_created_idx')
    .on('audit_log')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('audit_log_user_idx')
    .on('audit_log')
    .columns(['user_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
}
