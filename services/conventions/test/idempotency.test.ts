import { describeIdempotentCreate } from '@fabrique/kit/testing';
import { as, cohortInput, conventionInput, CREATE_COHORT, dataOf, useConventions } from './support';

/** Retries of every create of the conventions subgraph with an idempotencyKey (see the kit's idempotency.ts). */
describe('idempotent creates (conventions subgraph, real database)', () => {
  const t = useConventions();
  let n = 0;
  const unique = (label: string) => `${label} ${process.pid}-${++n}`;
  const common = { caller: as.staff, otherCaller: as.otherStaff, target: () => ({ url: t.subgraph.url, db: t.subgraph.database.connection.db! }) };

  describeIdempotentCreate({
    ...common,
    mutation: 'createConvention',
    inputType: 'CreateConventionInput',
    input: () => conventionInput({ title: unique('Convention relancée') }),
    collection: 'conventions',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'createCohort',
    inputType: 'CreateCohortInput',
    input: () => cohortInput({ name: unique('Promotion relancée') }),
    collection: 'cohorts',
  });

  const TERRITORY = 'COMMUNE:63113';
  describeIdempotentCreate({
    ...common,
    // The territory's member applies; staff may apply on its behalf.
    caller: () => as.member(TERRITORY),
    mutation: 'submitApplication',
    inputType: 'ApplicationInput',
    // One open application per territory and target: each input applies to a new cohort.
    input: async () => {
      const cohort = dataOf(await t.call(CREATE_COHORT, { input: cohortInput({ name: unique('Promotion candidate') }) }, as.staff())).createCohort;
      return { territoryId: TERRITORY, cohortId: cohort.id, motivation: unique('Nous voulons apprendre') };
    },
    collection: 'applications',
  });

  describeIdempotentCreate({
    ...common,
    mutation: 'createDiagnostic',
    inputType: 'CreateDiagnosticInput',
    input: () => ({ territoryId: 'COMMUNE:63113', auditDays: ['2031-03-01', '2031-03-02', '2031-03-03'], summary: unique('Diagnostic relancé') }),
    collection: 'diagnostics',
  });
});
