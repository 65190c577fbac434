import { assumeListReads, listReadsOf, WINDOWED_ABOVE } from '@fabrique/kit';
import { graphql } from '@fabrique/kit/testing';
import { experienceRecord } from '../src/seed/build';
import { rebuildKnowledgeStatistics } from '../src/seed';
import { useKnowledge } from './support';

const DAY = 86_400_000;
const TERRITORY = 'DEPARTEMENT:15';

/**
 * A territory's experiences beyond WINDOWED_ABOVE, all older than the fixed windows before now: where
 * indexes give no order, the page is asked from the month its `month` counters say holds it, in one query.
 */
describe('a long list of experiences read from the month that holds its page (real database)', () => {
  const { knowledge } = useKnowledge();
  const SUB_LIST = `query($after: String) { _entities(representations: [{ __typename: "Territory", id: "${TERRITORY}" }]) {
    ... on Territory { experiences(first: 7, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;

  beforeAll(async () => {
    // 230 published experiences of a Cantal commune, one every 4 days, the newest two years old (none in the last 256 days).
    const newest = Date.now() - 730 * DAY;
    const records = Array.from({ length: 230 }, (_, i) =>
      experienceRecord({
        key: `long-list-${i}`,
        publisher: 'cerema',
        title: `Expérience ${i}`,
        summary: 'Un projet.',
        body: 'Un projet.',
        outcomes: [],
        lessons: [],
        themes: ['mobilite'],
        territories: ['COMMUNE:15014'],
        date: new Date(newest - i * 4 * DAY).toISOString().slice(0, 10),
      }),
    );
    await knowledge().database.connection.collection('experiences').insertMany(records as never[]);
    await rebuildKnowledgeStatistics(knowledge().database);
  });

  /** Every page (of 7) of the territory's list, with each page's round trips, read as on `engine`. */
  async function pages(engine: 'unordered' | 'scans') {
    const connection = knowledge().database.connection;
    const before = await listReadsOf(connection);
    assumeListReads(connection, engine);
    try {
      const read: Array<{ ids: string[]; total: number; roundTrips: number }> = [];
      let after: string | null = null;
      for (let n = 0; n < 3; n++) {
        const res: Awaited<ReturnType<typeof graphql>> = await graphql(knowledge().url, SUB_LIST, { after });
        expect(res.errors).toBeUndefined();
        const list: { edges: Array<{ node: { id: string } }>; totalCount: number; pageInfo: { endCursor: string | null } } = (res.data as any)._entities[0].experiences;
        read.push({ ids: list.edges.map((e) => e.node.id), total: list.totalCount, roundTrips: Number(res.headers.get('x-fabrique-db-round-trips')) });
        after = list.pageInfo.endCursor;
      }
      return read;
    } finally {
      assumeListReads(connection, before);
    }
  }

  it('gives the pages one query gives, in as many round trips', async () => {
    const windowed = await pages('unordered');
    const plain = await pages('scans');
    expect(windowed[0]!.total).toBeGreaterThan(WINDOWED_ABOVE);
    expect(windowed.map((p) => [p.ids, p.total])).toEqual(plain.map((p) => [p.ids, p.total]));
    expect(new Set(windowed.flatMap((p) => p.ids)).size).toBe(21);
    // The total and the months read together (their figure documents, then their pending changes), then the page
    // from its month: no window before now asked empty (before the months: two of them, then the whole list).
    expect(windowed.map((p) => p.roundTrips)).toEqual(plain.map((p) => p.roundTrips));
  });
});
