import { graphql } from '@fabrique/kit/testing';
import { startActors } from './support';

describe('the Fabrique alliance (actors subgraph, real database)', () => {
  let actors: Awaited<ReturnType<typeof startActors>>;
  beforeAll(async () => {
    actors = await startActors();
  });
  afterAll(() => actors.stop());

  it('shows its governance since January 2021 and the association that runs it', async () => {
    const res = await graphql(
      actors.url,
      '{ alliance(slug: "fabrique-des-transitions") { name operator { slug kind } governance { role since until person { name } } } }',
    );
    expect(res.errors).toBeUndefined();
    const alliance = res.data.alliance;
    expect(alliance.name).toBe('La Fabrique des transitions');
    expect(alliance.operator).toEqual({ slug: 'association-fabrique-des-transitions', kind: 'ASSOCIATION' });
    expect(alliance.governance).toEqual(
      expect.arrayContaining([
        { role: 'Président', since: '2021-01-01', until: null, person: { name: 'Pierre Calame' } },
        { role: 'Directeur général', since: '2021-01-01', until: null, person: { name: 'Jean-François Caron' } },
        { role: 'Délégué', since: '2021-01-01', until: null, person: { name: 'Julian Perdrigeat' } },
      ]),
    );
  });

  it('answers null for an unknown alliance', async () => {
    expect((await graphql(actors.url, '{ alliance(slug: "nope") { name } }')).data.alliance).toBeNull();
  });
});
