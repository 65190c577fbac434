import { compareRows, connectionFromArray, keysetFilter, mergeSorted, pageOfSorted, readPage, type SortSpec } from '../src';

describe('in-memory keyset paging (the twin of keysetFilter)', () => {
  const order: SortSpec = [
    ['meta.at', -1, 'date'],
    ['_id', 1, 'string'],
  ];
  const rows = [
    { _id: 'a', meta: { at: new Date('2024-03-01') } },
    { _id: 'b', meta: { at: new Date('2024-03-01') } },
    { _id: 'c', meta: { at: new Date('2024-01-01') } },
    { _id: 'd', meta: { at: null } },
    { _id: 'e' },
  ];

  it('orders dates, nulls and nested paths as MongoDB does (null and missing last when descending)', () => {
    expect([...rows].reverse().sort((x, y) => compareRows(order, x, y)).map((r) => r._id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(mergeSorted([[rows[0]!, rows[2]!], [rows[1]!, rows[4]!]], order).map((r) => r._id)).toEqual(['a', 'b', 'c', 'e']);
  });

  it('pages after a cursor like the database filter does, the cursor row gone or not', () => {
    const first = readPage({ first: 2 }, order);
    const one = connectionFromArray(rows, first);
    expect(one.edges.map((e) => e.node._id)).toEqual(['a', 'b']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const next = readPage({ first: 2, after: one.pageInfo.endCursor }, order);
    expect(keysetFilter(next)).toEqual({ $or: [{ 'meta.at': { $lt: rows[1]!.meta!.at } }, { 'meta.at': rows[1]!.meta!.at, _id: { $gt: 'b' } }] });
    expect(pageOfSorted(rows, next).map((r) => r._id)).toEqual(['c', 'd', 'e']);
    expect(pageOfSorted(rows.filter((r) => r._id !== 'b'), next).map((r) => r._id)).toEqual(['c', 'd', 'e']);
  });
});
