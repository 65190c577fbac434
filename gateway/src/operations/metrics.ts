import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Client-chosen operation names are labels: past this many distinct names, the rest count as "(other)". */
const MAX_OPERATION_LABELS = 200;

/** The gateway's Prometheus metrics, one registry per gateway (tests run several in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'fabrique_gateway_' });
  const operations = new Set<string>();
  const metrics = {
    registry,
    httpRequests: new Counter({
      name: 'fabrique_gateway_http_requests_total',
      help: 'HTTP requests answered, by route and status (refusals included).',
      labelNames: ['route', 'status'] as const,
      registers: [registry],
    }),
    operations: new Counter({
      name: 'fabrique_gateway_operations_total',
      help: 'GraphQL operations, by operation name and type.',
      labelNames: ['operation', 'type'] as const,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'fabrique_gateway_operation_errors_total',
      help: 'Errors in GraphQL responses, by operation name and error code.',
      labelNames: ['operation', 'code'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'fabrique_gateway_operation_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name.',
      labelNames: ['operation'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphCalls: new Histogram({
      name: 'fabrique_gateway_subgraph_call_duration_seconds',
      help: 'Calls to subgraphs, by subgraph and outcome.',
      labelNames: ['subgraph', 'outcome'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    tokenCache: new Counter({
      name: 'fabrique_gateway_token_cache_total',
      help: 'API token verdict lookups, by result (hit: answered from the cache; miss: asked the actors subgraph).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    responseCache: new Counter({
      name: 'fabrique_gateway_response_cache_total',
      help: 'Public read cache, by result (hit: answered from the cache; miss: executed; store: answer kept).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    subgraphBatched: new Counter({
      name: 'fabrique_gateway_subgraph_calls_batched_total',
      help: 'Subgraph queries of one request sent together with others to the same subgraph, in one call (SUBGRAPH_BATCH).',
      registers: [registry],
    }),
    subgraphMerged: new Counter({
      name: 'fabrique_gateway_subgraph_calls_merged_total',
      help: 'Subgraph queries answered by an identical query already in flight (not sent again).',
      registers: [registry],
    }),
    queryPlans: new Counter({
      name: 'fabrique_gateway_query_plans_total',
      help: 'Query plan lookups, by result (hit: the plan was cached; miss: the operation was planned).',
      labelNames: ['result'] as const,
      registers: [registry],
    }),
    exportsRunning: new Gauge({
      name: 'fabrique_gateway_exports_running',
      help: 'Open-data exports being written: each holds a page and a socket until its file ends or its client leaves.',
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: 'fabrique_gateway_rate_limited_total',
      help: 'Requests refused by the rate limit.',
      registers: [registry],
    }),
    /** The label for an operation name, bounded in number. */
    operationLabel(name: string | null | undefined): string {
      const label = name || '(anonymous)';
      if (operations.has(label)) return label;
      if (operations.size >= MAX_OPERATION_LABELS) return '(other)';
      operations.add(label);
      return label;
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
