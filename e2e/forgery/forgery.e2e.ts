import { IDENTITY_HEADER, signIdentity, type Identity } from '@fabrique/kit';
import { errorCodes, graphql, TEST_IDENTITY_SECRET } from '@fabrique/kit/testing';
import { useStack, type SubgraphName } from '../harness/stack';

const STAFF: Identity = { role: 'STAFF', subject: 'mallory' };
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

/** Identity headers a client might send a subgraph it reaches directly, none of them the gateway's. */
const FORGED: Record<string, () => string> = {
  unsigned: () => `v1.${b64({ role: 'ADMIN', subject: 'mallory', iat: now(), exp: now() + 60 })}.`,
  'signed with another secret': () => signIdentity({ role: 'ADMIN', subject: 'mallory' }, 'another-secret-of-at-least-32-characters!!'),
  'tampered (another payload’s signature)': () => {
    const [version, , signature] = signIdentity({ role: 'ANONYMOUS' }, TEST_IDENTITY_SECRET).split('.');
    return `${version}.${b64({ role: 'ADMIN', subject: 'mallory', iat: now(), exp: now() + 60 })}.${signature}`;
  },
  expired: () => signIdentity(STAFF, TEST_IDENTITY_SECRET, Date.now() - 120_000),
  malformed: () => 'ADMIN',
};

/** One staff mutation per subgraph, and the collection it writes to. */
const MUTATIONS: Record<SubgraphName, { query: string; variables: Record<string, unknown>; collection: string }> = {
  actors: {
    query: 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
    variables: { input: { slug: 'forged-organisation', name: 'Forged', kind: 'ASSOCIATION' } },
    collection: 'organisations',
  },
  conventions: {
    query: 'mutation($input: CreateConventionInput!) { createConvention(input: $input) { id } }',
    variables: { input: { title: 'Forged convention', parties: [{ actorId: 'DEPARTEMENT:63', role: 'Territoire' }] } },
    collection: 'conventions',
  },
  knowledge: {
    query: 'mutation($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
    variables: { input: { id: 'forged-theme', labelFr: 'Thème forgé', labelEn: 'Forged theme' } },
    collection: 'themes',
  },
};

describe('a subgraph reached directly refuses a forged identity, and applies nothing', () => {
  const stack = useStack();

  describe.each(Object.keys(MUTATIONS) as SubgraphName[])('%s', (name) => {
    const { query, variables, collection } = MUTATIONS[name];
    const count = () => stack.subgraphs[name].database.connection.collection(collection).countDocuments();

    it.each(Object.keys(FORGED))('refuses an identity header: %s, with UNAUTHENTICATED (401)', async (forgery) => {
      const before = await count();
      const res = await graphql(stack.subgraphs[name].url, query, variables, { [IDENTITY_HEADER]: FORGED[forgery]!() });
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.data ?? null).toBeNull();
      expect(await count()).toBe(before);
    });

    it('applies the same mutation for the gateway’s own signature (the refusals above are about the identity)', async () => {
      const before = await count();
      const res = await graphql(stack.subgraphs[name].url, query, variables, { [IDENTITY_HEADER]: signIdentity(STAFF, TEST_IDENTITY_SECRET) });
      expect(errorCodes(res)).toEqual([]);
      expect(await count()).toBe(before + 1);
    });
  });
});
