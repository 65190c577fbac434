import { demoOrganisationId, type Identity } from '@fabrique/kit';
import { graphql, identityHeaders, startTestSubgraph } from '@fabrique/kit/testing';
import { seedKnowledge } from '../src/seed';
import { createKnowledgeServer } from '../src/server';

/** The knowledge subgraph on a free port over a fresh database, seeded unless told otherwise. */
export const startKnowledge = (options: { seed?: boolean } = {}) =>
  startTestSubgraph('knowledge', createKnowledgeServer, options.seed === false ? undefined : seedKnowledge);

export type Knowledge = Awaited<ReturnType<typeof startKnowledge>>;

/** A subgraph for the enclosing `describe`: started before its tests, stopped (database dropped) after. */
export function useKnowledge(options: { seed?: boolean } = {}) {
  let started: Knowledge | undefined;
  beforeAll(async () => {
    started = await startKnowledge(options);
  });
  afterAll(() => started?.stop());
  const knowledge = () => started!;
  return { knowledge, api: client(knowledge) };
}

/** Callers of the tests. */
export const LIVRADOIS = demoOrganisationId('cooperative-energies-citoyennes-livradois');
export const DOMES = demoOrganisationId('collectif-transitions-domes');
export const as = {
  anonymous: {} as Record<string, string>,
  staff: identityHeaders({ role: 'STAFF', subject: 'moderator-1' }),
  livradois: identityHeaders({ role: 'PARTNER', subject: 'maelle', organisationId: LIVRADOIS }),
  domes: identityHeaders({ role: 'PARTNER', subject: 'claire', organisationId: DOMES }),
  territory: (territoryId: string, subject = 'agent') => identityHeaders({ role: 'TERRITORY_MEMBER', subject, territoryId }),
  identity: (identity: Identity) => identityHeaders(identity),
};

/** Sends operations as someone: `send` returns the response, `ok` the data (and fails on any error). */
export function client(knowledge: Knowledge | (() => Knowledge)) {
  const url = () => (typeof knowledge === 'function' ? knowledge() : knowledge).url;
  return {
    send: (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => graphql(url(), query, variables, headers),
    async ok(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const res = await graphql(url(), query, variables, headers);
      if (res.errors) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors, null, 2)}`);
      return res.data;
    },
  };
}

export const EXPERIENCE_FIELDS = `id version title summary status publisher { __typename id } themes { id } territories { id }
  moderationComment publishedAt`;

export const CREATE = `mutation($input: CreateExperienceInput!) { createExperience(input: $input) { ${EXPERIENCE_FIELDS} } }`;
/** An edit: `{ id, v, input }` are the experience, the version edited and the changes. */
export const UPDATE = `mutation($id: ID!, $v: Int!, $input: ExperienceChangesInput!) { updateExperience(input: { id: $id, expectedVersion: $v, changes: $input }) { ${EXPERIENCE_FIELDS} } }`;

/** A workflow step (`submitExperience`, `publishResource`...) of the record `id` at version `v`. */
export const step = (mutation: string, fields = 'status version') =>
  `mutation($id: ID!, $v: Int!) { ${mutation}(input: { id: $id, expectedVersion: $v }) { ${fields} } }`;

export const newExperience = (overrides: Record<string, unknown> = {}) => ({
  title: 'Une chaufferie bois pour le groupe scolaire',
  summary: 'Remplacer la chaudière fioul par une chaufferie bois alimentée localement.',
  body: '## Contexte\n\nLa chaudière fioul arrivait en fin de vie.',
  territoryIds: ['COMMUNE:63430'],
  themeIds: ['energie'],
  outcomes: ['Une chaufferie bois en service'],
  lessons: ['Sécuriser l’approvisionnement en plaquettes'],
  keyFigures: { budgetEuros: 250000, durationMonths: 18 },
  ...overrides,
});
