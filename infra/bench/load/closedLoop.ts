import autocannon from 'autocannon';
import { classify, requestBody, type BenchRequest, type RequestGenerator } from '../request';
import { emptyTally, record, type Tally } from './stats';

interface ClosedLoopOptions {
  /** Base URL of the target; requests go to `/graphql`. */
  url: string;
  connections: number;
  seconds: number;
  timeoutMs: number;
  next: RequestGenerator;
}

interface Context {
  pending?: BenchRequest;
}

/**
 * Throughput: autocannon keeps `connections` connections busy for `seconds` (each sends its next
 * request when the previous answer arrives). Every body is read: a 200 carrying GraphQL `errors` is
 * an error, as are non-2xx answers and timeouts. Throughput counts answers without error only.
 */
export async function closedLoop(options: ClosedLoopOptions): Promise<Tally> {
  const tally = emptyTally();
  const result = await autocannon({
    url: `${options.url}/graphql`,
    connections: options.connections,
    duration: options.seconds,
    timeout: Math.ceil(options.timeoutMs / 1000),
    method: 'POST',
    requests: [
      {
        setupRequest(request: autocannon.Request, context: Context) {
          const next = options.next();
          context.pending = next;
          return { ...request, method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...next.headers }, body: requestBody(next) };
        },
        onResponse(status: number, body: string, context: Context) {
          const { outcome, answer, codes } = classify(status, body);
          record(tally, outcome, codes);
          context.pending?.onAnswer?.(answer);
        },
      } as autocannon.Request,
    ],
  });
  // Timeouts and connection errors never reach onResponse.
  for (let i = 0; i < result.timeouts; i += 1) record(tally, 'timeout', ['TIMEOUT']);
  for (let i = 0; i < result.errors - result.timeouts; i += 1) record(tally, 'network-error', ['NETWORK']);
  tally.seconds = result.duration;
  return tally;
}
