import type { GraphQLResponse } from '@fabrique/kit/testing';
import { as, conventionInput, dataOf, errorOf, useConventions } from './support';

const CREATE = `mutation($input: CreateConventionInput!) { createConvention(input: $input) { id title summary commitments { title description } } }`;

/** Issue 12, items 1 and 6, on the conventions subgraph: bounded filters, clean titles, NFC storage. */
describe('text input of the conventions subgraph (real database)', () => {
  const t = useConventions();
  const roundTripsOf = (res: GraphQLResponse) => Number(res.headers.get('x-fabrique-db-round-trips'));
  const count = () => t.subgraph.database.connection.collection('conventions').countDocuments();

  it('refuses an over-long filter before any database call', async () => {
    const res = await t.call('query($p: ID) { conventions(filter: { party: $p }) { totalCount } }', { p: 'x'.repeat(500_000) });
    expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.party', max: 300 });
    expect(roundTripsOf(res)).toBe(0);
  });

  it('refuses control characters and bidirectional overrides in titles, at any depth, and writes nothing', async () => {
    const before = await count();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'Convention\u0000' }, 'input.title'],
      [{ title: 'Convention\u2066cachée\u2069' }, 'input.title'],
      [{ commitments: [{ title: 'Un\nengagement', description: 'Texte.' }] }, 'input.commitments.0.title'],
      [{ commitments: [{ title: 'Un engagement', description: 'Texte \ud800' }] }, 'input.commitments.0.description'],
    ];
    for (const [patch, field] of cases) {
      const res = await t.call(CREATE, { input: conventionInput(patch) }, as.staff());
      expect(errorOf(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(roundTripsOf(res)).toBe(0);
    }
    expect(await count()).toBe(before);
  });

  it('keeps line breaks in long texts and stores text in NFC', async () => {
    const input = conventionInput({
      title: 'Convention de Ce\u0301bazat',
      summary: 'Premier objet.\nSecond objet.',
      commitments: [{ title: 'Re\u0301duire', description: 'Étape 1.\n\tÉtape 2.' }],
    });
    const created = dataOf(await t.call(CREATE, { input }, as.staff())).createConvention;
    expect(created).toMatchObject({
      title: 'Convention de Cébazat',
      summary: 'Premier objet.\nSecond objet.',
      commitments: [{ title: 'Réduire', description: 'Étape 1.\n\tÉtape 2.' }],
    });
    expect(created.title).toBe(created.title.normalize('NFC'));
  });
});
