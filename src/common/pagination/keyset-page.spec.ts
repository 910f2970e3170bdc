import { encodeKeysetCursor } from './keyset-cursor.js';
import { keysetPage, keysetRequest } from './keyset-page.js';

describe('keyset paging', () => {
  it('asks for one row more than the page, within 1…max', () => {
    expect(keysetRequest({})).toEqual({ limit: 50, fetch: 51, before: undefined });
    expect(keysetRequest({ limit: 0 })).toMatchObject({ limit: 1, fetch: 2 });
    expect(keysetRequest({ limit: 900 })).toMatchObject({ limit: 500 });
    expect(keysetRequest({ limit: 900 }, 200)).toMatchObject({ limit: 200 });
  });

  it('reads the position from the cursor and refuses a forged one', () => {
    const cursor = encodeKeysetCursor('2026-12-01T00:00:00.000Z', 'r1');
    expect(keysetRequest({ cursor }).before).toEqual({ at: '2026-12-01T00:00:00.000Z', id: 'r1' });
    expect(() => keysetRequest({ cursor: 'bm9wZQ' })).toThrow('Invalid cursor');
  });

  const rows = ['c', 'b', 'a'].map((id, i) => ({ id, at: `2026-12-0${3 - i}T00:00:00.000Z` }));
  const page = (fetched: typeof rows, limit: number) =>
    keysetPage(
      fetched,
      { limit, fetch: limit + 1 },
      (r) => r,
      (r) => r.id,
    );

  it('cuts the extra row and points the cursor after the last row of the page', () => {
    expect(page(rows, 2)).toEqual({ items: ['c', 'b'], nextCursor: encodeKeysetCursor(rows[1].at, 'b') });
  });

  it('has no cursor on the last page', () => {
    expect(page(rows, 3)).toEqual({ items: ['c', 'b', 'a'], nextCursor: null });
    expect(page([], 3)).toEqual({ items: [], nextCursor: null });
  });
});
