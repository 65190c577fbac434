import { errorCodes, graphql } from '@fabrique/kit/testing';
import { asStaff, expectEachRefused, OTHER_STAFF, PARTNER, STAFF, startActorsWithFactories, uniqueSlug, type Actors, type Factories } from './support';

const MEMBERS = `query($at: Date, $includeEnded: Boolean, $actorType: ActorType, $role: MembershipRole, $first: Int, $after: String) {
  alliance(slug: "fabrique-des-transitions") {
    members(filter: { at: $at, includeEnded: $includeEnded, actorType: $actorType, role: $role }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id role since until active actorType actor { __typename id name } alliance { slug } } }
    }
  }
}`;
const CREATE_ALLIANCE = 'mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id slug name website version operator { slug } } }';
const UPDATE_ALLIANCE = 'mutation($input: UpdateAllianceInput!) { updateAlliance(input: $input) { id slug name description website version operator { slug } } }';
const CREATE_MEMBERSHIP = 'mutation($input: CreateMembershipInput!) { createMembership(input: $input) { id role since until active version actor { id } } }';
const UPDATE_MEMBERSHIP = 'mutation($input: UpdateMembershipInput!) { updateMembership(input: $input) { id role since until note active version } }';
const LEAVE = 'mutation($input: LeaveAllianceInput!) { leaveAlliance(input: $input) { id until active note version } }';

type Member = { id: string; role: string; since: string; until: string | null; active: boolean; actorType: string; actor: { __typename: string; id: string; name: string } };

