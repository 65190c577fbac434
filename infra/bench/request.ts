/** What the load generators send and read: one GraphQL operation over HTTP, and what came back. */
export interface GraphQLRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface BenchRequest extends GraphQLRequest {
  /** Extra headers (a partner's `Authorization`). */
  headers?: Record<string, string>;
  /** Told what came back (null: no GraphQL answer), so a stateful workload can follow its records. */
  onAnswer?(answer: GraphQLAnswer | null): void;
}

/** Produces the next request of a workload; every call may differ (varied variables). */
export type RequestGenerator = () => BenchRequest;

export type Outcome = 'ok' | 'graphql-error' | 'http-error' | 'timeout' | 'network-error' | 'not-sent';

/**
 * Classifies one response: a 2xx whose body is a GraphQL answer without `errors` is ok; a 2xx with
 * `errors` (or no answer at all) is a GraphQL error, whatever `data` holds; anything else is an HTTP error.
 */
export function classify(status: number, body: string): { outcome: Outcome; answer: GraphQLAnswer | null; codes: string[] } {
  let answer: GraphQLAnswer | null = null;
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) answer = parsed as GraphQLAnswer;
  } catch {
    // not JSON
  }
  const codes = (answer?.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
  if (status < 200 || status >= 300) return { outcome: 'http-error', answer, codes: codes.length ? codes : [`HTTP_${status}`] };
  if (!answer || !('data' in answer || 'errors' in answer)) return { outcome: 'graphql-error', answer, codes: ['NOT_GRAPHQL'] };
  if (answer.errors?.length) return { outcome: 'graphql-error', answer, codes };
  return { outcome: 'ok', answer, codes };
}

export function requestBody(request: GraphQLRequest): string {
  return JSON.stringify({ operationName: request.operationName, query: request.query, variables: request.variables });
}
