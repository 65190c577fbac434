import { GraphQLError, parse } from 'graphql';
import { failedCallErrors, MAX_ERRORS_PER_CALL, pathsOfCall } from '../src/subgraphs/failedCall';

describe('the errors of a failed subgraph call', () => {
  it('names each root field the call was for, through fragments, never __typename', () => {
    const document = parse('query Q { programmes { kind } ...F __typename } fragment F on Query { stats: conventionStatistics { conventionCount } }');
    expect(pathsOfCall(document, {})).toEqual([['programmes'], ['stats']]);
  });

  it('names each field of each entity the call was for', () => {
    const document = parse(
      'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Territory { __typename experiences { totalCount } ...J } } } fragment J on Territory { learningJourneys { totalCount } }',
    );
    expect(pathsOfCall(document, { representations: [{}, {}] })).toEqual([
      ['_entities', 0, 'experiences'],
      ['_entities', 0, 'learningJourneys'],
      ['_entities', 1, 'experiences'],
      ['_entities', 1, 'learningJourneys'],
    ]);
  });

  it('gives at most MAX_ERRORS_PER_CALL errors for a call about thousands of entities', () => {
    const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Territory { experiences { totalCount } } } }';
    const errors = failedCallErrors(new GraphQLError('down', { extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }), {
      text: query,
      variables: { representations: Array.from({ length: 5_000 }, () => ({})) },
    });
    expect(errors).toHaveLength(MAX_ERRORS_PER_CALL);
    expect(errors[0]).toEqual({ message: 'down', path: ['_entities', 0, 'experiences'], extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
  });

  it('keeps an unexpected failure internal, and one error without a path when the call cannot be read', () => {
    expect(failedCallErrors(new Error('socket hang up'), { text: 'not graphql' })).toEqual([
      { message: 'A service of the platform failed.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});
