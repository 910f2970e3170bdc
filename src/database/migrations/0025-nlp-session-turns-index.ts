import type { Kysely } from 'kysely';

/**
 * The turns of a conversation (NlpRepository.turns: one session and user, newest first by created_at then
 * id, a few of them) straight from one index: the index walk stops after `limit` entries. The index of
 * 0020 (session_id, created_at) made every command read and sort all of its session's turns since the
 * context TTL (the id tie-break needed a temporary B-tree), so a command cost more the longer its
 * conversation was. This index serves every query the old one did.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('nlp_interactions_session_turns_idx')
    .on('nlp_interactions')
    .columns(['session_id', 'user_id', 'created_at', 'id'])
    .execute();
  await db.schema.dropIndex('nlp_interactions_session_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('nlp_interactions_session_idx')
    .on('nlp_interactions')
    .columns(['session_id', 'created_at'])
    .execute();
  await db.schema.dropIndex('nlp_interactions_session_turns_idx').execute();
}
