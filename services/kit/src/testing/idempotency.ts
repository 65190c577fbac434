// The retry guarantees every create mutation with an `idempotencyKey` gives, checked through a running
// subgraph against its real database: one `describe` per mutation.

import type { mongo } from 'mongoose';
import { IN_FLIGHT_MS } from '../idempotency';
import { graphql, type GraphQLResponse } from './index';

interface IdempotentCreateCase {
  /** The mutation field, e.g. `createOrganisation`. */
  mutation: string;
  /** The GraphQL type of its `input` argument. */
  inputType: string;
  /** What the mutation answers, with the record's id: `{ id }` (the default) or `{ secret token { id } }`. */
  selection?: string;
  /** A new valid input, different from every earlier one (unique slugs, another target...). */
  input(): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** The collection the records go to. */
  collection: string;
  /** Two callers allowed to create (their identity headers, signed afresh: an identity lives 60 s). */
  caller(): Record<string, string>;
  otherCaller(): Record<string, string>;
  /** The subgraph under test, once started. */
  target(): { url: string; db: mongo.Db };
  /** `conflict`: a retry of a create that went through is CONFLICT naming the record (issueApiToken). */
  replays?: 'record' | 'conflict';
}

let counter = 0;
const newKey = () => `retry-${process.pid}-${Date.now()}-${++counter}`;

export function describeIdempotentCreate(c: IdempotentCreateCase): void {
  const idOf = (res: GraphQLResponse): string => {
    if (res.errors) throw new Error(`Unexpected errors: ${JSON.stringify(res.errors)}`);
    const created = res.data[c.mutation];
    return created.id ?? created.token.id;
  };
  const document = `mutation($input: ${c.inputType}!, $key: String) { ${c.mutation}(input: $input, idempotencyKey: $key) ${c.selection ?? '{ id }'} }`;
  const send = (input: Record<string, unknown>, key: string, caller = c.caller) => graphql(c.target().url, document, { input, key }, caller());
  const records = () => c.target().db.collection(c.collection).countDocuments();
  const claims = () => c.target().db.collection('idempotency_claims');
  /** A retry answers the first record, or, for a secret shown once, CONFLICT naming it. */
  const expectReplay = (res: GraphQLResponse, id: string) => {
    if (c.replays === 'conflict') {
      expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.tokenId])).toEqual([['CONFLICT', id]]);
    } else {
      expect(idOf(res)).toBe(id);
    }
  };

  describe(`${c.mutation} with an idempotencyKey`, () => {
    it('answers a retry with the same key and input with the first result, stored once', async () => {
      const [input, key, before] = [await c.input(), newKey(), await records()];
      const id = idOf(await send(input, key));
      expectReplay(await send(input, key), id);
      expect(await records()).toBe(before + 1);
      expect(await claims().countDocuments({ key })).toBe(1);
    });

    it('refuses the same key with another input (CONFLICT) and writes nothing', async () => {
      const key = newKey();
      idOf(await send(await c.input(), key));
      const before = await records();
      const res = await send(await c.input(), key);
      expect(res.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['CONFLICT', 'idempotencyKey']]);
      expect(res.errors![0]!.message).toMatch(/already used with another input/);
      expect(await records()).toBe(before);
    });

    it('keeps callers apart: the same key of two callers creates for each', async () => {
      const key = newKey();
      const mine = idOf(await send(await c.input(), key));
      const theirs = idOf(await send(await c.input(), key, c.otherCaller));
      expect(theirs).not.toBe(mine);
    });

    it('repairs a create that died between its record and the claim completion', async () => {
      const [input, key] = [await c.input(), newKey()];
      const id = idOf(await send(input, key));
      const before = await records();
      await claims().updateOne({ key }, { $set: { completedAt: null } });
      expectReplay(await send(input, key), id);
      expect(await records()).toBe(before);
      expect((await claims().findOne({ key }))!.completedAt).toBeInstanceOf(Date);
    });

    it('finishes a create that died after claiming its key, under the claimed id, once', async () => {
      const [input, key] = [await c.input(), newKey()];
      const id = idOf(await send(input, key));
      // The state a crash right after the claim leaves: the claim, no record, no revision.
      await c.target().db.collection(c.collection).deleteOne({ _id: id as never });
      await c.target().db.collection('revisions').deleteMany({ entityId: id });
      const before = await records();
      await claims().updateOne({ key }, { $set: { claimedAt: new Date(Date.now() - IN_FLIGHT_MS - 1000), completedAt: null } });
      expect(idOf(await send(input, key))).toBe(id);
      expect(await records()).toBe(before + 1);
    });

    it('makes one record of ten simultaneous attempts with the same key', async () => {
      const [input, key, before] = [await c.input(), newKey(), await records()];
      const answers = await Promise.all(Array.from({ length: 10 }, () => send(input, key)));
      expect(await records()).toBe(before + 1);
      if (c.replays === 'conflict') {
        const issued = answers.filter((a) => !a.errors).map(idOf);
        expect(issued).toHaveLength(1);
        answers.filter((a) => a.errors).forEach((a) => expectReplay(a, issued[0]!));
      } else {
        expect(new Set(answers.map(idOf)).size).toBe(1);
      }
    });
  });
}
