import { createActorsServer } from '@fabrique/actors';
import { graphql, TEST_IDENTITY_SECRET, testDatabase } from '@fabrique/kit/testing';
import { post } from '../harness/http';
import { useStack } from '../harness/stack';

const BAD_CURSOR = '{ organisations(first: 1, after: "not-a-cursor") { totalCount } }';

/** Whether any error of a response carries a stack trace. */
const hasStack = (errors: Array<{ extensions?: Record<string, unknown> }>) => errors.some((e) => e.extensions?.stacktrace !== undefined);

// `npm start` runs in development: errors keep their details for humans, but stack traces (absolute paths
// of the machine) only when ERROR_STACKTRACES asks for them.
describe('stack traces in development errors', () => {
  const stack = useStack();

  it('the gateway adds none by default, and adds them with ERROR_STACKTRACES', async () => {
    const plain = await stack.startGateway({ nodeEnv: 'development' });
    const res = await post(plain.graphqlUrl, { query: '{ nope }' });
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(hasStack(res.body.errors)).toBe(false);
    expect(res.text).not.toContain(process.cwd());

    const debugging = await stack.startGateway({ nodeEnv: 'development', errorStacktraces: true });
    const traced = await post(debugging.graphqlUrl, { query: '{ nope }' });
    expect(hasStack(traced.body.errors)).toBe(true);
  });

  it('a subgraph adds none by default, and adds them with ERROR_STACKTRACES', async () => {
    for (const errorStacktraces of [false, true]) {
      const database = await testDatabase('actors');
      const server = await createActorsServer({ database, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'development', errorStacktraces });
      try {
        const res = await graphql(`${await server.listen(0)}/graphql`, BAD_CURSOR);
        expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
        expect(hasStack(res.errors!)).toBe(errorStacktraces);
      } finally {
        await server.stop();
        await database.drop();
      }
    }
  });
});
