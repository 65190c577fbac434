import { demoOrganisationId } from '@fabrique/kit';
import { errorCodes, graphql, startTestSubgraph } from '@fabrique/kit/testing';
import { seedActors } from '../src/seed';
import { createActorsServer } from '../src/server';
import { TEST_DEPARTEMENTS } from './support';

// `node` and `nodes` on the actors subgraph alone, its peers unreachable (nothing listens on port 9):
// what it holds is answered; only the ids a peer might hold fail, each with its own error.
describe('node and nodes with the other subgraphs unreachable', () => {
  let actors: Awaited<ReturnType<typeof startActors>>;
  const startActors = () =>
    startTestSubgraph(
      'actors',
      (options) => createActorsServer({ ...options, nodePeers: () => ({ conventions: 'http://127.0.0.1:9/graphql', knowledge: 'http://127.0.0.1:9/graphql' }) }),
      (database) => seedActors(database, { departements: TEST_DEPARTEMENTS }),
    );
  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  it('answers its own records, and SERVICE_UNAVAILABLE only for the ids it does not hold', async () => {
    const organisation = demoOrganisationId('collectif-transitions-domes');
    const res = await graphql(actors.url, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: ['DEPARTEMENT:63', organisation, 'abcdefabcdefabcdefabcdef', 'energie'],
    });
    expect(res.data.nodes).toEqual([{ __typename: 'Territory', id: 'DEPARTEMENT:63' }, { __typename: 'Organisation', id: organisation }, null, null]);
    expect(res.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 2], 'SERVICE_UNAVAILABLE'],
      [['nodes', 3], 'SERVICE_UNAVAILABLE'],
    ]);
    const single = await graphql(actors.url, `{ node(id: "abcdefabcdefabcdefabcdef") { id } }`);
    expect(single.data.node).toBeNull();
    expect(errorCodes(single)).toEqual(['SERVICE_UNAVAILABLE']);
  });
});
