import { identityHeaders, describeIdempotentCreate } from '@fabrique/kit/testing';
import { as, newExperience, useKnowledge } from './support';

/** Retries of every create of the knowledge subgraph with an idempotencyKey (see the kit's idempotency.ts). */
describe('idempotent creates (knowledge subgraph, real database)', () => {
  const { knowledge } = useKnowledge();
  let n = 0;
  const unique = (label: string) => `${label} ${process.pid}-${++n}`;
  const target = () => ({ url: knowledge().url, db: knowledge().database.connection.db! });
  const partners = { caller: () => as.livradois, otherCaller: () => as.domes, target };
  const staff = { caller: () => as.staff, otherCaller: () => identityHeaders({ role: 'STAFF', subject: 'moderator-2' }), target };

  describeIdempotentCreate({
    ...partners,
    mutation: 'createExperience',
    inputType: 'CreateExperienceInput',
    input: () => newExperience({ title: unique('Une expérience relancée') }),
    collection: 'experiences',
  });

  describeIdempotentCreate({
    ...partners,
    mutation: 'createResource',
    inputType: 'CreateResourceInput',
    input: () => ({ kind: 'GUIDE', title: unique('Un guide relancé'), url: 'https://exemple.org/guide' }),
    collection: 'resources',
  });

  describeIdempotentCreate({
    ...staff,
    mutation: 'createTheme',
    inputType: 'CreateThemeInput',
    input: () => ({ id: `relance-${process.pid}-${++n}`, parentId: 'energie', labelFr: 'Relance', labelEn: 'Retry' }),
    collection: 'themes',
  });

  describeIdempotentCreate({
    ...staff,
    mutation: 'createLearningJourney',
    inputType: 'CreateLearningJourneyInput',
    input: () => ({ title: unique('Voyage relancé'), hostTerritoryId: 'DEPARTEMENT:43', startsOn: '2030-05-12', endsOn: '2030-05-13', capacity: 3 }),
    collection: 'learning_journeys',
  });
});
