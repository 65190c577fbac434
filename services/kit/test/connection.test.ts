import { decodeCursor, encodeCursor, keysetFilter, readPage, toConnection, type SortSpec } from '../src';

const order: SortSpec = [
  ['publishedAt', -1],
  ['_id', -1],
];

describe('connections', () => {
  it('round-trips cursors, dates included', () => {
    const date = new Date('2024-03-01T10:00:00Z');
    expect(decodeCursor(order, encodeCursor(order, [date, 'abc']))).toEqual([date, 'abc']);
  });

  it('refuses a cursor of another ordering or garbage with BAD_USER_INPUT on `after`', () => {
    const other = encodeCursor([['name', 1], ['_id', 1]], ['x', 'y']);
    for (const after of [other, 'garbage']) {
      expect(() => readPage({ after }, order)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
    }
  });

  it('bounds `first`', () => {
    expect(readPage({}, order).limit).toBe(20);
    expect(readPage({ first: 100 }, order).limit).toBe(100);
    for (const first of [101, -1, 2.5]) {
      expect(() => readPage({ first }, order)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) }));
    }
  });

  it('builds the keyset filter after a cursor', () => {
    const page = readPage({ after: encodeCursor(order, [new Date('2024-01-01'), 'm']) }, order);
    expect(keysetFilter(page)).toEqual({
      $or: [{ publishedAt: { $lt: new Date('2024-01-01') } }, { publishedAt: new Date('2024-01-01'), _id: { $lt: 'm' } }],
    });
  });

  it('tells whether a next page exists from the extra row', async () => {
    const page = readPage({ first: 2 }, [['_id', 1]]);
    const connection = toConnection([{ _id: 'a' }, { _id: 'b' }, { _id: 'c' }], page, async () => 3);
    expect(connection.edges.map((e) => e.node._id)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.sort, connection.pageInfo.endCursor!)).toEqual(['b']);
    expect(await connection.totalCount()).toBe(3);
  });
});
