import { join } from 'node:path';
import { commonVariables, DEFAULT_PAGE_SIZE, env, MAX_PAGE_SIZE, metricsVariables, parseConfig, type Variable } from '@fabrique/kit';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '@fabrique/schema';

const [actors, conventions, knowledge] = SUBGRAPHS;

/** The registered operations shipped with the gateway (dashboards, playground examples). */
export const DEFAULT_SAFELIST_PATH = join(__dirname, '..', 'operations', 'manifest.json');

/** An optional secret: empty means unset. */
const optionalSecret = (name: string, description: string): Variable<string | null> => ({
  name,
  description,
  default: '',
  parse(raw) {
    if (raw === '') return null;
    if (raw.length < 32) throw new Error('must be at least 32 characters');
    return raw;
  },
});

const optionalUrl = (name: string, description: string, protocols: string[]): Variable<string | null> => ({
  name,
  description,
  default: '',
  parse(raw) {
    if (raw === '') return null;
    return env.url(name, { description, protocols }).parse(raw);
  },
});

/** `*`, or a comma-separated list of origins (scheme://host[:port]); empty: same-origin only. */
const corsOrigins: Variable<'*' | string[]> = {
  name: 'CORS_ORIGINS',
  description: 'Origins allowed to call /graphql from a browser: `*`, or a comma-separated list; empty: none (same origin only).',
  default: '',
  parse(raw) {
    if (raw.trim() === '*') return '*';
    const origins = raw.split(',').map((o) => o.trim()).filter(Boolean);
    for (const origin of origins) {
      const url = new URL(origin);
      if (url.origin !== origin) throw new Error(`"${origin}" is not an origin (scheme://host[:port], no path or trailing slash)`);
    }
    return origins;
  },
};

/** A whole-number setting: its default and bounds first, so that its (long) description reads last. */
const wholeNumber = (name: string, range: { default: number; min: number; max?: number }, description: string) =>
  env.int(name, { ...range, description });

/** How long the gateway keeps an answer (a token check, a response): 30 s by default, at most an hour. */
const keepSeconds = (name: string, description: string) => wholeNumber(name, { default: 30, min: 0, max: 3600 }, description);

