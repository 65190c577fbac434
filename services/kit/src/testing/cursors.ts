import { ROUND_TRIPS_HEADER } from '../subgraphServer';
import type { GraphQLResponse } from './index';

/**
 * Cursors an attacker may craft for an ordering (its signature as cursors carry it, e.g.
 * `searchName:1,_id:1`, and its number of fields): each must be refused with BAD_USER_INPUT on `after`
 * before the database is asked anything. Before cursors were checked, their values went into the
 * keyset filter as query operators (`{"$exists": true}` matches every row).
 */
export function craftedCursors(signature: string, size: number): Array<[name: string, cursor: string]> {
  const raw = (content: unknown) => Buffer.from(JSON.stringify(content)).toString('base64url');
  const every = (value: unknown) => Array.from({ length: size }, () => value);
  return [
    ['operators for every value', raw({ s: signature, v: every({ $ne: null }) })],
    ['an operator matching every row before a plain value', raw({ s: signature, v: [{ $exists: true }, ...every('').slice(1)] })],
    ['an invalid date marker', raw({ s: signature, v: every({ $d: 'x' }) })],
    ['a date marker holding an operator', raw({ s: signature, v: every({ $d: { $gt: '' } }) })],
    ['another ordering', raw({ s: `${signature},x:1`, v: every('') })],
    ['not a cursor', 'bm90IGEgY3Vyc29y'],
  ];
}

/**
 * What a test asserts of a refused request, in one value: its error codes, the field at fault, whether
 * a stack trace leaked, the database commands the subgraph sent for it and the rows it returned.
 */
export function refusal(response: GraphQLResponse, list: string): { codes: unknown[]; field: unknown; stack: boolean; roundTrips: number; rows: number } {
  const error = response.errors?.[0];
  const data = response.data as Record<string, { edges?: unknown[] } | null> | null | undefined;
  return {
    codes: (response.errors ?? []).map((e) => e.extensions?.code),
    field: error?.extensions?.field,
    stack: JSON.stringify(response.errors ?? []).includes('stacktrace'),
    roundTrips: Number(response.headers.get(ROUND_TRIPS_HEADER)),
    rows: data?.[list]?.edges?.length ?? 0,
  };
}

/** The lists of a subgraph that page by cursor: each list's root field, a query taking `$after`, its ordering's signature. */
export type CursorLists = Array<[list: string, query: string, signature: string]>;

/**
 * One `describe` per list: every crafted cursor (for a two-field ordering) is refused with
 * BAD_USER_INPUT on `after`, before any database command and with no rows. `send` runs a query with
 * these variables as a caller allowed to list.
 */
export function describeCursorRefusals(lists: CursorLists, send: (query: string, variables: Record<string, unknown>) => Promise<GraphQLResponse>): void {
  describe.each(lists)('%s refuses crafted cursors (%#)', (list, query, signature) => {
    it.each(craftedCursors(signature, 2))('%s: BAD_USER_INPUT on after, no database command, no rows', async (_name, after) => {
      expect(refusal(await send(query, { after }), list)).toEqual({ codes: ['BAD_USER_INPUT'], field: 'after', stack: false, roundTrips: 0, rows: 0 });
    });
  });
}
