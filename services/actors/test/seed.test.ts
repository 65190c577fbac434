import { demoOrganisationId, stableId } from '@fabrique/kit';
import { graphql, startTestSubgraph } from '@fabrique/kit/testing';
import { seedActors } from '../src/seed';
import { createActorsServer } from '../src/server';
import { STAFF } from './support';

describe('the actors seed (real database)', () => {
  let actors: Awaited<ReturnType<typeof startTestSubgraph>>;
  const db = () => actors.database.connection.db!;
  const counts = async () => {
    const result: Record<string, number> = {};
    for (const { name } of await db().listCollections().toArray()) result[name] = await db().collection(name).countDocuments();
    return result;
  };
  beforeAll(async () => {
    actors = await startTestSubgraph('actors', createActorsServer);
    // What the first version of this service wrote, before search names, scopes, versions and timestamps.
    await db().collection('organisations').insertOne({
      _id: demoOrganisationId('ademe'),
      slug: 'ademe',
      name: "ADEME – Agence de l'environnement et de la maîtrise de l'énergie",
      kind: 'PUBLIC_AGENCY',
      homeTerritoryId: 'COMMUNE:63113',
      website: 'https://www.ademe.fr',
      description: 'Agence publique.',
      version: 1,
      createdAt: new Date('2021-01-15'),
      updatedAt: new Date('2021-01-15'),
    } as object);
    await db().collection('people').insertOne({ _id: stableId('person', 'Pierre Calame'), name: 'Pierre Calame' } as object);
    await db().collection('alliances').insertOne({
      _id: stableId('alliance', 'fabrique-des-transitions'),
      slug: 'fabrique-des-transitions',
      name: 'La Fabrique des transitions',
      description: 'Une alliance.',
      operatorId: demoOrganisationId('association-fabrique-des-transitions'),
      version: 1,
    } as object);
  });
  afterAll(() => actors.stop());

  it('completes the records of the first version and adds the missing demo data, limited to some départements', async () => {
    const report = await seedActors(actors.database, { departements: ['63'] });
    expect(report.territories).toMatchObject({ edition: '6.0.0', updated: 0, retired: 0 });
    const res = await graphql(
      actors.url,
      `{
        organisations(filter: { search: "ademe", within: "DEPARTEMENT:63" }) { edges { node { slug version homeTerritory { id } } } }
        people(filter: { search: "calame" }) { edges { node { id name version positions { role } } } }
        alliance(slug: "fabrique-des-transitions") { description members(first: 100) { edges { node { actor { id } } } } }
      }`,
    );
    expect(res.errors).toBeUndefined();
    // Edited records are left alone (the description), completed where a field was missing.
    expect(res.data.organisations.edges).toEqual([{ node: { slug: 'ademe', version: 1, homeTerritory: { id: 'COMMUNE:63113' } } }]);
    const calame = res.data.people.edges[0].node;
    expect(calame).toMatchObject({ name: 'Pierre Calame', version: 1, positions: [{ role: 'Président' }] });
    expect(res.data.alliance.description).toBe('Une alliance.');
    // Only the Puy-de-Dôme's communes and EPCI were imported: Aurillac's membership waits for its commune.
    const members = res.data.alliance.members.edges.map((e: { node: { actor: { id: string } } }) => e.node.actor.id);
    expect(members).toEqual(expect.arrayContaining(['DEPARTEMENT:63', 'EPCI:246300701', demoOrganisationId('ademe')]));
    expect(members).not.toContain('COMMUNE:15014');
    const renamed = await graphql(actors.url, 'mutation($id: ID!) { updatePerson(input: { id: $id, expectedVersion: 1, changes: { name: "Pierre Calame" } }) { version } }', { id: calame.id }, STAFF);
    expect(renamed.data.updatePerson.version).toBe(2);
  });

  it('is idempotent: a second run duplicates, overwrites and re-imports nothing', async () => {
    const before = await counts();
    const report = await seedActors(actors.database, { departements: ['63'] });
    expect(report.territories).toMatchObject({ created: 0, updated: 0, skipped: true });
    expect(await counts()).toEqual(before);
    const calame = await db().collection('people').findOne({ _id: stableId('person', 'Pierre Calame') } as object);
    expect(calame!.version).toBe(2);
  });
});
