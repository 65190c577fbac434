import { graphql } from '@fabrique/kit/testing';
import { stableId, territoryScope } from '@fabrique/kit';
import { createRepositories } from '../src/repositories';
import { startKnowledge } from './support';

describe('experiences (knowledge subgraph, real database)', () => {
  let knowledge: Awaited<ReturnType<typeof startKnowledge>>;
  beforeAll(async () => {
    knowledge = await startKnowledge();
    // A draft about Clermont-Ferrand must stay invisible to the public.
    const at = new Date();
    await createRepositories(knowledge.database.connection).experiences.model.create({
      _id: stableId('experience', 'draft'),
      title: 'Brouillon',
      summary: 'Pas encore publié',
      body: '…',
      language: 'fr',
      status: 'DRAFT',
      territoryIds: ['COMMUNE:63113'],
      territoryScope: territoryScope(['COMMUNE:63113']),
      publisherId: 'DEPARTEMENT:63',
      conventionId: null,
      publishedAt: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  });
  afterAll(() => knowledge.stop());

  it('lists only published experiences', async () => {
    const res = await graphql(knowledge.url, '{ experiences { totalCount edges { node { title status publisher { __typename id } convention { id } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.experiences.totalCount).toBe(1);
    expect(res.data.experiences.edges[0].node).toMatchObject({ status: 'PUBLISHED', publisher: { __typename: 'Territory', id: 'DEPARTEMENT:63' } });
  });

  it('finds an experience from any territory containing the one it is about', async () => {
    for (const [territory, count] of [['DEPARTEMENT:63', 1], ['REGION:84', 1], ['REGION:11', 0]] as const) {
      const res = await graphql(knowledge.url, 'query($t: ID) { experiences(territory: $t) { totalCount } }', { t: territory });
      expect(res.data.experiences.totalCount).toBe(count);
    }
  });

  it('does not show a draft by id', async () => {
    const res = await graphql(knowledge.url, 'query($id: ID!) { experience(id: $id) { title } }', { id: stableId('experience', 'draft') });
    expect(res.data.experience).toBeNull();
  });
});