const gatewayVariables = {
  ...commonVariables,
  port: env.port('PORT', { description: 'HTTP port of the gateway.', default: 4000 }),
  host: env.string('HOST', { description: 'Interface to listen on.', default: '127.0.0.1' }),
  ...metricsVariables(4000),
  actorsUrl: env.url('ACTORS_URL', { description: 'GraphQL URL of the actors subgraph.', default: actors.url }),
  conventionsUrl: env.url('CONVENTIONS_URL', { description: 'GraphQL URL of the conventions subgraph.', default: conventions.url }),
  knowledgeUrl: env.url('KNOWLEDGE_URL', { description: 'GraphQL URL of the knowledge subgraph.', default: knowledge.url }),
  supergraphPath: env.string('SUPERGRAPH_PATH', { description: 'The composed supergraph to serve.', default: SUPERGRAPH_PATH }),
  observatoireDir: env.string('OBSERVATOIRE_DIR', {
    description: "The built web app (L'Observatoire) served at /observatoire/.",
    default: join(__dirname, '..', '..', 'observatoire', 'dist'),
  }),
  // Identity
  bootstrapAdminToken: optionalSecret(
    'BOOTSTRAP_ADMIN_TOKEN',
    'A token (at least 32 characters) accepted as ADMIN without a database record: to issue the first real tokens. Unset in production once they exist.',
  ),
  tokenCacheSeconds: keepSeconds(
    'TOKEN_CACHE_SECONDS',
    'How long the gateway trusts a token check (and a refusal). Without Redis, bounds how late a revocation made through another gateway instance takes effect.',
  ),
  // Limits
  maxDepth: env.int('MAX_DEPTH', { description: 'Deepest field nesting an operation may have.', default: 12, min: 1 }),
  maxCost: wholeNumber('MAX_COST', { default: 20_000, min: 1 },
    'Most fields an operation may ask for, each counted once per item its enclosing pages can hold (page sizes multiplied through nesting).'),
  maxAliases: env.int('MAX_ALIASES', { description: 'Most aliased fields in an operation.', default: 30, min: 0 }),
  maxPageSize: env.int('MAX_PAGE_SIZE', { description: 'Largest `first` argument accepted.', default: MAX_PAGE_SIZE, min: 1, max: MAX_PAGE_SIZE }),
  defaultPageSize: wholeNumber('DEFAULT_PAGE_SIZE', { default: DEFAULT_PAGE_SIZE, min: 1 },
    'Page size the cost counts for a `first` argument that is omitted and has no default in the schema.'),
  exportPageSize: wholeNumber('EXPORT_PAGE_SIZE', { default: MAX_PAGE_SIZE, min: 1, max: MAX_PAGE_SIZE },
    'Rows an open-data export (/exports/) asks of the API per page, each page one operation against the caller\'s rate limit; at most MAX_PAGE_SIZE.'),
  exportStallSeconds: wholeNumber('EXPORT_STALL_SECONDS', { default: 30, min: 1 },
    'How long an open-data export waits for a client that reads nothing (its connection full) before cutting it, so that idle downloads cannot pile up in memory.'),
  maxBatch: env.int('MAX_BATCH', { description: 'Most operations in one batched HTTP request (a JSON array); 1 turns batching off.', default: 10, min: 1 }),
  maxBodyBytes: env.int('MAX_BODY_BYTES', { description: 'Largest request body, in bytes (HTTP 413 above).', default: 1_000_000, min: 1_000 }),
  maxTokens: env.int('MAX_TOKENS', { description: 'Most lexical tokens in an operation document (the parser stops there).', default: 10_000, min: 100 }),
  rateLimitRequests: wholeNumber('RATE_LIMIT_REQUESTS', { default: 600, min: 0 },
    'Operations each caller (API token, or client address when anonymous) may run per window; 0 turns the limit off.'),
  rateLimitWindowSeconds: env.int('RATE_LIMIT_WINDOW_SECONDS', { description: 'Length of the rate-limit window.', default: 60, min: 1 }),
  redisUrl: optionalUrl('REDIS_URL', 'Redis shared by gateway instances: rate-limit counters and token revocations; unset: in memory, per instance.', ['redis:', 'rediss:']),
  trustProxy: env.bool('TRUST_PROXY', { description: 'Take the client address from X-Forwarded-For (only behind a proxy that sets it).', default: false }),
  subgraphTimeoutMs: env.int('SUBGRAPH_TIMEOUT_MS', { description: 'Longest wait for one subgraph response.', default: 10_000, min: 100 }),
  subgraphMaxSockets: env.int('SUBGRAPH_MAX_SOCKETS', { description: 'Most open keep-alive connections to each subgraph.', default: 64, min: 1 }),
  subgraphKeepAlive: env.bool('SUBGRAPH_KEEP_ALIVE', { description: 'Reuse connections to the subgraphs (false: a new connection per call, only to measure what keep-alive is worth).', default: true }),
  subgraphDeduplicate: env.bool('SUBGRAPH_DEDUPLICATE', { description: 'Send identical subgraph queries of one caller that are in flight at the same time once, and share the answer.', default: true }),
  subgraphBatch: env.bool('SUBGRAPH_BATCH', { description: 'Send the queries one request\'s plan sends a subgraph side by side as one call (its root fields aliased), and split the answer.', default: true }),
  queryPlanCacheMib: wholeNumber('QUERY_PLAN_CACHE_MIB', { default: 30, min: 0, max: 1024 },
    'Memory for query plans (MiB); 0: no plan cache and no cache of parsed, validated operations: each request is parsed, validated and planned again.'),
  // Public read cache
  responseCacheTtlSeconds: keepSeconds(
    'RESPONSE_CACHE_TTL_SECONDS',
    'How long an answer to an anonymous query may be served from the cache (any mutation through the gateways clears it); 0 turns the cache off.',
  ),
  responseCacheMaxEntries: env.int('RESPONSE_CACHE_MAX_ENTRIES', { description: 'Most answers the cache keeps (least recently used go first).', default: 5_000, min: 0 }),
  responseCacheMaxBodyBytes: env.int('RESPONSE_CACHE_MAX_BODY_BYTES', { description: 'Largest answer the cache keeps, in bytes.', default: 512_000, min: 0 }),
  responseCacheMaxBytes: wholeNumber('RESPONSE_CACHE_MAX_BYTES', { default: 32 * 2 ** 20, min: 0 },
    'Most bytes (keys and answers) the cache keeps in all; least recently used go first.'),
  // HTTP
  corsOrigins,
  introspection: env.bool('INTROSPECTION', { description: 'Allow schema introspection (the playground and its documentation need it).', default: true }),
  safelist: env.bool('SAFELIST', { description: 'Run only the operations registered in SAFELIST_PATH.', default: false }),
  safelistPath: env.string('SAFELIST_PATH', { description: 'Registered operations: an Apollo persisted-query manifest (JSON).', default: DEFAULT_SAFELIST_PATH }),
  shutdownGraceMs: wholeNumber('SHUTDOWN_GRACE_MS', { default: 8_000, min: 0, max: 9_000 },
    'On SIGTERM, how long in-flight requests may take to finish before their connections are closed.'),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  return parseConfig(gatewayVariables, source);
}
