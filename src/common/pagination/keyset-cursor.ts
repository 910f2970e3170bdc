import { BadRequestError } from '../errors/app-error.js';

/** A row's place in a newest-first listing: its timestamp and, for ties, its id. */
export interface KeysetPosition {
  at: string;
  id: string;
}

/** Opaque `nextCursor` for keyset pagination (base64url of `timestamp|id`). */
export function encodeKeysetCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

/** The position a cursor names; a forged or damaged cursor is a 400, never a silent first page. */
export function decodeKeysetCursor(cursor: string): KeysetPosition {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at))) throw new BadRequestError('Invalid cursor');
  return { at, id };
}
