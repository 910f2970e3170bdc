import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mcp_external_providers')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('provider_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('base_url', 'varchar(2048)', (c) => c.notNull())
    .addColumn('config', 'text', (c) => c.notNull())
    // JSON: non-secret auth fields plus `sealed` = AES-256-GCM of the secret fields.
    .addColumn('auth', 'text', (c) => c.notNull())
    .addColumn('breaker', 'text', (c) => c.notNull())
    .addColumn('retry', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mcp_external_providers').execute();
}
