import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { GraphQLError } from 'graphql';

export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** The part of `fetch` the gateway uses (what @apollo/gateway's data sources call). */
export type Fetch = (url: string, init?: FetchInit) => Promise<Response>;

export interface KeepAliveFetcher {
  fetch: Fetch;
  agents: { http: Agent; https: HttpsAgent };
  /** Closes the pooled connections (on shutdown). */
  destroy(): void;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/** A failed subgraph call: an error in the response (the other subgraphs' data still comes back, HTTP 200). */
const failure = (code: string, message: string) => new GraphQLError(message, { extensions: { code } });

/**
 * `fetch` over Node's http module with one keep-alive agent per gateway: connections to each subgraph
 * are pooled and reused (a TCP handshake per request would dominate small queries), at most
 * `maxSockets` per subgraph. A response slower than `timeoutMs` aborts with SUBGRAPH_TIMEOUT; a
 * subgraph that cannot be reached gives SUBGRAPH_UNAVAILABLE.
 */
export function keepAliveFetcher(options: { timeoutMs: number; maxSockets: number; keepAlive?: boolean }): KeepAliveFetcher {
  // keepAlive false (SUBGRAPH_KEEP_ALIVE): a connection per call, only to measure what keep-alive is worth.
  const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo' as const };
  const agents = { http: new Agent(agentOptions), https: new HttpsAgent(agentOptions) };

  const fetch: Fetch = (url, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const send = secure ? httpsRequest : request;
      const req = send(target, { method: init.method ?? 'GET', headers: init.headers, agent: secure ? agents.https : agents.http });
      const timer = setTimeout(() => {
        req.destroy(failure('SUBGRAPH_TIMEOUT', `A service of the platform did not answer within ${options.timeoutMs} ms; try again, or ask for less.`));
      }, options.timeoutMs);
      const fail = (error: unknown) => {
        clearTimeout(timer);
        const code = (error as { extensions?: { code?: string } }).extensions?.code;
        reject(code ? error : failure('SUBGRAPH_UNAVAILABLE', 'A service of the platform is unavailable; try again shortly.'));
      };
      req.on('error', fail);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          clearTimeout(timer);
          const status = res.statusCode ?? 502;
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          }
          const body = NULL_BODY_STATUSES.has(status) ? null : Buffer.concat(chunks);
          resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers }));
        });
      });
      req.end(init.body);
    });

  return {
    fetch,
    agents,
    destroy() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}
