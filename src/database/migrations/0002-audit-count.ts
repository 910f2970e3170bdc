import type { Kysely } from 'kysely';

/**
 * Denials are recorded one row per (caller, route, status, second) with how many arrived: a flood of
 * 401s stays auditable without turning each request into a row. Every other record counts 1.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_log')
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('audit_log').dropColumn('count').execute();
}
