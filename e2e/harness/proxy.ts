import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import { listen } from '@fabrique/kit';

/**
 * A pass-through HTTP proxy in front of a subgraph, to watch what the gateway sends it (headers,
 * TCP connections) and to make it slow.
 */
export interface SubgraphProxy {
  /** The proxied GraphQL URL. */
  url: string;
  connections: number;
  requests: IncomingHttpHeaders[];
  /** The request bodies, in order. */
  bodies: string[];
  delayMs: number;
  stop(): Promise<void>;
}

export async function startProxy(targetGraphqlUrl: string, delayMs = 0): Promise<SubgraphProxy> {
  const target = new URL(targetGraphqlUrl);
  const server = createServer((req, res) => {
    proxy.requests.push(req.headers);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      proxy.bodies.push(Buffer.concat(chunks).toString('utf8'));
      setTimeout(() => {
        const upstream = request(
          { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        upstream.end(Buffer.concat(chunks));
      }, proxy.delayMs);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', () => (proxy.connections += 1));
  const base = await listen(server, 0);
  const proxy: SubgraphProxy = {
    url: `${base}${target.pathname}`,
    connections: 0,
    requests: [],
    bodies: [],
    delayMs,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return proxy;
}
