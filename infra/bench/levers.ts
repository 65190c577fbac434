import type { StackOptions } from '../src/stack';

/**
 * The settings of the gateway and the subgraphs that are performance levers. Each is measured as a
 * variant of our gateway (the lever pulled back) on the read workloads, taking turns with our
 * gateway as configured by default, so the report shows what each lever is worth.
 */
export interface Lever {
  name: string;
  /** The setting as the variant runs it. */
  setting: string;
  /** What the default does, that the variant gives up. */
  what: string;
  /** The variant's environment, by process (a subgraph named here gets its own copy). */
  processEnv: NonNullable<StackOptions['processEnv']>;
}

export const LEVERS: Lever[] = [
  {
    name: 'no public read cache',
    setting: 'RESPONSE_CACHE_TTL_SECONDS=0 (gateway; default 30)',
    what: 'answers to anonymous queries served from memory for 30 s, cleared by any mutation',
    processEnv: { gateway: { RESPONSE_CACHE_TTL_SECONDS: '0' } },
  },
  {
    name: 'no merged subgraph calls',
    setting: 'SUBGRAPH_DEDUPLICATE=false (gateway; default true)',
    what: 'identical subgraph queries of one caller in flight at once sent once',
    processEnv: { gateway: { SUBGRAPH_DEDUPLICATE: 'false' } },
  },
  {
    name: 'small keep-alive pool',
    setting: 'SUBGRAPH_MAX_SOCKETS=2 (gateway; default 64)',
    what: 'up to 64 pooled keep-alive connections to each subgraph (2: requests queue for a connection)',
    processEnv: { gateway: { SUBGRAPH_MAX_SOCKETS: '2' } },
  },
  {
    name: 'no territory snapshot',
    setting: 'TERRITORY_SNAPSHOT=false (actors; default true)',
    what: 'territory reads answered from the in-memory snapshot of the reference data instead of the database',
    processEnv: { actors: { TERRITORY_SNAPSHOT: 'false' } },
  },
];

/**
 * Levers we cannot vary yet: Apollo Gateway's query plan cache is always on at its default size (no
 * setting exposes it), and batching of entity fetches is how federation plans work (not optional).
 */
export const FIXED_LEVERS = [
  'query plan cache: @apollo/gateway keeps plans in its own in-memory LRU cache; no setting varies its size, so it is not measured',
  'entity batching: each plan stage sends one `_entities` request per subgraph for all parents; always on',
];
