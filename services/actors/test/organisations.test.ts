import { errorCodes, graphql } from '@fabrique/kit/testing';
import { expectEachRefused, OTHER_STAFF, PARTNER, STAFF, startActorsWithFactories, uniqueSlug, type Actors, type Factories } from './support';

const CREATE = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug name kind website description version homeTerritory { id } } }';
const UPDATE = 'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id slug name kind website description version homeTerritory { id } } }';

describe('organisations (actors subgraph, real database)', () => {
  let actors: Actors;
  let make: Factories;
  const count = () => actors.database.connection.db!.collection('organisations').countDocuments();
  beforeAll(async () => ({ actors, make } = await startActorsWithFactories()));
  afterAll(() => actors.stop());

  describe('reading', () => {
    it('finds a demo organisation by slug, with its home territory', async () => {
      const res = await graphql(actors.url, '{ organisation(slug: "prefecture-puy-de-dome") { name kind website version homeTerritory { id name } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data.organisation).toEqual({
        name: 'Préfecture du Puy-de-Dôme',
        kind: 'STATE_SERVICE',
        website: 'https://www.puy-de-dome.gouv.fr',
        version: 1,
        homeTerritory: { id: 'COMMUNE:63113', name: 'Clermont-Ferrand' },
      });
      expect((await graphql(actors.url, '{ organisation(slug: "nobody") { name } }')).data.organisation).toBeNull();
    });

    it('lists organisations by kind, by territory (at any depth) and by name, sorted by name', async () => {
      const list = async (args: string) => {
        const res = await graphql(actors.url, `{ organisations(${args}) { totalCount edges { node { slug kind } } } }`);
        expect(res.errors).toBeUndefined();
        return res.data.organisations;
      };
      const agencies = await list('filter: { kind: PUBLIC_AGENCY }, first: 100');
      expect(agencies.edges.map((e: any) => e.node.slug)).toEqual(expect.arrayContaining(['ademe', 'anct', 'cerema']));
      expect(agencies.edges.every((e: any) => e.node.kind === 'PUBLIC_AGENCY')).toBe(true);
      // Based in Clermont-Ferrand (63113) and Thiers (63430): inside the Puy-de-Dôme and its région.
      const inPuyDeDome = (await list('filter: { within: "DEPARTEMENT:63" }, first: 100')).edges.map((e: any) => e.node.slug);
      expect(inPuyDeDome).toEqual(expect.arrayContaining(['prefecture-puy-de-dome', 'collectif-transitions-domes', 'cooperative-energies-citoyennes-livradois']));
      expect(inPuyDeDome).not.toContain('ademe');
      const search = await list('filter: { search: "energies LIVRADOIS" }');
      expect(search.edges.map((e: any) => e.node.slug)).toEqual(['cooperative-energies-citoyennes-livradois']);
      const all = await list('first: 100');
      const slugs = all.edges.map((e: any) => e.node.slug);
      expect(all.totalCount).toBeGreaterThanOrEqual(12);
      expect(slugs).toContain('association-fabrique-des-transitions');
      const invalid = await graphql(actors.url, '{ organisations(filter: { within: "63" }) { totalCount } }');
      expect(invalid.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.within' });
    });
  });

  describe('createOrganisation', () => {
    it('creates an organisation at version 1, for staff', async () => {
      const slug = uniqueSlug('agence');
      const res = await graphql(
        actors.url,
        CREATE,
        { input: { slug, name: '  Agence locale de l’énergie  ', kind: 'ASSOCIATION', homeTerritoryId: 'COMMUNE:15014', website: 'https://example.org/alec', description: 'Conseil énergie.' } },
        STAFF,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.createOrganisation).toMatchObject({ slug, name: 'Agence locale de l’énergie', version: 1, homeTerritory: { id: 'COMMUNE:15014' } });
      const read = await graphql(actors.url, `{ organisations(filter: { within: "DEPARTEMENT:15", search: "agence energie" }) { edges { node { slug } } } }`);
      expect(read.data.organisations.edges.map((e: any) => e.node.slug)).toContain(slug);
    });

    it('refuses anonymous callers with UNAUTHENTICATED and non-staff with FORBIDDEN, writing nothing', async () => {
      const before = await count();
      const input = { slug: uniqueSlug('intrus'), name: 'Intrus', kind: 'COMPANY' };
      expect(errorCodes(await graphql(actors.url, CREATE, { input }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await graphql(actors.url, CREATE, { input }, PARTNER))).toEqual(['FORBIDDEN']);
      expect(await count()).toBe(before);
    });

    it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
      const before = await count();
      const valid = { slug: uniqueSlug('valide'), name: 'Valide', kind: 'COMPANY' };
      await expectEachRefused(actors.url, CREATE, valid, [
        { slug: 'Pas Un Slug' }, { slug: 'a' }, { name: '   ' }, { name: 'x'.repeat(201) }, { website: 'ftp://example.org' }, { website: 'pas une adresse' },
        { homeTerritoryId: 'COMMUNE:99999' }, { homeTerritoryId: 'Clermont' }, { description: 'x'.repeat(4001) },
      ]);
      expect(await count()).toBe(before);
    });

    it('refuses a duplicate slug through the unique index, even when two staff create it at once', async () => {
      const before = await count();
      const revisions = await actors.database.connection.db!.collection('revisions').countDocuments();
      const dup = await graphql(actors.url, CREATE, { input: { slug: 'ademe', name: 'Une autre ADEME', kind: 'PUBLIC_AGENCY' } }, STAFF);
      expect(errorCodes(dup)).toEqual(['BAD_USER_INPUT']);
      expect(dup.errors![0]!.extensions!.field).toBe('input.slug');
      const slug = uniqueSlug('course');
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => graphql(actors.url, CREATE, { input: { slug, name: `Concurrente ${i}`, kind: 'COMPANY' } }, i % 2 ? STAFF : OTHER_STAFF)),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).every((r) => r.errors![0]!.extensions!.field === 'input.slug')).toBe(true);
      expect(await count()).toBe(before + 1);
      // The refused writes left no revision behind.
      expect(await actors.database.connection.db!.collection('revisions').countDocuments()).toBe(revisions + 1);
    });
  });

  describe('updateOrganisation', () => {
    it('changes the given fields, clears nulls, and returns the next version', async () => {
      const created = await make.organisation({ website: 'https://example.org', description: 'Avant.', homeTerritoryId: 'COMMUNE:63113' });
      const res = await graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { name: 'Nouveau nom', website: null, homeTerritoryId: 'DEPARTEMENT:43' } } }, STAFF);
      expect(res.errors).toBeUndefined();
      expect(res.data.updateOrganisation).toMatchObject({ id: created.id, slug: created.slug, name: 'Nouveau nom', website: null, description: 'Avant.', version: 2, homeTerritory: { id: 'DEPARTEMENT:43' } });
      const renamed = await graphql(actors.url, `{ organisations(filter: { search: "nouveau nom", within: "REGION:84" }) { edges { node { id } } } }`);
      expect(renamed.data.organisations.edges.map((e: any) => e.node.id)).toContain(created.id);
    });

    it('refuses an edit of an outdated version with CONFLICT, and lets one of two simultaneous editors win', async () => {
      const created = await make.organisation();
      const edits = await Promise.all(
        ['Version Alice', 'Version Bob', 'Version Carol'].map((name, i) =>
          graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { name } } }, i === 1 ? OTHER_STAFF : STAFF),
        ),
      );
      const won = edits.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      for (const lost of edits.filter((r) => r.errors)) {
        expect(errorCodes(lost)).toEqual(['CONFLICT']);
        expect(lost.errors![0]!.extensions!.currentVersion).toBe(2);
      }
      const stale = await graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { name: 'Trop tard' } } }, STAFF);
      expect(errorCodes(stale)).toEqual(['CONFLICT']);
      const now = await graphql(actors.url, `{ organisation(slug: "${created.slug}") { name version } }`);
      expect(now.data.organisation).toEqual({ name: won[0]!.data.updateOrganisation.name, version: 2 });
    });

    it('refuses a slug taken by another organisation, leaving the record and its history as they were', async () => {
      const created = await make.organisation({ name: 'Avant renommage' });
      const res = await graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { slug: 'ademe', name: 'Après' } } }, STAFF);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('input.changes.slug');
      const stored = await actors.database.connection.db!.collection('organisations').findOne({ _id: created.id } as any);
      expect(stored).toMatchObject({ slug: created.slug, name: 'Avant renommage', version: 1 });
      // The version the refused write claimed is free again: the next edit of version 1 succeeds.
      const next = await graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { name: 'Après' } } }, STAFF);
      expect(next.data.updateOrganisation).toMatchObject({ name: 'Après', version: 2 });
    });

    it('refuses bad input, unknown ids and callers who are not staff', async () => {
      const created = await make.organisation();
      await expectEachRefused(actors.url, UPDATE, { id: created.id, expectedVersion: 1 }, [
        { name: null }, { slug: null }, { kind: null }, { homeTerritoryId: 'REGION:00' }, {},
      ], 'changes');
      await expectEachRefused(actors.url, UPDATE, { id: created.id, changes: { name: 'X' } }, [{ expectedVersion: 0 }]);
      const unknown = await graphql(actors.url, UPDATE, { input: { id: 'f'.repeat(24), expectedVersion: 1, changes: { name: 'X' } } }, STAFF);
      expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
      expect(errorCodes(await graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { name: 'X' } } }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await graphql(actors.url, UPDATE, { input: { id: created.id, expectedVersion: 1, changes: { name: 'X' } } }, PARTNER))).toEqual(['FORBIDDEN']);
      const unchanged = await graphql(actors.url, `{ organisation(slug: "${created.slug}") { name version } }`);
      expect(unchanged.data.organisation).toEqual({ name: created.name, version: 1 });
    });
  });
});
