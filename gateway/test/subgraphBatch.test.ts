import { GraphQLError, parse, print } from 'graphql';
import { batchVariables, planBatch, splitBatchAnswer, type BatchPart } from '../src/subgraphs/batch';
import { BatchPlans } from '../src/subgraphs/batchPlans';
import { failedCallErrors } from '../src/subgraphs/failedCall';

const TERRITORIES = 'query Search__actors__1($representations:[_Any!]!){_entities(representations:$representations){...on Territory{name}}}';
const PUBLISHERS = 'query Search__actors__2($representations:[_Any!]!){_entities(representations:$representations){...on Actor{__typename name}}}';
const PROGRAMMES = 'query Dashboard__conventions__0($kind:ProgrammeKind){programmes(kind:$kind){name} stats: conventionStatistics{conventionCount}}';

const parts: BatchPart[] = [
  { query: TERRITORIES, variables: { representations: [{ __typename: 'Territory', id: 'DEPARTEMENT:63' }] } },
  { query: PUBLISHERS, variables: { representations: [{ __typename: 'Actor', id: 'a1' }, { __typename: 'Actor', id: 'a2' }] } },
  { query: PROGRAMMES, variables: { kind: 'TERRITOIRES_PILOTES' } },
];

describe('queries of one request to one subgraph, sent as one', () => {
  const plan = planBatch(parts.map((p) => p.query))!;

  it('aliases each query\'s root fields and renames its variables under its own prefix', () => {
    expect(print(parse(plan.query))).toBe(
      print(
        parse(`query Search__actors__1($_b0_representations: [_Any!]!, $_b1_representations: [_Any!]!, $_b2_kind: ProgrammeKind) {
          _b0__entities: _entities(representations: $_b0_representations) { ... on Territory { name } }
          _b1__entities: _entities(representations: $_b1_representations) { ... on Actor { __typename name } }
          _b2_programmes: programmes(kind: $_b2_kind) { name }
          _b2_stats: conventionStatistics { conventionCount }
        }`),
      ),
    );
    expect(plan.operationName).toBe('Search__actors__1');
    expect(batchVariables(plan, parts)).toEqual({
      _b0_representations: parts[0]!.variables!.representations,
      _b1_representations: parts[1]!.variables!.representations,
      _b2_kind: 'TERRITOIRES_PILOTES',
    });
  });

  it('gives each query its own fields and the errors on them, under their own names', () => {
    const answers = splitBatchAnswer(plan, {
      data: { _b0__entities: [{ name: 'Puy-de-Dôme' }], _b1__entities: [{ name: 'A' }, null], _b2_programmes: [], _b2_stats: null },
      errors: [
        { message: 'not found', path: ['_b1__entities', 1], extensions: { code: 'NOT_FOUND' } },
        { message: 'stats down', path: ['_b2_stats'] },
      ],
      extensions: { revoked: [] },
    });
    expect(answers).toEqual([
      { data: { _entities: [{ name: 'Puy-de-Dôme' }] }, extensions: { revoked: [] } },
      { data: { _entities: [{ name: 'A' }, null] }, errors: [{ message: 'not found', path: ['_entities', 1], extensions: { code: 'NOT_FOUND' } }] },
      { data: { programmes: [], stats: null }, errors: [{ message: 'stats down', path: ['stats'] }] },
    ]);
  });

  it('gives an error without a path to every query when the batch answered no data, to the first alone otherwise', () => {
    const refused = { message: 'refused', extensions: { code: 'UNAUTHENTICATED' } };
    expect(splitBatchAnswer(plan, { data: null, errors: [refused] }).map((a) => a.errors)).toEqual([[refused], [refused], [refused]]);
    const warning = { message: 'slow' };
    const answers = splitBatchAnswer(plan, { data: { _b0__entities: [], _b1__entities: [], _b2_programmes: [], _b2_stats: null }, errors: [warning] });
    expect(answers.map((a) => a.errors)).toEqual([[warning], undefined, undefined]);
  });

  it('answers a failed batch as errors on every field of every query, each on its own paths', () => {
    const failed = failedCallErrors(new GraphQLError('down', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }), { text: plan.query, variables: batchVariables(plan, parts) });
    const answers = splitBatchAnswer(plan, { errors: failed });
    const paths = answers.map((a) => a.errors?.map((e) => e.path));
    expect(paths).toEqual([[['_entities', 0, 'name']], [['_entities', 0, 'name'], ['_entities', 1, 'name']], [['programmes'], ['stats']]]);
    expect(answers.every((a) => a.data === undefined)).toBe(true);
  });

  it('answers data that is not an object as no data, with an error on every query', () => {
    for (const data of [5, 'nonsense', []] as unknown[]) {
      const answers = splitBatchAnswer(plan, { data: data as Record<string, unknown> });
      expect(answers.map((a) => a.data)).toEqual([null, null, null]);
      expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(['INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR']);
    }
  });

  it('does not batch a mutation, a query with fragment definitions or with directives', () => {
    expect(planBatch([TERRITORIES, 'mutation M($id: ID!) { archiveExperience(id: $id) { id } }'])).toBeNull();
    expect(planBatch([TERRITORIES, 'query Q { ...F } fragment F on Query { programmes { name } }'])).toBeNull();
    expect(planBatch([TERRITORIES, 'query Q @cached { programmes { name } }'])).toBeNull();
  });

  it('keeps each combination\'s plan, and remembers one that cannot be batched (or read)', () => {
    const plans = new BatchPlans();
    const first = plans.plan([TERRITORIES, PUBLISHERS]);
    expect(first).not.toBeNull();
    expect(plans.plan([TERRITORIES, PUBLISHERS])).toBe(first);
    expect(plans.plan([TERRITORIES, 'not graphql'])).toBeNull();
  });

  it('keeps plans within a bound of characters, the oldest out first, and none larger than the bound', () => {
    const plans = new BatchPlans(2_000);
    const queries = (n: number) => [TERRITORIES.replace('Search__actors__1', `Q${n}`), PUBLISHERS];
    for (let n = 0; n < 20; n += 1) expect(plans.plan(queries(n))).not.toBeNull();
    expect(plans.characters).toBeLessThanOrEqual(2_000);
    expect(plans.characters).toBeGreaterThan(1_000);
    const huge = [`query Huge { ${Array.from({ length: 200 }, (_, i) => `f${i}: programmes { name }`).join(' ')} }`, PROGRAMMES];
    const before = plans.characters;
    expect(plans.plan(huge)?.parts[0]?.fields).toHaveLength(200);
    expect(plans.characters).toBe(before);
  });
});
