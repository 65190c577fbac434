import { assumeListReads, programmeIdOf, WINDOWED_ABOVE } from '@fabrique/kit';
import { rebuildConventionStatistics } from '../src/seed';
import { demoConventions } from '../src/seed/conventions';
import { CONVENTION_STATUSES, type ConventionRecord } from '../src/models/conventions/schema';
import { dataOf, useConventions } from './support';

const DAY = 86_400_000;

/**
 * A programme's and a territory's conventions beyond WINDOWED_ABOVE: their pages are read newest first
 * within date windows (the kit's newestFirst), and must be the pages a plain query gives.
 */
describe('long convention lists read within windows where indexes give no order (real database)', () => {
  const t = useConventions();
  const programmeId = programmeIdOf('PILOT_COHORT');
  const filters: string[] = [];

  beforeAll(async () => {
    // 205 recent conventions of the pilot cohort in the Puy-de-Dôme (one every other day), and 10 older, written around the
    // versioned store as a bulk load would (without commitments: FerretDB v1 decodes every document it scans), then counted by a rebuild.
    const model = demoConventions[0]!;
    const records: ConventionRecord[] = Array.from({ length: 215 }, (_, i) => ({
      ...model,
      commitments: [],
      _id: `long-list-${String(i).padStart(3, '0')}`,
      title: `Convention ${i}`,
      programmeId,
      createdAt: new Date(Date.now() - (i < 205 ? i * 2 * DAY : 3_000 * DAY + i * DAY)),
    }));
    await t.subgraph.database.connection.collection('conventions').insertMany(records as never[]);
    await rebuildConventionStatistics(t.subgraph.database);
    // The windows pay on an engine whose indexes give no order (DocumentDB): read as there.
    assumeListReads(t.subgraph.database.connection, 'unordered');
    const client = t.subgraph.database.connection.getClient();
    client.on('commandStarted', (e: { commandName: string; command: Record<string, unknown> }) => {
      if (e.commandName === 'find' && e.command.find === 'conventions') filters.push(JSON.stringify(e.command.filter));
    });
  });

  const LIST = `query($territory: ID, $statuses: [ConventionStatus!], $after: String) {
    conventions(filter: { programme: PILOT_COHORT, territory: $territory, statuses: $statuses }, first: 50, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
  const SUB_LIST = `query($after: String) { _entities(representations: [{ __typename: "Territory", id: "DEPARTEMENT:63" }]) {
    ... on Territory { conventions(first: 50, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;

  /** Every page of a list, following its cursors. */
  async function pages(query: string, variables: Record<string, unknown>, pick: (data: any) => any) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const list = pick(dataOf(await t.call(query, { ...variables, after })));
      ids.push(...list.edges.map((e: { node: { id: string } }) => e.node.id));
      total = list.totalCount;
      after = list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null;
    } while (after);
    return { ids, total };
  }

  it('gives every page a plain query gives, reading the first within 32 days', async () => {
    const everyStatus = { statuses: [...CONVENTION_STATUSES] };
    for (const territory of [null, 'DEPARTEMENT:63']) {
      filters.length = 0;
      const windowed = await pages(LIST, { territory }, (d) => d.conventions);
      expect(filters[0]).toContain('$gte');
      // The same list with every status named: counted by a query, read without windows.
      const plain = await pages(LIST, { territory, ...everyStatus }, (d) => d.conventions);
      expect(windowed).toEqual(plain);
      expect(windowed.total).toBeGreaterThan(WINDOWED_ABOVE);
      expect(new Set(windowed.ids).size).toBe(windowed.ids.length);
    }
    const sub = await pages(SUB_LIST, {}, (d) => d._entities[0].conventions);
    const direct = await t.subgraph.database.connection.collection('conventions').find({ territoryScope: 'DEPARTEMENT:63' }, { sort: { createdAt: -1, _id: -1 }, projection: { _id: 1 } }).toArray();
    expect(sub.ids).toEqual(direct.map((c) => String(c._id)));
    expect(sub.total).toBe(direct.length);
  }, 180_000);
});
