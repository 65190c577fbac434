import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '@fabrique/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { batchVariables, splitBatchAnswer, type BatchAnswer } from './batch';
import { BatchPlans } from './batchPlans';
import { failedCallErrors } from './failedCall';
import type { Fetch } from './fetcher';

interface SubgraphCallObserver {
  (subgraph: string, outcome: 'ok' | 'error', seconds: number): void;
}

/** Told the extensions of each response of the subgraph (what it reports to the gateway alone). */
type ExtensionsReader = (extensions: Record<string, unknown>) => void;

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

/** A query of a client request waiting for the others the plan sends this subgraph at the same time. */
interface WaitingCall {
  options: ProcessOptions;
  resolve(answer: BatchAnswer): void;
}

export interface SubgraphCallOptions {
  /** Send the queries of one client request that the plan sends this subgraph side by side as one (SUBGRAPH_BATCH). */
  batch?: boolean;
  /** Told how many queries went in one batch (2 or more). */
  onBatch?(queries: number): void;
}

/**
 * A subgraph refusing a request (UNAUTHENTICATED is HTTP 401, for instance) still answers a GraphQL
 * body: pass it on as such, so its errors keep their codes, messages and paths, and any partial data.
 * Only a response that is not GraphQL counts as a failed call.
 */
function readGraphQLBodies(fetch: Fetch): Fetch {
  return async (url, init) => {
    const response = await fetch(url, init);
    if (response.ok || !response.headers.get('content-type')?.includes('json')) return response;
    const text = await response.text();
    let graphql = false;
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      graphql = Array.isArray(body.errors) || 'data' in body;
    } catch {
      // not JSON after all
    }
    return new Response(text, { status: graphql ? 200 : response.status, statusText: response.statusText, headers: response.headers });
  };
}

/**
 * Calls a subgraph with the caller's identity, signed by the gateway (the contract is in
 * @fabrique/kit's identity module), and the request id, so subgraph logs line up with ours. Nothing
 * the client sent is forwarded: the outgoing headers are built here from scratch.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly plans = new BatchPlans();
  /** Per client request (its context), the queries waiting to go together. */
  private readonly waiting = new WeakMap<object, WaitingCall[]>();

  constructor(
    private readonly name: string,
    url: string,
    private readonly identitySecret: string,
    fetch: Fetch,
    private readonly observe?: SubgraphCallObserver,
    private readonly readExtensions?: ExtensionsReader,
    private readonly calls: SubgraphCallOptions = {},
  ) {
    super({ url, fetcher: readGraphQLBodies(fetch) });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    const ctx = context as Partial<GatewayContext>;
    headers.set(IDENTITY_HEADER, signIdentity(ctx.identity ?? ANONYMOUS, this.identitySecret));
    if (ctx.requestId) headers.set(REQUEST_ID_HEADER, ctx.requestId);
  }

  /**
   * The plan's fetches that run side by side reach here in one synchronous stretch (@apollo/gateway calls
   * every branch of a parallel node before awaiting any): the queries of one client request for this
   * subgraph gathered until the microtask queue runs go as one call.
   */
  override process(options: ProcessOptions): Promise<BatchAnswer> {
    const context = options.context as object | undefined;
    // Only a client request's queries (not health checks or schema loading, which have no incoming request).
    if (!this.calls.batch || !('incomingRequestContext' in options) || !context) return this.call(options);
    let waiting = this.waiting.get(context);
    if (!waiting) {
      const batch: WaitingCall[] = (waiting = []);
      this.waiting.set(context, batch);
      queueMicrotask(() => {
        this.waiting.delete(context);
        // Whatever fails in merging or splitting, every waiting query gets an answer: none may hang.
        this.sendTogether(batch).catch((error: unknown) => {
          for (const call of batch) call.resolve({ errors: failedCallErrors(error, { text: call.options.request.query, variables: call.options.request.variables }) });
        });
      });
    }
    const batch = waiting;
    return new Promise((resolve) => batch.push({ options, resolve }));
  }

  private async sendTogether(batch: WaitingCall[]): Promise<void> {
    const plan = batch.length > 1 ? this.plans.plan(batch.map((call) => call.options.request.query ?? '')) : null;
    if (!plan) {
      for (const call of batch) void this.call(call.options).then(call.resolve);
      return;
    }
    this.calls.onBatch?.(batch.length);
    const [first] = batch;
    const parts = batch.map((call) => ({ query: call.options.request.query ?? '', variables: call.options.request.variables }));
    const request = { ...first!.options.request, query: plan.query, operationName: plan.operationName, variables: batchVariables(plan, parts) };
    const answers = splitBatchAnswer(plan, await this.call({ ...first!.options, request, document: undefined } as ProcessOptions));
    batch.forEach((call, index) => call.resolve(answers[index] ?? { data: null }));
  }

  /** One call to the subgraph; never throws: a failed call is answered as errors on the fields it was for. */
  private async call(options: ProcessOptions): Promise<BatchAnswer> {
    const start = process.hrtime.bigint();
    let outcome: 'ok' | 'error' = 'error';
    try {
      const response = await super.process(options);
      if (response.extensions) this.readExtensions?.(response.extensions);
      outcome = response.errors?.length ? 'error' : 'ok';
      return response;
    } catch (error) {
      (options.context as Partial<GatewayContext>).logger?.warn({ err: error, subgraph: this.name }, 'subgraph call failed');
      // Answered as errors on the fields this call was for (not thrown): the gateway gives them their
      // paths and this service's name, and keeps the other subgraphs' data.
      const document = 'document' in options ? options.document : undefined;
      return { errors: failedCallErrors(error, { document, text: options.request.query, variables: options.request.variables }) };
    } finally {
      this.observe?.(this.name, outcome, Number(process.hrtime.bigint() - start) / 1e9);
    }
  }

  /**
   * A subgraph answering with an HTTP error is the platform's fault, not the client's (e.g. a 401
   * there means the gateway's identity was refused): an internal error, masked outside development.
   */
  override async errorFromResponse(response: { status: number; statusText: string }): Promise<GraphQLError> {
    return new GraphQLError(`Subgraph ${this.name} answered HTTP ${response.status} ${response.statusText}.`, {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  }
}
