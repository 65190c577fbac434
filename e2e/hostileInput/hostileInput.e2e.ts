import type { mongo } from 'mongoose';
import { DEFAULT_DATABASE_TIMEOUT_MS } from '@fabrique/kit';
import { errorCodes, graphql } from '@fabrique/kit/testing';
import { TEST_ADMIN_TOKEN, useStack } from '../harness/stack';

/**
 * The audit's hostile inputs (issue 12, items 1 and 6): over-long searches used to cost seconds of database
 * time each (and "Regular expression too large" as an internal error), a lone surrogate was stored as U+FFFD.
 */
describe('hostile text input through the gateway', () => {
  const stack = useStack();

  /** Commands the actors subgraph sends to the collections a search reads, while `work` runs. */
  async function searchCommandsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const seen: string[] = [];
    const listener = (event: mongo.CommandStartedEvent) => {
      const collection = String(event.command[event.commandName]);
      if (['organisations', 'people', 'territories', 'communes'].includes(collection)) {
        seen.push(`${event.commandName} ${collection} maxTimeMS=${event.command.maxTimeMS}`);
      }
    };
    const client = stack.subgraphs.actors.database.connection.getClient();
    client.on('commandStarted', listener);
    try {
      await work();
    } finally {
      client.off('commandStarted', listener);
    }
    return seen;
  }

  const searchOf = (list: string, length: number) => () =>
    graphql(stack.graphqlUrl, `query($search: String!) { ${list}(filter: { search: $search }) { totalCount } }`, { search: 'x'.repeat(length) });

  it.each([
    ['organisations', 900_000],
    ['people', 900_000],
    ['territories', 900_000],
  ])('refuses %s(filter: { search }) of %d characters with BAD_USER_INPUT naming the field and its limit, before any database call', async (list, length) => {
    let res: Awaited<ReturnType<ReturnType<typeof searchOf>>> | undefined;
    const commands = await searchCommandsDuring(async () => {
      res = await searchOf(list, length)();
    });
    expect(errorCodes(res!)).toEqual(['BAD_USER_INPUT']);
    expect(res!.errors![0]!.extensions).toMatchObject({ field: 'filter.search', max: 200 });
    expect(res!.errors![0]!.message).toBe('filter.search is at most 200 characters.');
    expect(commands).toEqual([]);
  });

  it('refuses territories(filter: { search: "x" × 100000 }) written in the document as BAD_USER_INPUT, not an internal error', async () => {
    const res = await graphql(stack.graphqlUrl, `{ territories(filter: { search: "${'x'.repeat(100_000)}" }) { totalCount } }`);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions).toMatchObject({ field: 'filter.search', max: 200 });
  });

  it('leaves the database idle: five hostile searches at once, then a real search answers at once', async () => {
    // Lengths differ so that no answer comes from the gateway's read cache.
    const commands = await searchCommandsDuring(() => Promise.all([1, 2, 3, 4, 5].map((i) => searchOf(i % 2 ? 'people' : 'organisations', 900_000 - i)())));
    expect(commands).toEqual([]);
    const started = Date.now();
    let res: Awaited<ReturnType<typeof graphql>> | undefined;
    const real = await searchCommandsDuring(async () => {
      res = await graphql(stack.graphqlUrl, '{ organisations(filter: { search: "energie" }) { totalCount } people(filter: { search: "martin" }) { totalCount } }');
    });
    expect(res!.errors).toBeUndefined();
    // Generous: the old code kept the database busy for minutes after such a burst.
    expect(Date.now() - started).toBeLessThan(2_000);
    // The watch sees searches: a real one reaches both collections, each command with its time limit.
    expect(real.length).toBeGreaterThan(0);
    expect(real.every((command) => command.endsWith(`maxTimeMS=${DEFAULT_DATABASE_TIMEOUT_MS}`))).toBe(true);
  });

  const admin = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json' };
  const createOrganisation = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';

  it('refuses a lone surrogate sent as a JSON escape ("\\ud800"), naming the field, and writes nothing', async () => {
    // Written by hand: JSON.parse keeps the escape as an unpaired surrogate, which reached the database
    // (and was stored as U+FFFD) before.
    const body = `{"query":${JSON.stringify(createOrganisation)},"variables":{"input":{"slug":"lone-surrogate","name":"Mairie \\ud800","kind":"ASSOCIATION"}}}`;
    const res = (await (await fetch(stack.graphqlUrl, { method: 'POST', headers: admin, body })).json()) as any;
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(res.errors[0].message).toMatch(/unpaired surrogate \(U\+D800\)/);
    const read = await graphql(stack.graphqlUrl, '{ organisation(slug: "lone-surrogate") { id } }');
    expect(read.data).toEqual({ organisation: null });
  });

  it('refuses a body that is not UTF-8 (a surrogate encoded in bytes) with 400 BAD_REQUEST', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ organisations(filter: { search: \\"a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\\" }) { totalCount } }"}')]);
    const res = await fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses control and bidirectional characters in a name, and stores names in NFC', async () => {
    const create = (name: string, slug: string) => graphql(stack.graphqlUrl, createOrganisation, { input: { slug, name, kind: 'ASSOCIATION' } }, admin);
    for (const name of ['Mairie\u0000', 'Mairie\nbis', 'Mairie \u202egpj.exe']) {
      const res = await create(name, 'refused-name');
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions).toMatchObject({ field: 'input.name' });
    }
    const created = await create('Re\u0301seau des e\u0301coles', 'nfc-name');
    expect(created.data.createOrganisation.name).toBe('Réseau des écoles');
    expect(created.data.createOrganisation.name).toBe('Réseau des écoles'.normalize('NFC'));
  });
});
