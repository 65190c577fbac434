import { graphql } from '@fabrique/kit/testing';
import { startStack, type Stack } from '../harness/stack';
import { seedActors } from '@fabrique/actors';

// Queries over all the communes take seconds on FerretDB, more when the machine is busy.
const SLOW = 180_000;
const patientGateway = { subgraphTimeoutMs: SLOW } as unknown as NonNullable<Parameters<typeof startStack>[0]>['gateway'];

/**
 * The one suite on all of France (every other suite imports a few départements: FerretDB reads whole
 * collections, about 5 s a query over the 35,000 communes). Through the gateway, end to end: the counts
 * and links of the reference data, search, and the alliance with its governance and members. What
 * needs no full data is shown on a smaller set elsewhere: every commune of a région
 * (territories.test.ts), a second import of the same edition writing nothing (import.test.ts).
 */
describe('actors through the gateway, on the full reference data (end to end)', () => {
  let stack: Stack;
  let seeded: Awaited<ReturnType<typeof seedActors>>;
  const query = async (q: string) => {
    const res = await graphql(stack.graphqlUrl, q);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  beforeAll(async () => {
    stack = await startStack({ seed: true, gateway: patientGateway });
    seeded = await seedActors(stack.subgraphs.actors.database, { departements: null });
  }, SLOW);
  afterAll(() => stack?.stop());

  it('holds every région, département, EPCI and current commune', async () => {
    expect(seeded.territories.edition).toBe('6.0.0');
    const data = await query(`{
      regions: territories(filter: { level: REGION }, first: 0) { totalCount }
      departements: territories(filter: { level: DEPARTEMENT }, first: 0) { totalCount }
      epci: territories(filter: { level: EPCI }, first: 0) { totalCount }
      communes: territories(filter: { level: COMMUNE }, first: 0) { totalCount }
    }`);
    expect([data.regions, data.departements, data.epci, data.communes].map((c) => c.totalCount)).toEqual([26, 109, 1255, 34969]);
  }, SLOW);

  it('links communes, EPCI, départements and régions, and searches names', async () => {
    const data = await query(`{
      search: territories(filter: { search: "puy de dome" }) { edges { node { id } } }
      puyDeDome: territory(code: "63") { name parent { name } chefLieu { name } children(first: 0) { totalCount } }
      clermont: territory(code: "63113") { epci { name children(first: 0) { totalCount } } ancestors { id } }
    }`);
    expect(data.puyDeDome).toEqual({ name: 'Puy-de-Dôme', parent: { name: 'Auvergne-Rhône-Alpes' }, chefLieu: { name: 'Clermont-Ferrand' }, children: { totalCount: 463 } });
    expect(data.clermont).toEqual({
      epci: { name: 'Clermont Auvergne Métropole', children: { totalCount: 21 } },
      ancestors: [{ id: 'EPCI:246300701' }, { id: 'DEPARTEMENT:63' }, { id: 'REGION:84' }],
    });
    expect(data.search.edges.map((e: { node: { id: string } }) => e.node.id)).toContain('DEPARTEMENT:63');
  }, SLOW);

  it('shows the alliance with its governance and members, and what the other subgraphs say of them', async () => {
    const data = await query(`{
      alliance(slug: "fabrique-des-transitions") {
        governance { role person { name } }
        members(filter: { actorType: TERRITORY }) { edges { node { since actor { ... on Territory { id name } } } } }
      }
      territory(code: "63") { name conventions { totalCount edges { node { parties { actor { __typename name } } } } } }
    }`);
    expect(data.alliance.governance.map((p: { person: { name: string } }) => p.person.name)).toEqual(
      expect.arrayContaining(['Pierre Calame', 'Jean-François Caron', 'Julian Perdrigeat']),
    );
    const members = data.alliance.members.edges.map((e: { node: { since: string; actor: { id: string } } }) => e.node);
    expect(members.map((m: { actor: { id: string } }) => m.actor.id)).toEqual(expect.arrayContaining(['DEPARTEMENT:63', 'COMMUNE:62528']));
    expect(members.find((m: { actor: { id: string } }) => m.actor.id === 'DEPARTEMENT:63').since).toBe('2021-02-01');
    expect(data.territory.conventions.totalCount).toBeGreaterThanOrEqual(1);
    // The conventions subgraph names the parties by id; the gateway asks this subgraph for their names.
    expect(data.territory.conventions.edges[0].node.parties.map((p: { actor: { name: string } }) => p.actor)).toEqual(
      expect.arrayContaining([{ __typename: 'Territory', name: 'Puy-de-Dôme' }, { __typename: 'Organisation', name: 'Association pour la promotion de la Fabrique des transitions' }]),
    );
  }, SLOW);
});
