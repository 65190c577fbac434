// The v1 API conventions on the actors subgraph, through the gateway (README, "API conventions"): every
// mutation takes one `input` (plus `idempotencyKey` on creates), every change of a versioned record names
// its `expectedVersion: Int!`, every `update*` nests what it changes under `changes`, and every list takes its criteria in one `filter` beside first/after/orderBy.
// Then real calls: filters that filter, their validation named `filter.<field>`, the ranked search kept as
// the default order of a search, a stale version refused, and the pre-v1 forms refused by validation.
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { bearer } from '../harness/http';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

const admin = bearer(TEST_ADMIN_TOKEN);

/** The actors subgraph's mutations, the creates among them taking an `idempotencyKey` too. */
const CREATES = ['createOrganisation', 'createPerson', 'createPosition', 'createAlliance', 'createMembership', 'issueApiToken'];
const CHANGES = ['updateOrganisation', 'updatePerson', 'updatePosition', 'updateAlliance', 'updateMembership', 'leaveAlliance', 'revokeApiToken'];

/** The actors subgraph's lists (`Type.field`) and the filter type each takes (null: a list without criteria). */
const LISTS: Record<string, string | null> = {
  'Query.territories': 'TerritoryFilter',
  'Query.organisations': 'OrganisationFilter',
  'Query.people': 'PersonFilter',
  'Query.alliances': null,
  'Query.apiTokens': 'ApiTokenFilter',
  'Territory.children': 'TerritoryChildrenFilter',
  'Territory.memberships': 'MembershipFilter',
  'Territory.positions': 'PositionFilter',
  'Organisation.memberships': 'MembershipFilter',
  'Organisation.positions': 'PositionFilter',
  'Person.positions': 'PositionFilter',
  'Alliance.governance': 'PositionFilter',
  'Alliance.members': 'AllianceMemberFilter',
  'Territory.similar': null,
};
const PAGING = new Set(['first', 'after', 'orderBy']);

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface Arg { name: string; type: TypeRef }
interface Field { name: string; args: Arg[] }
const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);
const printed = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${printed(t.ofType!)}!` : t.kind === 'LIST' ? `[${printed(t.ofType!)}]` : t.name!);
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';

describe('API conventions v1 on the actors subgraph (through the gateway)', () => {
  const stack = useStack({ seed: true });
  const send = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) => graphql(stack.graphqlUrl, query, variables, headers);
  const read = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = admin) => {
    const res = await send(query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const fieldsOf = async (type: string): Promise<Field[]> =>
    (await read(`query($type: String!) { __type(name: $type) { fields { name args { name type { ${TYPE_REF} } } } } }`, { type })).__type.fields;
  const inputFieldsOf = async (type: string): Promise<Arg[]> =>
    (await read(`query($type: String!) { __type(name: $type) { inputFields { name type { ${TYPE_REF} } } } }`, { type })).__type.inputFields;

  describe('the schema', () => {
    it('gives every mutation exactly one required input, plus idempotencyKey on creates', async () => {
      const mutations = new Map((await fieldsOf('Mutation')).map((f) => [f.name, f]));
      for (const name of [...CREATES, ...CHANGES]) {
        const field = mutations.get(name)!;
        expect({ name, args: field.args.map((a) => `${a.name}: ${printed(a.type)}`) }).toEqual({
          name,
          args: [`input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!`, ...(CREATES.includes(name) ? ['idempotencyKey: String'] : [])],
        });
      }
    });

    it('nests what every update* changes under changes, beside id and expectedVersion: Int!', async () => {
      for (const name of CHANGES.filter((n) => n.startsWith('update'))) {
        const input = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
        const fields = (await inputFieldsOf(input)).map((f) => `${f.name}: ${printed(f.type)}`);
        expect({ input, fields }).toEqual({ input, fields: ['id: ID!', 'expectedVersion: Int!', `changes: ${name.slice('update'.length)}ChangesInput!`] });
      }
    });

    it('requires expectedVersion: Int! on every change of a versioned record, and API tokens have no version', async () => {
      for (const name of CHANGES.filter((n) => n !== 'revokeApiToken')) {
        const input = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
        const expectedVersion = (await inputFieldsOf(input)).find((f) => f.name === 'expectedVersion');
        expect({ input, type: expectedVersion && printed(expectedVersion.type) }).toEqual({ input, type: 'Int!' });
      }
      expect((await fieldsOf('ApiToken')).map((f) => f.name)).not.toContain('version');
      expect((await inputFieldsOf('RevokeApiTokenInput')).map((f) => `${f.name}: ${printed(f.type)}`)).toEqual(['id: ID!']);
    });

    it('takes every list criterion in one filter, beside first, after and orderBy', async () => {
      const types = [...new Set(Object.keys(LISTS).map((coordinate) => coordinate.split('.')[0]!))];
      const fields = new Map((await Promise.all(types.map(async (type) => (await fieldsOf(type)).map((f) => [`${type}.${f.name}`, f] as [string, Field])))).flat());
      for (const [coordinate, filter] of Object.entries(LISTS)) {
        const args = fields.get(coordinate)!.args;
        const criteria = args.filter((a) => !PAGING.has(a.name)).map((a) => `${a.name}: ${printed(a.type)}`);
        expect({ coordinate, criteria }).toEqual({ coordinate, criteria: filter ? [`filter: ${filter}`] : [] });
      }
      // `status` is gone from the tokens' filter: only the `statuses` list.
      expect((await inputFieldsOf('ApiTokenFilter')).map((f) => f.name)).toEqual(['role', 'statuses', 'organisationId', 'territoryId']);
      // Not a list: the statistics keep their date.
      expect(fields.get('Alliance.statistics')!.args.map((a) => a.name)).toEqual(['at']);
    });
  });

  describe('filters that filter', () => {
    it('filters territories and their children, the pages as before', async () => {
      const data = await read(`{
        departements: territories(filter: { level: DEPARTEMENT, within: "REGION:84" }, first: 100) { totalCount nodes { id level ancestors { id } } }
        all: territories(filter: { within: "REGION:84" }, first: 0) { totalCount }
        small: territories(filter: { level: COMMUNE, within: "DEPARTEMENT:63", maxPopulation: 100 }, orderBy: POPULATION_DESC, first: 100) { totalCount nodes { population } }
        puyDeDome: territory(id: "DEPARTEMENT:63") { epcis: children(filter: { level: EPCI }, first: 100) { totalCount nodes { level } } communes: children(first: 0) { totalCount } } }`);
      expect(data.departements.totalCount).toBe(12);
      for (const t of data.departements.nodes) {
        expect(t.level).toBe('DEPARTEMENT');
        expect(t.ancestors.map((a: { id: string }) => a.id)).toContain('REGION:84');
      }
      expect(data.all.totalCount).toBeGreaterThan(data.departements.totalCount);
      expect(data.small.totalCount).toBeGreaterThan(0);
      expect(data.small.nodes.every((t: { population: number }) => t.population <= 100)).toBe(true);
      expect(data.puyDeDome.epcis.totalCount).toBeGreaterThan(0);
      expect(data.puyDeDome.epcis.nodes.every((t: { level: string }) => t.level === 'EPCI')).toBe(true);
      expect(data.puyDeDome.communes.totalCount).toBe(463);
    });

    it('keeps the ranked order of a search by default, and orderBy overrides it', async () => {
      const data = await read(`{
        ranked: territories(filter: { search: "riom" }) { nodes { name population } }
        byPopulation: territories(filter: { search: "riom" }, orderBy: POPULATION_DESC) { nodes { name population } } }`);
      expect(data.ranked.nodes[0].name).toBe('Riom');
      const populations = data.byPopulation.nodes.map((t: { population: number }) => t.population);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
      expect(data.byPopulation.nodes[0].name).not.toBe('Riom');
    });

    it('filters organisations, people, members and the ended memberships and positions', async () => {
      const data = await read(`{
        agencies: organisations(filter: { kind: PUBLIC_AGENCY }, first: 100) { totalCount nodes { slug kind } }
        found: organisations(filter: { search: "ademe" }) { nodes { slug } }
        people: people(filter: { search: "calame" }) { totalCount }
        everyone: people(first: 0) { totalCount }
        alliance(slug: "fabrique-des-transitions") {
          current: members(first: 0) { totalCount }
          history: members(filter: { includeEnded: true }, first: 0) { totalCount }
          territories: members(filter: { actorType: TERRITORY }, first: 100) { totalCount nodes { actorType } }
          founders: members(filter: { role: FOUNDING_MEMBER }, first: 100) { nodes { role } }
          early: members(filter: { at: "2021-03-01" }, first: 100) { nodes { actor { id } } }
          governance { id }
          allGovernance: governance(filter: { includeEnded: true }) { id }
        }
        puyDeDome: territory(id: "DEPARTEMENT:63") { memberships { id } allMemberships: memberships(filter: { includeEnded: false }) { id } positions(filter: { includeEnded: true }) { id } } }`);
      expect(data.agencies.nodes.map((o: { slug: string }) => o.slug)).toEqual(expect.arrayContaining(['ademe']));
      expect(data.agencies.nodes.every((o: { kind: string }) => o.kind === 'PUBLIC_AGENCY')).toBe(true);
      expect(data.found.nodes[0].slug).toBe('ademe');
      expect(data.people.totalCount).toBeGreaterThan(0);
      expect(data.people.totalCount).toBeLessThan(data.everyone.totalCount);
      const { alliance } = data;
      expect(alliance.history.totalCount).toBeGreaterThan(alliance.current.totalCount);
      expect(alliance.territories.nodes.every((m: { actorType: string }) => m.actorType === 'TERRITORY')).toBe(true);
      expect(alliance.territories.totalCount).toBeLessThan(alliance.current.totalCount);
      expect(alliance.founders.nodes.every((m: { role: string }) => m.role === 'FOUNDING_MEMBER')).toBe(true);
      expect(alliance.early.nodes.map((m: { actor: { id: string } }) => m.actor.id)).toContain('DEPARTEMENT:63');
      expect(alliance.allGovernance.length).toBeGreaterThanOrEqual(alliance.governance.length);
      expect(data.puyDeDome.allMemberships).toEqual(data.puyDeDome.memberships);
      expect(data.puyDeDome.positions.length).toBeGreaterThan(0);
    });

    it('lists api tokens by statuses and revokes one with an input', async () => {
      const issued = await read('mutation { issueApiToken(input: { name: "actors contract", role: STAFF }) { token { id } } }');
      const id = issued.issueApiToken.token.id;
      expect((await read('mutation($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { id status } }', { input: { id } })).revokeApiToken).toEqual({ id, status: 'REVOKED' });
      const data = await read('{ revoked: apiTokens(filter: { statuses: [REVOKED] }, first: 100) { nodes { id status } } active: apiTokens(filter: { statuses: [ACTIVE] }, first: 100) { nodes { id } } }');
      expect(data.revoked.nodes.map((t: { id: string }) => t.id)).toContain(id);
      expect(data.revoked.nodes.every((t: { status: string }) => t.status === 'REVOKED')).toBe(true);
      expect(data.active.nodes.map((t: { id: string }) => t.id)).not.toContain(id);
      const unknown = await send('mutation { revokeApiToken(input: { id: "000000000000000000000000" }) { id } }');
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    });
  });

  describe('refusals', () => {
    it('names the filter field at fault, with the kit’s wording for a bad territory id', async () => {
      const cases: Array<[string, string, string]> = [
        ['{ territories(filter: { within: "Puy" }) { totalCount } }', 'BAD_USER_INPUT', 'filter.within'],
        ['{ organisations(filter: { within: "COMMUNE:99999" }) { totalCount } }', 'NOT_FOUND', 'filter.within'],
        ['{ territories(filter: { minPopulation: -1 }) { totalCount } }', 'BAD_USER_INPUT', 'filter.minPopulation'],
        ['{ territories(filter: { minPopulation: 10, maxPopulation: 5 }) { totalCount } }', 'BAD_USER_INPUT', 'filter.maxPopulation'],
        ['{ people(filter: { search: " - " }) { totalCount } }', 'BAD_USER_INPUT', 'filter.search'],
        [`{ organisations(filter: { search: "${'x'.repeat(201)}" }) { totalCount } }`, 'BAD_USER_INPUT', 'filter.search'],
        ['{ alliance(slug: "fabrique-des-transitions") { members(filter: { at: "hier" }) { totalCount } } }', 'BAD_USER_INPUT', 'filter.at'],
      ];
      for (const [query, code, field] of cases) {
        const res = await send(query, {}, {});
        expect({ query, codes: errorCodes(res), field: res.errors?.[0]?.extensions?.field }).toEqual({ query, codes: [code], field });
      }
      const malformed = await send('{ territories(filter: { within: "Puy" }) { totalCount } }', {}, {});
      expect(malformed.errors![0]!.message).toBe('filter.within must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".');
      const unknown = await send('{ territories(filter: { within: "COMMUNE:99999" }) { totalCount } }', {}, {});
      expect(unknown.errors![0]!.message).toBe('Territory "COMMUNE:99999" does not exist.');
      const long = await send(`{ territories(filter: { search: "${'x'.repeat(201)}" }) { totalCount } }`, {}, {});
      expect(long.errors![0]!.extensions).toMatchObject({ field: 'filter.search', max: 200 });
    });

    it('refuses a stale expectedVersion with CONFLICT and the current version; a missing one fails validation', async () => {
      const UPDATE = 'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { version description } }';
      const created = await read('mutation { createOrganisation(input: { slug: "contrat-actors-v1", name: "Contrat v1", kind: ASSOCIATION }) { id version } }');
      const { id } = created.createOrganisation;
      expect((await read(UPDATE, { input: { id, expectedVersion: 1, changes: { description: 'Première.' } } })).updateOrganisation).toEqual({ version: 2, description: 'Première.' });
      const stale = await send(UPDATE, { input: { id, expectedVersion: 1, changes: { description: 'Périmée.' } } });
      expect(errorCodes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: 2 });
      // Left out of a variable, the input is refused before any resolver runs (variable coercion).
      const missing = await send(UPDATE, { input: { id, changes: { description: 'Sans version.' } } });
      expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(missing.errors![0]!.message).toMatch(/expectedVersion/);
      const inline = await send(`mutation { updateOrganisation(input: { id: "${id}", changes: { description: "Sans version." } }) { version } }`);
      expect(errorCodes(inline)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect((await read('{ organisation(slug: "contrat-actors-v1") { version description } }')).organisation).toEqual({ version: 2, description: 'Première.' });
    });

    it('refuses the pre-v1 forms by validation', async () => {
      for (const query of [
        '{ territories(level: REGION) { totalCount } }',
        '{ organisations(search: "ademe") { totalCount } }',
        '{ people(search: "calame") { totalCount } }',
        '{ territory(id: "DEPARTEMENT:63") { children(level: EPCI) { totalCount } memberships(includeEnded: true) { id } } }',
        '{ alliance(slug: "fabrique-des-transitions") { members(includeEnded: true) { totalCount } governance(includeEnded: true) { id } } }',
        '{ apiTokens(filter: { status: ACTIVE }) { totalCount } }',
        'mutation { revokeApiToken(id: "000000000000000000000000") { id } }',
      ]) {
        expect({ query, codes: [...new Set(errorCodes(await send(query)))] }).toEqual({ query, codes: ['GRAPHQL_VALIDATION_FAILED'] });
      }
    });
  });
});
