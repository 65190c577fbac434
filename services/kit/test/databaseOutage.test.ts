import mongoose from 'mongoose';
import { GraphQLError } from 'graphql';
import { cachedProbe, createErrorFormatter, isDatabaseUnreachable } from '../src';

const { MongoNetworkError, MongoServerSelectionError, MongoServerError } = mongoose.mongo;

/** A resolver error as Apollo hands it to formatError: the original wrapped in a GraphQLError. */
const fromResolver = (original: Error) => new GraphQLError(original.message, { path: ['organisation'], originalError: original });

describe('an unreachable database is said as such (SERVICE_UNAVAILABLE), never as an internal error', () => {
  const format = createErrorFormatter(true, 'actors');
  const formatted = (error: GraphQLError) => format({ message: error.message, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);

  it.each([
    ['a write in flight when the connection broke', new MongoNetworkError('connection 3 to 127.0.0.1:27017 closed')],
    ['a command that found no server', new MongoServerSelectionError('connect ECONNREFUSED 127.0.0.1:27017', { type: 'Unknown', servers: new Map() } as never)],
  ])('%s', (_case, error) => {
    expect(isDatabaseUnreachable(error)).toBe(true);
    expect(formatted(fromResolver(error))).toEqual({
      message: 'The actors service is unavailable: database unreachable. Try again shortly.',
      path: ['organisation'],
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'actors', reason: 'database unreachable' },
    });
  });

  it('leaves other database errors masked as internal', () => {
    const error = new MongoServerError({ message: 'Regular expression too large', code: 51091 });
    expect(isDatabaseUnreachable(error)).toBe(false);
    expect(formatted(fromResolver(error)).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});

describe('cachedProbe', () => {
  it('runs the probe once for callers arriving together and reuses its result for the period', async () => {
    let runs = 0;
    const probe = cachedProbe(async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return runs;
    }, 200);
    expect(await Promise.all([probe(), probe(), probe()])).toEqual([1, 1, 1]);
    expect(await probe()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await probe()).toBe(2);
    expect(runs).toBe(2);
  });
});
