// The settings of the gateway and the subgraphs that are performance levers. Each is measured as a
// variant of our gateway (the lever pulled back) on the read workloads, taking turns with a reference
// that differs from it by that lever only, so the report shows what each lever is worth.

import type { StackOptions } from '../src/stack';

interface Lever {
  name: string;
  /** The setting as the variant runs it. */
  setting: string;
  /** What the default does, that the variant gives up. */
  what: string;
  /** The variant's environment, by process (a subgraph named here gets its own copy). */
  processEnv: NonNullable<StackOptions['processEnv']>;
  /**
   * Measured with the public read cache off on both sides: with it on, most requests never reach what
   * the lever changes, and its worth would be lost in the noise.
   */
  withoutReadCache: boolean;
  /** Also count the round trips of a territory page with ~10 children on both sides (a lever on database lookups). */
  probe?: boolean;
}

/** The gateway setting that turns the public read cache off. */
export const NO_READ_CACHE = { RESPONSE_CACHE_TTL_SECONDS: '0' };

export const LEVERS: Lever[] = [
  {
    name: 'no public read cache',
    setting: 'RESPONSE_CACHE_TTL_SECONDS=0 (gateway; default 30)',
    what: 'answers to anonymous queries served from memory for 30 s, cleared by any mutation',
    processEnv: { gateway: NO_READ_CACHE },
    withoutReadCache: false,
  },
  {
    name: 'no query plan cache',
    setting: 'QUERY_PLAN_CACHE_MIB=0 (gateway; default 30)',
    what: 'each operation parsed, validated and planned once, then its plan reused',
    processEnv: { gateway: { QUERY_PLAN_CACHE_MIB: '0' } },
    withoutReadCache: true,
  },
  {
    name: 'no keep-alive',
    setting: 'SUBGRAPH_KEEP_ALIVE=false (gateway; default true)',
    what: 'connections to the subgraphs kept open and reused (false: a TCP connection per subgraph call)',
    processEnv: { gateway: { SUBGRAPH_KEEP_ALIVE: 'false' } },
    withoutReadCache: true,
  },
  {
    name: 'no batching',
    setting: 'LOADER_BATCHING=false (every subgraph; default true)',
    what: "the lookups of a request batched into one database query per kind (false: a query per key); the plans' entity batching stays",
    processEnv: { actors: { LOADER_BATCHING: 'false' }, conventions: { LOADER_BATCHING: 'false' }, knowledge: { LOADER_BATCHING: 'false' } },
    withoutReadCache: true,
    probe: true,
  },
  {
    name: 'no merged subgraph calls',
    setting: 'SUBGRAPH_DEDUPLICATE=false (gateway; default true)',
    what: 'identical subgraph queries of one caller in flight at once sent once',
    processEnv: { gateway: { SUBGRAPH_DEDUPLICATE: 'false' } },
    withoutReadCache: true,
  },
  {
    name: 'no territory snapshot',
    setting: 'TERRITORY_SNAPSHOT=false (actors; default true)',
    what: 'territory reads answered from the in-memory snapshot of the reference data instead of the database',
    processEnv: { actors: { TERRITORY_SNAPSHOT: 'false' } },
    withoutReadCache: true,
  },
];

/** The lever's variant environment: the lever pulled back, and the read cache off when it is measured without. */
export function variantEnv(lever: Lever): Lever['processEnv'] {
  if (!lever.withoutReadCache) return lever.processEnv;
  return { ...lever.processEnv, gateway: { ...NO_READ_CACHE, ...lever.processEnv.gateway } };
}

/** What no setting varies: federation's entity batching is how plans work. */
export const FIXED_LEVERS = [
  'entity batching: each plan stage sends one `_entities` request per subgraph for all parents; always on (the "no batching" lever turns off the subgraphs\' own batching of database lookups)',
];
