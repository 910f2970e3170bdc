import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from './keyset-cursor.js';

/** Page sizes of every newest-first listing: 50 unless asked, at most `max` (the DTO says the same). */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** What a listing asks its repository for: one row more than the page, so it knows whether another follows. */
export interface KeysetRequest {
  limit: number;
  fetch: number;
  /** Only rows strictly older than this position (from the cursor). */
  before?: KeysetPosition;
}

/** Reads `cursor` and `limit` of a listing's query; a forged cursor is a 400. */
export function keysetRequest(q: { cursor?: string; limit?: number }, max = MAX_PAGE_SIZE): KeysetRequest {
  const limit = Math.min(Math.max(q.limit ?? DEFAULT_PAGE_SIZE, 1), max);
  return { limit, fetch: limit + 1, before: q.cursor ? decodeKeysetCursor(q.cursor) : undefined };
}

/**
 * WHERE for rows strictly older than `position` in (timestamp desc, id desc) order — the ids break ties within
 * one timestamp. Column names may be qualified (`d.received_at`).
 */
export function olderThan(
  columns: { at: string; id: string },
  position: KeysetPosition,
): RawBuilder<SqlBool> {
  const at = sql.ref(columns.at);
  return sql<SqlBool>`(${at} < ${position.at} or (${at} = ${position.at} and ${sql.ref(columns.id)} < ${position.id}))`;
}

export interface KeysetPage<T> {
  items: T[];
  /** Pass as cursor for the next (older) page; null at the end. */
  nextCursor: string | null;
}

/** The page out of the rows a keyset request fetched, with the cursor after its last row when more follow. */
export function keysetPage<R, T>(
  rows: R[],
  request: KeysetRequest,
  positionOf: (row: R) => KeysetPosition,
  toItem: (row: R) => T,
): KeysetPage<T> {
  const page = rows.slice(0, request.limit);
  const last = page[page.length - 1];
  const more = rows.length > request.limit && last !== undefined;
  return { items: page.map(toItem), nextCursor: more ? encodeCursorOf(positionOf(last)) : null };
}

const encodeCursorOf = ({ at, id }: KeysetPosition) => encodeKeysetCursor(at, id);
