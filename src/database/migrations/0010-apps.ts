import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('apps')
    .addColumn('name', 'varchar(63)', (c) => c.primaryKey())
    .addColumn('image', 'varchar(512)', (c) => c.notNull())
    .addColumn('port', 'integer')
    .addColumn('replicas', 'integer', (c) => c.notNull())
    .addColumn('env', 'text', (c) => c.notNull())
    .addColumn('resources', 'text')
    .addColumn('github_repo', 'varchar(255)')
    .addColumn('environments', 'text', (c) => c.notNull())
    .addColumn('created_by', 'varchar(255)')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('apps_github_repo_idx').on('apps').column('github_repo').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('apps').execute();
}
