import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { mongodbUri } from '../src/testing';
import { connectDatabase } from '../src/data/database';
import { commandSummary, filterShape } from '../src/data/commandLog';
import { parse } from 'graphql';
import { createSubgraphServer } from '../src/subgraphServer';
import { graphql, TEST_IDENTITY_SECRET } from '../src/testing';

/** A logger at `level` whose lines are kept, parsed. */
function capturingLogger(level: string) {
  const lines: Array<Record<string, any>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level }, stream), lines: () => lines.filter((l) => l.msg === 'database command') };
}

describe('the shape of a command, for the logs', () => {
  it('keeps fields and operators, never values', () => {
    const at = new Date();
    expect(filterShape({ status: 'PUBLISHED', _id: { $in: ['a', 'b'] }, $and: [{ x: 1 }, { y: { $gte: at } }], empty: [] })).toEqual({
      status: '?',
      _id: { $in: '[2]' },
      $and: [{ x: '?' }, { y: { $gte: '?' } }],
      empty: '[0]',
    });
  });

  it('names a command\'s collection, sort, limit, pipeline stages and writes', () => {
    expect(commandSummary('find', { find: 'experiences', filter: { territoryScope: 'DEPARTEMENT:63' }, sort: { listedAt: -1 }, limit: 6 })).toEqual({
      command: 'find',
      collection: 'experiences',
      filter: { territoryScope: '?' },
      sort: { listedAt: -1 },
      limit: 6,
    });
    // As the driver hands it.
    expect(commandSummary('find', { find: 'experiences', sort: new Map([['listedAt', -1], ['_id', -1]]) }).sort).toEqual({ listedAt: -1, _id: -1 });
    expect(commandSummary('aggregate', { aggregate: 'applications', pipeline: [{ $match: { status: 'OFFERED' } }, { $group: { _id: '$x' } }] })).toMatchObject({ pipeline: [{ $match: { status: '?' } }, '$group'] });
    expect(commandSummary('insert', { insert: 'revisions', documents: [{}, {}] })).toMatchObject({ collection: 'revisions', documents: 2 });
  });
});

describe('each database command logged with its duration at debug level (real database)', () => {
  const name = `test_kit_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;

  it('logs what a request sent, with its id, and no value it searched for', async () => {
    const { logger, lines } = capturingLogger('debug');
    const database = await connectDatabase({ uri: mongodbUri(), name, logger });
    try {
      const notes = database.connection.collection('notes');
      await notes.insertOne({ _id: 'n1' as never, word: 'secret-word' });
      const { result } = database.roundTrips.track(() => notes.find({ word: 'secret-word' }).toArray(), 'request-7');
      expect(await result).toHaveLength(1);
      await database.connection.db!.command({ find: 'notes', filter: { $nonsense: 1 } }).catch(() => undefined);
      const logged = lines();
      expect(logged.find((l) => l.command === 'find' && l.requestId === 'request-7')).toMatchObject({ collection: 'notes', filter: { word: '?' }, ok: true, ms: expect.any(Number) });
      // Start-up and background work belong to no request.
      const insert = logged.find((l) => l.command === 'insert');
      expect(insert).toMatchObject({ collection: 'notes', documents: 1 });
      expect(insert).not.toHaveProperty('requestId');
      expect(logged.filter((l) => l.command === 'find' && l.ok === false)).toHaveLength(1);
      expect(JSON.stringify(logged)).not.toContain('secret-word');
      // The driver's own commands (handshakes, heartbeats) are not the application's.
      expect(logged.map((l) => l.command)).not.toContain('hello');
    } finally {
      await database.connection.dropDatabase().catch(() => undefined);
      await database.close();
    }
  });

  it('tells which request of a subgraph sent each command', async () => {
    const { logger, lines } = capturingLogger('debug');
    const database = await connectDatabase({ uri: mongodbUri(), name: `${name}_server`, logger });
    const server = createSubgraphServer({
      name: 'notes',
      typeDefs: parse('type Query { noteCount: Int! }'),
      resolvers: { Query: { noteCount: () => database.connection.collection('notes').countDocuments({ word: 'private' }) } },
      database,
      identitySecret: TEST_IDENTITY_SECRET,
      logger,
      nodeEnv: 'test',
      createContext: (base) => base,
    });
    const url = `${await server.listen(0)}/graphql`;
    try {
      const response = await graphql(url, '{ noteCount }', {}, { 'x-request-id': 'dashboard-42' });
      expect(response.data).toEqual({ noteCount: 0 });
      expect(lines().filter((l) => l.requestId === 'dashboard-42')).toEqual([expect.objectContaining({ command: 'aggregate', collection: 'notes', ok: true })]);
    } finally {
      await server.stop();
      await database.connection.dropDatabase().catch(() => undefined);
      await database.close();
    }
  });

  it('listens to nothing at info level', async () => {
    const { logger, lines } = capturingLogger('info');
    const database = await connectDatabase({ uri: mongodbUri(), name: `${name}_info`, logger });
    const unlogged = await connectDatabase({ uri: mongodbUri(), name: `${name}_info` });
    try {
      await database.connection.collection('notes').find({}).toArray();
      expect(lines()).toEqual([]);
      const listeners = (client: typeof database) => client.connection.getClient().listenerCount('commandSucceeded');
      expect(listeners(database)).toBe(listeners(unlogged));
    } finally {
      await database.close();
      await unlogged.close();
    }
  });
});
