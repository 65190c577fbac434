// Test helpers shared by every package's jest suites (import from '@fabrique/kit/testing').
// Tests run against the real database the test command started (MONGODB_URI), never a mock.

import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../data/database';
import { IDENTITY_HEADER, signIdentity, type Identity } from '../identity';

export const TEST_IDENTITY_SECRET = 'test-identity-secret-that-is-long-enough-0123456789';

export function mongodbUri(): string {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set: run the tests with `npm test`, which starts a throwaway database.');
  return uri;
}

/** A fresh, uniquely named database for one test file; `drop()` removes it. */
export async function testDatabase(service: string): Promise<Database & { name: string; drop(): Promise<void> }> {
  const name = `test_${service}_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const database = await connectDatabase({ uri: mongodbUri(), name });
  return {
    ...database,
    name,
    async drop() {
      await database.connection.dropDatabase().catch(() => undefined);
      await database.close();
    },
  };
}

const TEST_IDENTITY_TTL_SECONDS = 3600;

/**
 * A test caller's signed identity header. Suites sign theirs once, at load, and a suite on a loaded machine
 * can outlast the gateway's 60 s: test headers live an hour (expiry itself is tested with `signIdentity`).
 */
export function identityHeaders(identity: Identity, secret = TEST_IDENTITY_SECRET): Record<string, string> {
  return { [IDENTITY_HEADER]: signIdentity(identity, secret, Date.now(), TEST_IDENTITY_TTL_SECONDS) };
}

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  extensions?: Record<string, unknown>;
}

/** POSTs a GraphQL operation to `url` (a /graphql endpoint). */
export async function graphql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`Non-JSON response (${response.status}): ${text.slice(0, 500)}`);
  }
  return { status: response.status, headers: response.headers, ...body };
}

/** The error codes of a response, in order. */
export const errorCodes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/** Drops databases by name (test cleanup for code that names its own databases). */
export async function dropDatabases(names: readonly string[]): Promise<void> {
  for (const name of names) {
    const database = await connectDatabase({ uri: mongodbUri(), name });
    await database.connection.dropDatabase().catch(() => undefined);
    await database.close();
  }
}

interface ListeningServer {
  listen(port: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * One subgraph on a free port over a fresh database, seeded first if `seed` is given; `stop()` stops it
 * and drops the database.
 */
export async function startTestSubgraph<S extends ListeningServer>(
  service: string,
  create: (options: { database: Database; identitySecret: string; nodeEnv: 'test' }) => Promise<S>,
  seed?: (database: Database) => Promise<unknown>,
) {
  const database = await testDatabase(service);
  if (seed) await seed(database);
  const server = await create({ database, identitySecret: TEST_IDENTITY_SECRET, nodeEnv: 'test' });
  const url = `${await server.listen(0)}/graphql`;
  return {
    url,
    database,
    server,
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}

export * from './cursors';
export * from './idempotency';
