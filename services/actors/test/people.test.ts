import { errorCodes, graphql } from '@fabrique/kit/testing';
import { asStaff, OTHER_STAFF, PARTNER, STAFF, startActorsWithFactories, type Actors, type Factories } from './support';

const CREATE_POSITION = 'mutation($input: CreatePositionInput!) { createPosition(input: $input) { id role since until current version person { name } holder { __typename ... on Territory { id } ... on Organisation { slug } ... on Alliance { slug } } } }';
const UPDATE_POSITION = 'mutation($input: UpdatePositionInput!) { updatePosition(input: $input) { id role since until current version } }';
const UPDATE_PERSON = 'mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id name version } }';

describe('people and positions (actors subgraph, real database)', () => {
  let actors: Actors;
  let make: Factories;
  beforeAll(async () => ({ actors, make } = await startActorsWithFactories()));
  afterAll(() => actors.stop());

  it('shows the president of the Conseil départemental of the Puy-de-Dôme at the time the Fabrique was joined', async () => {
    const res = await graphql(actors.url, '{ territory(code: "63") { positions { role since until current person { name positions { role } } holder { ... on Territory { id } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.territory.positions).toEqual([
      {
        role: 'Président du Conseil départemental',
        since: '2004-03-28',
        until: null,
        current: true,
        person: { name: 'Jean-Yves Gouttebel', positions: [{ role: 'Président du Conseil départemental' }] },
        holder: { id: 'DEPARTEMENT:63' },
      },
    ]);
  });

  it('lists and searches people, and reads a person by id', async () => {
    const search = await graphql(actors.url, '{ people(filter: { search: "calame" }) { totalCount edges { node { id name positions { role holder { ... on Alliance { slug } } } } } } }');
    expect(search.errors).toBeUndefined();
    expect(search.data.people.totalCount).toBe(1);
    const calame = search.data.people.edges[0].node;
    expect(calame).toMatchObject({ name: 'Pierre Calame', positions: [{ role: 'Président', holder: { slug: 'fabrique-des-transitions' } }] });
    const byId = await graphql(actors.url, 'query($id: ID!) { person(id: $id) { name version } }', { id: calame.id });
    expect(byId.data.person).toEqual({ name: 'Pierre Calame', version: 1 });
    const all = await graphql(actors.url, '{ people(first: 100) { totalCount edges { node { name } } } }');
    const names = all.data.people.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
    expect(all.data.people.totalCount).toBeGreaterThanOrEqual(9);
  });

  it('creates and renames a person, with version checks and staff only', async () => {
    const person = await make.person('Élise Martin');
    expect(person).toMatchObject({ name: 'Élise Martin', version: 1 });
    const renamed = await graphql(actors.url, UPDATE_PERSON, { input: { id: person.id, expectedVersion: 1, changes: { name: 'Élise Martin-Roux' } } }, STAFF);
    expect(renamed.data.updatePerson).toEqual({ id: person.id, name: 'Élise Martin-Roux', version: 2 });
    const stale = await graphql(actors.url, UPDATE_PERSON, { input: { id: person.id, expectedVersion: 1, changes: { name: 'Autre' } } }, OTHER_STAFF);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const found = await graphql(actors.url, '{ people(filter: { search: "martin roux" }) { edges { node { id } } } }');
    expect(found.data.people.edges.map((e: any) => e.node.id)).toEqual([person.id]);
    const create = 'mutation { createPerson(input: { name: "Intrus" }) { id } }';
    expect(errorCodes(await graphql(actors.url, create))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await graphql(actors.url, create, {}, PARTNER))).toEqual(['FORBIDDEN']);
    const empty = await graphql(actors.url, 'mutation { createPerson(input: { name: " " }) { id } }', {}, STAFF);
    expect(empty.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('records positions in an organisation, a territory and an alliance', async () => {
    const person = await make.person('Paul Arnaud');
    const organisation = await make.organisation();
    const alliance = await make.alliance();
    const holders = [
      { holderKind: 'ORGANISATION', holderId: organisation.id, expected: { __typename: 'Organisation', slug: organisation.slug } },
      { holderKind: 'TERRITORY', holderId: 'COMMUNE:15014', expected: { __typename: 'Territory', id: 'COMMUNE:15014' } },
      { holderKind: 'ALLIANCE', holderId: alliance.id, expected: { __typename: 'Alliance', slug: alliance.slug } },
    ];
    for (const { expected, ...holder } of holders) {
      const res = await graphql(actors.url, CREATE_POSITION, { input: { personId: person.id, role: 'Président', ...holder, since: '2020-01-01' } }, STAFF);
      expect(res.errors).toBeUndefined();
      expect(res.data.createPosition).toMatchObject({ role: 'Président', since: '2020-01-01', until: null, current: true, version: 1, person: { name: 'Paul Arnaud' }, holder: expected });
    }
    const positions = await graphql(actors.url, 'query($id: ID!) { person(id: $id) { positions { holder { __typename } } } }', { id: person.id });
    expect(positions.data.person.positions.map((p: any) => p.holder.__typename).sort()).toEqual(['Alliance', 'Organisation', 'Territory']);
    const governance = await graphql(actors.url, `{ alliance(slug: "${alliance.slug}") { governance { person { name } } } }`);
    expect(governance.data.alliance.governance).toEqual([{ person: { name: 'Paul Arnaud' } }]);
  });

  it('ends a position: it leaves the current lists and stays in the history', async () => {
    const person = await make.person('Inès Colin');
    const organisation = await make.organisation();
    const position = await asStaff(actors.url, CREATE_POSITION, { input: { personId: person.id, role: 'Trésorière', holderKind: 'ORGANISATION', holderId: organisation.id, since: '2019-01-01' } });
    const ended = await graphql(actors.url, UPDATE_POSITION, { input: { id: position.id, expectedVersion: 1, changes: { until: '2022-06-30' } } }, STAFF);
    expect(ended.data.updatePosition).toMatchObject({ until: '2022-06-30', current: false, version: 2 });
    const lists = await graphql(
      actors.url,
      `{ organisation(slug: "${organisation.slug}") { current: positions { id } all: positions(filter: { includeEnded: true }) { id until } } }`,
    );
    expect(lists.data.organisation).toEqual({ current: [], all: [{ id: position.id, until: '2022-06-30' }] });
  });

  it('refuses bad positions with the field at fault, writing nothing', async () => {
    const person = await make.person('Zoé Perrin');
    const organisation = await make.organisation();
    const valid = { personId: person.id, role: 'Directrice', holderKind: 'ORGANISATION', holderId: organisation.id };
    const before = await actors.database.connection.db!.collection('positions').countDocuments();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ personId: 'f'.repeat(24) }, 'input.personId'],
      [{ holderId: 'f'.repeat(24) }, 'input.holderId'],
      [{ holderKind: 'TERRITORY', holderId: 'DEPARTEMENT:00' }, 'input.holderId'],
      [{ holderKind: 'ALLIANCE' }, 'input.holderId'],
      [{ role: '' }, 'input.role'],
      [{ since: '2021-02-30' }, 'input.since'],
      [{ since: '01/02/2021' }, 'input.since'],
      [{ since: '2021-01-01', until: '2020-01-01' }, 'input.until'],
    ];
    for (const [change, field] of cases) {
      const res = await graphql(actors.url, CREATE_POSITION, { input: { ...valid, ...change } }, STAFF);
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await actors.database.connection.db!.collection('positions').countDocuments()).toBe(before);
    const position = await asStaff(actors.url, CREATE_POSITION, { input: { ...valid, since: '2021-01-01' } });
    const backwards = await graphql(actors.url, UPDATE_POSITION, { input: { id: position.id, expectedVersion: 1, changes: { until: '2020-12-31' } } }, STAFF);
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.until' });
    const stale = await graphql(actors.url, UPDATE_POSITION, { input: { id: position.id, expectedVersion: 3, changes: { role: 'X' } } }, STAFF);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(errorCodes(await graphql(actors.url, UPDATE_POSITION, { input: { id: position.id, expectedVersion: 1, changes: { role: 'X' } } }, PARTNER))).toEqual(['FORBIDDEN']);
  });
});
