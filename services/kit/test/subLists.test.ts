import { subLists, type KeyRow, type SortSpec } from '../src';

describe('sub-lists of many parents', () => {
  const order: SortSpec = [
    ['at', -1, 'date'],
    ['_id', 1, 'string'],
  ];
  const records = [
    { _id: 'r1', parents: ['p1', 'p2'], at: new Date('2024-03-01') },
    { _id: 'r2', parents: ['p1'], at: new Date('2024-02-01') },
    { _id: 'r3', parents: ['p2', 'r3'], at: new Date('2024-01-01') },
    { _id: 'p1', parents: ['p1'], at: new Date('2024-04-01') },
  ];
  const source = () => {
    const calls = { keys: 0, records: 0, counts: 0 };
    return {
      calls,
      keysByParents: async (_filter: unknown, field: string, parents: readonly string[]) => {
        calls.keys += 1;
        return records.filter((r) => r.parents.some((p) => parents.includes(p))).map((r) => ({ _id: r._id, [field]: r.parents, at: r.at }) as KeyRow);
      },
      countByParents: async (_filter: unknown, _field: string, parents: readonly string[]) => {
        calls.counts += 1;
        return parents.map((p) => ({ _id: p, count: records.filter((r) => r._id !== p && r.parents.includes(p)).length }));
      },
      findByIds: async (ids: readonly string[]) => {
        calls.records += 1;
        return records.filter((r) => ids.includes(r._id));
      },
    };
  };
  const spec = { field: 'parents', array: true, filter: {} };

  it('pages every parent with one keys query and one records query, counts included; a record is not in its own list', async () => {
    const from = source();
    const lists = subLists(from, order);
    const [one, two] = await Promise.all([lists.connection('p1', spec, { first: 1 }), lists.connection('p2', spec, { first: 1 })]);
    expect(one.edges.map((e) => e.node._id)).toEqual(['r1']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(two.edges.map((e) => e.node._id)).toEqual(['r1']);
    expect([await one.totalCount(), await two.totalCount()]).toEqual([2, 2]);
    expect(from.calls).toEqual({ keys: 1, records: 1, counts: 0 });
    const next = await Promise.all([one, two].map((c, i) => lists.connection(`p${i + 1}`, spec, { first: 1, after: c.pageInfo.endCursor })));
    expect(next.map((c) => c.edges.map((e) => e.node._id))).toEqual([['r2'], ['r3']]);
  });

  it('where each query is a scan (FerretDB v1), pages every parent from one query of the records themselves', async () => {
    const from = source();
    const whole = { queries: 0 };
    const scanning = {
      ...from,
      listReads: async () => 'scans' as const,
      recordsByParents: async (_filter: unknown, _field: string, parents: readonly string[]) => {
        whole.queries += 1;
        return records.filter((r) => r.parents.some((p) => parents.includes(p)));
      },
    };
    const lists = subLists(scanning, order);
    const [one, two] = await Promise.all([lists.connection('p1', spec, { first: 1 }), lists.connection('p2', spec, { first: 1 })]);
    expect([one, two].map((c) => c.edges.map((e) => e.node))).toEqual([[records[0]], [records[0]]]);
    expect([await one.totalCount(), await two.totalCount()]).toEqual([2, 2]);
    expect({ ...from.calls, whole: whole.queries }).toEqual({ keys: 0, records: 0, counts: 0, whole: 1 });
    const next = await Promise.all([one, two].map((c, i) => lists.connection(`p${i + 1}`, spec, { first: 1, after: c.pageInfo.endCursor })));
    expect(next.map((c) => c.edges.map((e) => e.node._id))).toEqual([['r2'], ['r3']]);
    // Elsewhere (an index to read), the keys then the page's records, as before.
    const ordered = subLists({ ...scanning, listReads: async () => 'ordered' as const }, order);
    await ordered.connection('p1', spec, { first: 1 });
    expect({ ...from.calls, whole: whole.queries }).toEqual({ keys: 1, records: 1, counts: 0, whole: 2 });
  });

  it('counts with one aggregation when no page is asked', async () => {
    const from = source();
    const lists = subLists(from, order);
    const counts = await Promise.all(['p1', 'p2', 'none'].map((p) => lists.connection(p, spec, { first: 0 }).then((c) => c.totalCount())));
    expect(counts).toEqual([2, 2, 0]);
    expect(from.calls).toEqual({ keys: 0, records: 0, counts: 1 });
  });
});
