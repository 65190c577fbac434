import { connectionFromArray, decodeCursor, emptyConnection, encodeCursor, keysetFilter, readPage, toConnection, type SortSpec } from '../src';

const order: SortSpec = [
  ['publishedAt', -1, 'date'],
  ['_id', -1, 'string'],
];

describe('connections', () => {
  it('round-trips cursors, dates included', () => {
    const date = new Date('2024-03-01T10:00:00Z');
    expect(decodeCursor(order, encodeCursor(order, [date, 'abc']))).toEqual([date, 'abc']);
  });

  it('refuses a cursor of another ordering or garbage with BAD_USER_INPUT on `after`', () => {
    const other = encodeCursor([['name', 1, 'string'], ['_id', 1, 'string']], ['x', 'y']);
    for (const after of [other, 'garbage']) {
      expect(() => readPage({ after }, order)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
    }
  });

  describe('refuses crafted cursors with BAD_USER_INPUT on `after` (their values would become query operators)', () => {
    const raw = (content: unknown) => Buffer.from(JSON.stringify(content)).toString('base64url');
    const s = 'publishedAt:-1,_id:-1';
    const cases: Array<[string, string]> = [
      ['operators instead of values', raw({ s, v: [{ $ne: null }, { $ne: null }] })],
      ['an operator instead of the id', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }, { $gt: '' }] })],
      ['a date marker that is no date', raw({ s, v: [{ $d: 'x' }, 'a'] })],
      ['a date marker with an operator beside it', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z', $ne: 1 }, 'a'] })],
      ['a date marker holding an object', raw({ s, v: [{ $d: { $gt: '' } }, 'a'] })],
      ['a date written another way', raw({ s, v: [{ $d: '2024-01-01' }, 'a'] })],
      ['a string where a date is expected', raw({ s, v: ['2024-01-01T00:00:00.000Z', 'a'] })],
      ['a number where a string is expected', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }, 7] })],
      ['null values', raw({ s, v: [null, null] })],
      ['an array value', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }, ['a']] })],
      ['too few values', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }] })],
      ['too many values', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }, 'a', 'b'] })],
      ['another ordering', raw({ s: 'searchName:1,_id:1', v: ['a', 'b'] })],
      ['an extra key', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }, 'a'], x: 1 })],
      ['a JSON array', raw([s, []])],
      ['JSON null', raw(null)],
      ['not base64url', 'eyJz+/=='],
      ['too long', raw({ s, v: [{ $d: '2024-01-01T00:00:00.000Z' }, 'a'.repeat(5_000)] })],
      ['deep nesting', Buffer.from('['.repeat(100_000)).toString('base64url').slice(0, 1_900)],
    ];
    it.each(cases)('%s', (_name, after) => {
      expect(() => readPage({ after }, order)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
    });

    it('checks numbers too', () => {
      const byPopulation: SortSpec = [['population', -1, 'number'], ['_id', 1, 'string']];
      expect(decodeCursor(byPopulation, encodeCursor(byPopulation, [1200, 'COMMUNE:63113']))).toEqual([1200, 'COMMUNE:63113']);
      for (const v of [['1200', 'a'], [{ $gt: 0 }, 'a'], [1e400, 'a']]) {
        expect(() => decodeCursor(byPopulation, raw({ s: 'population:-1,_id:1', v }))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'after' }) }));
      }
    });
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
    const page = readPage({ first: 2 }, [['_id', 1, 'string']]);
    const connection = toConnection([{ _id: 'a' }, { _id: 'b' }, { _id: 'c' }], page, async () => 3);
    expect(connection.edges.map((e) => e.node._id)).toEqual(['a', 'b']);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.sort, connection.pageInfo.endCursor!)).toEqual(['b']);
    expect(await connection.totalCount()).toBe(3);
  });

  it('lists the edges’ nodes as `nodes`, in the same order, mapped like the edges', () => {
    const page = readPage({ first: 2 }, [['_id', 1, 'string']]);
    const connection = toConnection([{ _id: 'a' }, { _id: 'b' }, { _id: 'c' }], page, async () => 3, (row) => ({ id: row._id.toUpperCase() }));
    expect(connection.nodes).toEqual([{ id: 'A' }, { id: 'B' }]);
    connection.nodes.forEach((node, i) => expect(node).toBe(connection.edges[i]!.node));
    expect(connectionFromArray(['x', 'y', 'z'].map((_id) => ({ _id })), page).nodes).toEqual([{ _id: 'x' }, { _id: 'y' }]);
    expect(emptyConnection({ first: 5 }, page.sort).nodes).toEqual([]);
  });
});
