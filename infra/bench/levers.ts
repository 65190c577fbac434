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

type Pulled = keyof NonNullable<StackOptions['processEnv']> | 'every subgraph';

/**
 * The lever that sets `variable` to `value` (its default: `standard`) on one process or on every
 * subgraph; measured without the read cache unless told otherwise.
 */
function lever(name: string, on: Pulled, variable: string, value: string, standard: string, what: string, more: Partial<Lever> = {}): Lever {
  const processes = on === 'every subgraph' ? (['actors', 'conventions', 'knowledge'] as const) : [on];
  const processEnv = Object.fromEntries(processes.map((process) => [process, { [variable]: value }]));
  return { name, setting: `${variable}=${value} (${on}; default ${standard})`, what, processEnv, withoutReadCache: true, ...more };
}

export const LEVERS: Lever[] = [
  lever('no public read cache', 'gateway', 'RESPONSE_CACHE_TTL_SECONDS', NO_READ_CACHE.RESPONSE_CACHE_TTL_SECONDS, '30', 'answers to anonymous queries served from memory for 30 s, cleared by any mutation', {
    withoutReadCache: false,
  }),
  lever('no query plan cache', 'gateway', 'QUERY_PLAN_CACHE_MIB', '0', '30', 'each operation parsed, validated and planned once, then its plan reused'),
  lever('no keep-alive', 'gateway', 'SUBGRAPH_KEEP_ALIVE', 'false', 'true', 'connections to the subgraphs kept open and reused (false: a TCP connection per subgraph call)'),
  lever(
    'no batching',
    'every subgraph',
    'LOADER_BATCHING',
    'false',
    'true',
    "the lookups of a request batched into one database query per kind (false: a query per key); the plans' entity batching stays",
    { probe: true },
  ),
  lever('no merged subgraph calls', 'gateway', 'SUBGRAPH_DEDUPLICATE', 'false', 'true', 'identical subgraph queries of one caller in flight at once sent once'),
  lever('no subgraph batches', 'gateway', 'SUBGRAPH_BATCH', 'false', 'true', "the queries of one request's plan to one subgraph side by side sent as one call"),
  lever('no territory snapshot', 'actors', 'TERRITORY_SNAPSHOT', 'false', 'true', 'territory reads answered from the in-memory snapshot of the reference data instead of the database'),
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