describe('alliances and memberships (actors subgraph, real database)', () => {
  let actors: Actors;
  let make: Factories;
  const members = async (variables: Record<string, unknown> = {}) => {
    const res = await graphql(actors.url, MEMBERS, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data.alliance.members as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: Member }> };
  };
  const memberIds = async (variables: Record<string, unknown> = {}) => (await members(variables)).edges.map((e) => e.node.actor.id);
  beforeAll(async () => ({ actors, make } = await startActorsWithFactories()));
  afterAll(() => actors.stop());

  describe('the Fabrique', () => {
    it('shows its governance since January 2021 and the association that runs it', async () => {
      const res = await graphql(
        actors.url,
        '{ alliance(slug: "fabrique-des-transitions") { name website version operator { slug kind } governance { role since until current person { name } } } }',
      );
      expect(res.errors).toBeUndefined();
      const alliance = res.data.alliance;
      expect(alliance).toMatchObject({ name: 'La Fabrique des transitions', website: 'https://fabriquedestransitions.net', version: 1 });
      expect(alliance.operator).toEqual({ slug: 'association-fabrique-des-transitions', kind: 'ASSOCIATION' });
      expect(alliance.governance).toEqual(
        expect.arrayContaining([
          { role: 'Président', since: '2021-01-01', until: null, current: true, person: { name: 'Pierre Calame' } },
          { role: 'Directeur général', since: '2021-01-01', until: null, current: true, person: { name: 'Jean-François Caron' } },
          { role: 'Délégué', since: '2021-01-01', until: null, current: true, person: { name: 'Julian Perdrigeat' } },
        ]),
      );
    });

    it('has the Puy-de-Dôme as its first département member, and today’s members only by default', async () => {
      const current = await members();
      const puyDeDome = current.edges.find((e) => e.node.actor.id === 'DEPARTEMENT:63')!.node;
      expect(puyDeDome).toMatchObject({ role: 'MEMBER', since: '2021-02-01', until: null, active: true, actorType: 'TERRITORY', actor: { __typename: 'Territory', name: 'Puy-de-Dôme' } });
      const departements = current.edges.filter((e) => e.node.actor.id.startsWith('DEPARTEMENT:')).map((e) => e.node);
      expect(departements.map((m) => m.actor.id)).toEqual(['DEPARTEMENT:63']);
      expect(current.edges.every((e) => e.node.active)).toBe(true);
      const ids = current.edges.map((e) => e.node.actor.id);
      expect(ids).toEqual(expect.arrayContaining(['EPCI:246300701', 'COMMUNE:15014']));
      // Ended memberships (Le Puy-en-Velay, a company) are history, not members.
      expect(ids).not.toContain('COMMUNE:43157');
      const ademe = current.edges.find((e) => e.node.actor.__typename === 'Organisation' && e.node.role === 'PARTNER' && e.node.actor.name.startsWith('ADEME'));
      expect(ademe).toBeDefined();
    });

    it('keeps the history: members at a past date, and every membership ever', async () => {
      const in2022 = await memberIds({ at: '2022-01-01' });
      expect(in2022).toEqual(expect.arrayContaining(['DEPARTEMENT:63', 'COMMUNE:43157']));
      expect(in2022).not.toContain('EPCI:246300701');
      const before = await memberIds({ at: '2021-01-31' });
      expect(before).not.toContain('DEPARTEMENT:63');
      const history = await members({ includeEnded: true });
      const lePuy = history.edges.find((e) => e.node.actor.id === 'COMMUNE:43157')!.node;
      expect(lePuy).toMatchObject({ since: '2021-06-01', until: '2023-07-01', active: false });
      expect(history.totalCount).toBeGreaterThan((await members()).totalCount);
      const sinces = history.edges.map((e) => e.node.since);
      expect(sinces).toEqual([...sinces].sort());
    });

    it('filters members by actor type and role, and pages with stable cursors', async () => {
      const territories = await members({ actorType: 'TERRITORY' });
      expect(territories.edges.every((e) => e.node.actor.__typename === 'Territory')).toBe(true);
      const partners = await members({ role: 'PARTNER' });
      expect(partners.totalCount).toBeGreaterThanOrEqual(5);
      expect(partners.edges.every((e) => e.node.role === 'PARTNER' && e.node.actorType === 'ORGANISATION')).toBe(true);
      const all = await members({ includeEnded: true });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await members({ includeEnded: true, first: 4, after });
        seen.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all.edges.map((e) => e.node.id));
      const badDate = await graphql(actors.url, MEMBERS, { at: 'hier' });
      expect(badDate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.at' });
    });

    it("shows a territory's and an organisation's memberships", async () => {
      const res = await graphql(
        actors.url,
        '{ territory(code: "43157") { current: memberships { id } all: memberships(filter: { includeEnded: true }) { since until active alliance { slug } } } organisation(slug: "ademe") { memberships { role alliance { name } actor { ... on Organisation { slug } } } } }',
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.territory).toEqual({ current: [], all: [{ since: '2021-06-01', until: '2023-07-01', active: false, alliance: { slug: 'fabrique-des-transitions' } }] });
      expect(res.data.organisation.memberships).toEqual([{ role: 'PARTNER', alliance: { name: 'La Fabrique des transitions' }, actor: { slug: 'ademe' } }]);
    });

    it('answers null for an unknown alliance and lists every alliance', async () => {
      expect((await graphql(actors.url, '{ alliance(slug: "nope") { name } }')).data.alliance).toBeNull();
      const list = await graphql(actors.url, '{ alliances { totalCount edges { node { slug } } } }');
      expect(list.data.alliances.edges.map((e: any) => e.node.slug)).toContain('fabrique-des-transitions');
    });
  });

  describe('alliance mutations', () => {
    it('creates and updates an alliance, for staff, with version checks', async () => {
      const slug = uniqueSlug('reseau');
      const operator = await make.organisation();
      const created = await graphql(actors.url, CREATE_ALLIANCE, { input: { slug, name: 'Réseau régional', description: 'Un réseau.', website: 'https://example.org', operatorId: operator.id } }, STAFF);
      expect(created.errors).toBeUndefined();
      expect(created.data.createAlliance).toMatchObject({ slug, version: 1, operator: { slug: operator.slug } });
      const id = created.data.createAlliance.id;
      const updated = await graphql(actors.url, UPDATE_ALLIANCE, { input: { id, expectedVersion: 1, changes: { description: 'Un réseau élargi.', operatorId: null } } }, STAFF);
      expect(updated.data.updateAlliance).toMatchObject({ description: 'Un réseau élargi.', operator: null, version: 2 });
      const stale = await graphql(actors.url, UPDATE_ALLIANCE, { input: { id, expectedVersion: 1, changes: { name: 'Trop tard' } } }, OTHER_STAFF);
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const taken = await graphql(actors.url, UPDATE_ALLIANCE, { input: { id, expectedVersion: 2, changes: { slug: 'fabrique-des-transitions' } } }, STAFF);
      expect(taken.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.slug' });
    });

    it('refuses bad alliances, duplicate slugs and callers who are not staff, writing nothing', async () => {
      const count = () => actors.database.connection.db!.collection('alliances').countDocuments();
      const before = await count();
      const valid = { slug: uniqueSlug('valide'), name: 'Valide', description: 'Valide.' };
      await expectEachRefused(actors.url, CREATE_ALLIANCE, valid, [
        { slug: 'fabrique-des-transitions' }, { slug: '-x-' }, { name: '' }, { description: ' ' }, { website: 'javascript:alert(1)' }, { operatorId: 'f'.repeat(24) },
      ]);
      expect(errorCodes(await graphql(actors.url, CREATE_ALLIANCE, { input: valid }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await graphql(actors.url, CREATE_ALLIANCE, { input: valid }, PARTNER))).toEqual(['FORBIDDEN']);
      expect(await count()).toBe(before);
    });
  });

  describe('memberships', () => {
    it('records members of both kinds; leaving ends a membership and keeps it in the history', async () => {
      const alliance = await make.alliance();
      const organisation = await make.organisation();
      const territory = await asStaff(actors.url, CREATE_MEMBERSHIP, { input: { allianceId: alliance.id, actorId: 'EPCI:200073419', since: '2022-01-01', role: 'FOUNDING_MEMBER' } });
      const company = await asStaff(actors.url, CREATE_MEMBERSHIP, { input: { allianceId: alliance.id, actorId: organisation.id, since: '2022-02-01' } });
      expect(territory).toMatchObject({ role: 'FOUNDING_MEMBER', active: true, version: 1, actor: { id: 'EPCI:200073419' } });
      expect(company).toMatchObject({ role: 'MEMBER', active: true });

      const left = await graphql(actors.url, LEAVE, { input: { membershipId: company.id, expectedVersion: 1, on: '2023-03-01', note: 'Fin de mandat.' } }, STAFF);
      expect(left.errors).toBeUndefined();
      expect(left.data.leaveAlliance).toEqual({ id: company.id, until: '2023-03-01', active: false, note: 'Fin de mandat.', version: 2 });
      const read = async (args: string) =>
        (await graphql(actors.url, `{ alliance(slug: "${alliance.slug}") { members${args ? `(${args})` : ''} { edges { node { id } } } } }`)).data.alliance.members.edges.map((e: any) => e.node.id);
      expect(await read('')).toEqual([territory.id]);
      expect(await read('filter: { includeEnded: true }')).toEqual([territory.id, company.id]);
      expect(await read('filter: { at: "2022-06-01" }')).toEqual([territory.id, company.id]);

      const again = await graphql(actors.url, LEAVE, { input: { membershipId: company.id, expectedVersion: 2 } }, STAFF);
      expect(errorCodes(again)).toEqual(['ILLEGAL_TRANSITION']);
      // Having left, the organisation may join again.
      const rejoined = await graphql(actors.url, CREATE_MEMBERSHIP, { input: { allianceId: alliance.id, actorId: organisation.id, since: '2024-01-01' } }, STAFF);
      expect(rejoined.errors).toBeUndefined();
      const today = new Date().toISOString().slice(0, 10);
      const leftToday = await graphql(actors.url, LEAVE, { input: { membershipId: rejoined.data.createMembership.id, expectedVersion: 1 } }, STAFF);
      expect(leftToday.data.leaveAlliance).toMatchObject({ until: today, active: false });
    });

    it("answers with the new state: the member's memberships and the alliance's members include what was just written", async () => {
      const alliance = await make.alliance();
      const organisation = await make.organisation();
      const res = await graphql(
        actors.url,
        `mutation($input: CreateMembershipInput!) { createMembership(input: $input) {
          id actor { ... on Organisation { memberships { id } } } alliance { members { edges { node { id } } } statistics { memberCount } }
        } }`,
        { input: { allianceId: alliance.id, actorId: organisation.id, since: '2022-01-01' } },
        STAFF,
      );
      expect(res.errors).toBeUndefined();
      const created = res.data.createMembership;
      expect(created.actor.memberships.map((m: { id: string }) => m.id)).toEqual([created.id]);
      expect(created.alliance.members.edges.map((e: any) => e.node.id)).toEqual([created.id]);
      expect(created.alliance.statistics.memberCount).toBe(1);
    });

    it('refuses overlapping memberships, also when written at the same time', async () => {
      const alliance = await make.alliance();
      const organisation = await make.organisation();
      const input = { allianceId: alliance.id, actorId: organisation.id, since: '2021-01-01' };
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => graphql(actors.url, CREATE_MEMBERSHIP, { input }, i % 2 ? STAFF : OTHER_STAFF)));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const refused of results.filter((r) => r.errors)) {
        expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(['input.actorId', 'input.since']).toContain(refused.errors![0]!.extensions!.field);
      }
      const past = await graphql(actors.url, CREATE_MEMBERSHIP, { input: { ...input, since: '2020-01-01', until: '2021-06-01' } }, STAFF);
      expect(past.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.since' });
      const earlier = await graphql(actors.url, CREATE_MEMBERSHIP, { input: { ...input, since: '2019-01-01', until: '2020-01-01' } }, STAFF);
      expect(earlier.errors).toBeUndefined();
      const stored = await actors.database.connection.db!.collection('memberships').countDocuments({ allianceId: alliance.id });
      expect(stored).toBe(2);
    });

    it('updates a membership with version checks, and refuses to reopen one over another', async () => {
      const alliance = await make.alliance();
      const organisation = await make.organisation();
      const old = await asStaff(actors.url, CREATE_MEMBERSHIP, { input: { allianceId: alliance.id, actorId: organisation.id, since: '2018-01-01', until: '2019-01-01' } });
      const current = await asStaff(actors.url, CREATE_MEMBERSHIP, { input: { allianceId: alliance.id, actorId: organisation.id, since: '2020-01-01' } });
      const changed = await graphql(actors.url, UPDATE_MEMBERSHIP, { input: { id: current.id, expectedVersion: 1, changes: { role: 'FUNDER', note: 'Finance le programme.' } } }, STAFF);
      expect(changed.data.updateMembership).toMatchObject({ role: 'FUNDER', note: 'Finance le programme.', version: 2, until: null });
      const stale = await graphql(actors.url, UPDATE_MEMBERSHIP, { input: { id: current.id, expectedVersion: 1, changes: { role: 'OBSERVER' } } }, OTHER_STAFF);
      expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      const reopen = await graphql(actors.url, UPDATE_MEMBERSHIP, { input: { id: old.id, expectedVersion: 1, changes: { until: null } } }, STAFF);
      expect(reopen.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.until' });
      const backwards = await graphql(actors.url, UPDATE_MEMBERSHIP, { input: { id: old.id, expectedVersion: 1, changes: { since: '2019-06-01' } } }, STAFF);
      expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.changes.since' });
      const unchanged = await graphql(actors.url, `{ organisation(slug: "${organisation.slug}") { memberships(filter: { includeEnded: true }) { id role since until version } } }`);
      expect(unchanged.data.organisation.memberships).toEqual([
        { id: old.id, role: 'MEMBER', since: '2018-01-01', until: '2019-01-01', version: 1 },
        { id: current.id, role: 'FUNDER', since: '2020-01-01', until: null, version: 2 },
      ]);
    });

    it('refuses bad memberships with the field at fault, and callers who are not staff, writing nothing', async () => {
      const alliance = await make.alliance();
      const organisation = await make.organisation();
      const valid = { allianceId: alliance.id, actorId: organisation.id, since: '2022-01-01' };
      const count = () => actors.database.connection.db!.collection('memberships').countDocuments();
      const before = await count();
      await expectEachRefused(actors.url, CREATE_MEMBERSHIP, valid, [
        { allianceId: 'f'.repeat(24) }, { actorId: 'f'.repeat(24) }, { actorId: 'COMMUNE:99999' }, { since: '2022-13-01' }, { until: '2021-12-31' }, { note: 'x'.repeat(1001) },
      ]);
      expect(errorCodes(await graphql(actors.url, CREATE_MEMBERSHIP, { input: valid }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await graphql(actors.url, CREATE_MEMBERSHIP, { input: valid }, PARTNER))).toEqual(['FORBIDDEN']);
      expect(await count()).toBe(before);
      const membership = await asStaff(actors.url, CREATE_MEMBERSHIP, { input: valid });
      const early = await graphql(actors.url, LEAVE, { input: { membershipId: membership.id, expectedVersion: 1, on: '2021-01-01' } }, STAFF);
      expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.on' });
      expect(errorCodes(await graphql(actors.url, LEAVE, { input: { membershipId: membership.id, expectedVersion: 1 } }, PARTNER))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await graphql(actors.url, LEAVE, { input: { membershipId: 'f'.repeat(24), expectedVersion: 1 } }, STAFF))).toEqual(['NOT_FOUND']);
    });
  });
});
